import { describe, expect, it, vi } from 'vitest';
import { createPainter, highlightCss, installHighlightRules } from '../../../lib/page/paint';

describe('highlight rules', () => {
  it('scopes document rules to the root element (inherited highlight styles) and keeps shadow rules universal', () => {
    const doc = highlightCss('underline');
    expect(doc).toContain(':root::highlight(ail-product) { text-decoration: underline');
    expect(doc).toContain(':root::highlight(ail-flash)');
    const shadow = highlightCss('background', 'shadow');
    expect(shadow).toContain('::highlight(ail-person) { background-color');
    expect(shadow).not.toContain(':root');
  });

  it('lets the painter take over the rules adopted at document_start without rewriting them', () => {
    installHighlightRules(document);
    const early = document.adoptedStyleSheets.at(-1)!;
    const replace = vi.spyOn(early, 'replaceSync');
    const painter = createPainter(document);
    expect(replace).not.toHaveBeenCalled();
    expect(document.adoptedStyleSheets.filter((s) => s === early)).toHaveLength(1);
    // A new style is written into the same sheet (one restyle, as before), not into a second sheet.
    painter.setOptions({ style: 'background' });
    expect(replace).toHaveBeenCalledWith(highlightCss('background'));
    const count = document.adoptedStyleSheets.length;
    painter.dispose();
    expect(document.adoptedStyleSheets).toHaveLength(count - 1);
  });
});
