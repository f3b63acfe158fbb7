/**
 * The ::highlight() rules. Colours are mid tones that read on white and on near-black pages alike;
 * the background style only tints (the text keeps the page's own colour, so contrast stays the page's).
 */
import { ENTITY_TYPES, typeRgb, type EntityType } from '../../core/entity-types';
import type { HighlightStyle } from '../../platform/settings';

export { ENTITY_TYPES };

/** Highlight names are the page's too (the registry is shared), hence the prefix. */
export const highlightName = (type: EntityType) => `ail-${type}`;
export const FLASH_HIGHLIGHT = 'ail-flash';

/**
 * Where the rules apply. A `::highlight()` rule that matches every element makes the browser compute
 * the highlight's style for every element at each style recalculation (about 1.5x a page's whole style
 * bill, with or without a mention on it). Chromium inherits highlight styles down the tree (CSS
 * highlight inheritance), so rules on the root element alone paint every mention the same and cost
 * next to nothing. Firefox is given the universal form; so are shadow roots (`:root` matches nothing
 * inside them), whose trees are small.
 */
export type HighlightScope = 'document' | 'shadow';

const rootSelector = (scope: HighlightScope) =>
  scope === 'document' && import.meta.env?.BROWSER !== 'firefox' ? ':root' : '';

export function highlightCss(style: HighlightStyle, scope: HighlightScope = 'document'): string {
  const root = rootSelector(scope);
  const rules = ENTITY_TYPES.map((type) => {
    const rgb = typeRgb(type);
    const body =
      style === 'background'
        ? `background-color: rgb(${rgb} / 0.28);`
        : `text-decoration: underline 2px rgb(${rgb}); text-decoration-skip-ink: none;`;
    return `${root}::highlight(${highlightName(type)}) { ${body} }`;
  });
  // The flash is a solid box with dark text: readable whatever the page's colours.
  rules.push(`${root}::highlight(${FLASH_HIGHLIGHT}) { background-color: rgb(250 204 21); color: #111; }`);
  return rules.join('\n');
}
