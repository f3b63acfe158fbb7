/**
 * The ::highlight() rules. Colours are mid tones that read on white and on near-black pages alike;
 * the background style only tints (the text keeps the page's own colour, so contrast stays the page's).
 */
import type { EntityType } from '../../core/dataset/types';
import type { HighlightStyle } from '../../platform/settings';

export const ENTITY_TYPES: readonly EntityType[] = [
  'person', 'company', 'product', 'model', 'team', 'event', 'deal', 'concept',
];

/** Highlight names are the page's too (the registry is shared), hence the prefix. */
export const highlightName = (type: EntityType) => `ail-${type}`;
export const FLASH_HIGHLIGHT = 'ail-flash';

const COLOURS: Record<EntityType, string> = {
  person: '245 158 11', // amber
  company: '59 130 246', // blue
  product: '139 92 246', // violet
  model: '16 185 129', // emerald
  team: '236 72 153', // pink
  event: '6 182 212', // cyan
  deal: '132 204 22', // lime
  concept: '148 163 184', // slate
};

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
    const rgb = COLOURS[type];
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
