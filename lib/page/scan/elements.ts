/**
 * Which elements end a run of text (blocks) and which hold no readable page text (skipped). Decided
 * by tag and attribute, never by computed style: reading style would force layout on every element.
 */

/** The attribute that marks the extension's own UI hosts; any subtree rooted at one is skipped. */
export const LENS_UI_ATTRIBUTE = 'data-ai-industry-lens';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BUTTON', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'FRAMESET',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'IMG', 'LEGEND', 'LI', 'MAIN',
  'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'VIDEO', 'AUDIO', 'CANVAS', 'PICTURE', 'SLOT',
]);

/** Text that is code, not prose, or not shown, or typed by the person. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'HEAD', 'TITLE',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'svg', 'MATH', 'math', 'CANVAS',
]);

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName);
}

export const INLINE = 0;
export const BLOCK = 1;
export const SKIP = 2;

/** With BLOCK and SKIP: elements of this tag may hold a shadow root. */
export const MAY_HOST = 4;
/**
 * A line break inside a run: "Sam<br>Altman" in a speaker card is one name, so the run goes on with a
 * line break in its text (a separator the matcher reads as a space), where a block would end it.
 */
export const LINE_BREAK = 8;

/**
 * Only custom elements and these may have a shadow root attached (the DOM standard's list), so the
 * walk asks the others nothing: most of a page's elements are links, emphasis, list items, cells.
 */
const SHADOW_HOST_TAGS = new Set([
  'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'MAIN', 'NAV', 'P', 'SECTION', 'SPAN',
]);

/**
 * The inline elements a block may hold and still be read whole, as one string (blocks.ts): tags that
 * neither end a run, break a line, skip their text nor may hold a shadow root. A block holding any
 * other element (a <span> or a custom element, which may hold a shadow root; a <br>; a nested block;
 * a script; an editor) is read node by node.
 */
const PLAIN_INLINE_TAGS = [
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD',
  'LABEL', 'MARK', 'NOBR', 'Q', 'RP', 'RT', 'RUBY', 'S', 'SAMP', 'SMALL', 'STRIKE', 'STRONG', 'SUB', 'SUP',
  'TIME', 'TT', 'U', 'VAR', 'WBR',
];

/** Finds, in a block, the first element that keeps it from being read whole (none: read it whole). */
export const NOT_READ_WHOLE = `:not(${PLAIN_INLINE_TAGS.join(',').toLowerCase()}),[contenteditable],[${LENS_UI_ATTRIBUTE}]`;

const flagsByTag = new Map<string, number>();

/** BLOCK, SKIP and MAY_HOST bits of a tag name, computed once per tag. */
export function tagFlags(tag: string): number {
  let flags = flagsByTag.get(tag);
  if (flags === undefined) {
    flags = SKIPPED_TAGS.has(tag) ? SKIP : BLOCK_TAGS.has(tag) ? BLOCK : tag.toUpperCase() === 'BR' ? LINE_BREAK : INLINE;
    // A custom element's name has a hyphen; anything not an HTML element (SVG, MathML) may too.
    if (SHADOW_HOST_TAGS.has(tag.toUpperCase()) || tag.includes('-')) flags |= MAY_HOST;
    flagsByTag.set(tag, flags);
  }
  return flags;
}

export function hasSkippingAttribute(element: Element): boolean {
  if (element.hasAttribute(LENS_UI_ATTRIBUTE)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** An element whose whole subtree holds no text to scan. */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED_TAGS.has(element.tagName) || (element.hasAttributes() && hasSkippingAttribute(element));
}

/** The parent, crossing from a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return (node as ShadowRoot).host ?? null;
}

/** True when the node sits inside something the scan skips (an editor, a script, the lens's own UI). */
export function isInSkippedContext(node: Node): boolean {
  const doc = node.ownerDocument ?? (node as Document);
  if ((doc as Document).designMode === 'on') return true;
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n.nodeType === 1 && isSkippedElement(n as Element)) return true;
  }
  return false;
}

/** The nearest enclosing block element, or the document or shadow root when there is none. */
export function blockOf(node: Node): Node {
  let n: Node = node.nodeType === 1 ? node : (node.parentNode ?? node);
  for (;;) {
    if (n.nodeType === 1 && isBlockElement(n as Element)) return n;
    const parent = n.parentNode;
    if (!parent) return n;
    if (parent.nodeType !== 1) return parent;
    n = parent;
  }
}
