import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPainter, highlightCss } from '../../../lib/page/paint';

/** happy-dom has no Highlight API: a Set with a priority stands in, and a Map for the registry. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
const registry = new Map<string, FakeHighlight>();
const win = window as unknown as { Highlight?: unknown };
const realCss = Object.getOwnPropertyDescriptor(window, 'CSS');

beforeEach(() => {
  registry.clear();
  win.Highlight = FakeHighlight;
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
});
afterEach(() => {
  delete win.Highlight;
  if (realCss) Object.defineProperty(window, 'CSS', realCss);
  else delete (window as { CSS?: unknown }).CSS;
});

const range = () => document.createRange();

describe('createPainter', () => {
  it('paints one highlight per type, only on commit', () => {
    const painter = createPainter(document);
    const a = { type: 'person' as const, range: range() };
    const b = { type: 'model' as const, range: range() };
    painter.add(a);
    painter.add(b);
    expect(registry.size).toBe(0);
    painter.commit();
    expect([...registry.keys()].sort()).toEqual(['ail-model', 'ail-person']);
    painter.remove(a);
    painter.commit();
    expect([...registry.keys()]).toEqual(['ail-model']);
    painter.dispose();
    expect(registry.size).toBe(0);
  });

  it('shows nothing with style "none", when hidden, or for a type switched off', () => {
    const painter = createPainter(document);
    painter.add({ type: 'company', range: range() });
    painter.commit();
    painter.setOptions({ style: 'none' });
    expect(registry.size).toBe(0);
    painter.setOptions({ style: 'background' });
    expect(registry.has('ail-company')).toBe(true);
    painter.setOptions({ visible: false });
    expect(registry.size).toBe(0);
    painter.setOptions({ visible: true, enabledTypes: { ...painter.options.enabledTypes, company: false } });
    expect(registry.size).toBe(0);
    painter.dispose();
  });

  it('flashes a range above the type highlights', () => {
    const painter = createPainter(document);
    painter.flash(range(), 10_000);
    expect(registry.get('ail-flash')?.priority).toBeGreaterThan(0);
    painter.dispose();
    expect(registry.has('ail-flash')).toBe(false);
  });

  it('writes ::highlight rules for every type in both styles', () => {
    expect(highlightCss('underline')).toContain('::highlight(ail-product) { text-decoration: underline');
    expect(highlightCss('background')).toContain('::highlight(ail-person) { background-color');
  });
});
