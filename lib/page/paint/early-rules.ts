/**
 * The highlight rules, in place before the page's first style calculation. Adding a sheet of
 * `::highlight()` rules to a document that is already styled makes the browser recalculate the style
 * of every element (about 0.4-1.9 s on a 5 MB page, as long as the page's own first styling); the same
 * rules present from the start cost next to nothing. So a tiny content script that runs at
 * document_start (entrypoints/early.ts, declared in wxt.config.ts) adopts the default rules, and the painter,
 * started later by the main content script in the same isolated world, takes that sheet over instead
 * of adding its own. The sheet only styles highlights named `ail-*`: on a page with no mention it
 * changes nothing.
 */
import { highlightCss } from './styles';

const KEY = Symbol.for('ai-industry-lens.highlight-rules');

interface Installed {
  doc: Document;
  sheet: CSSStyleSheet;
  css: string;
}

type WithRules = { [KEY]?: Installed };

/** Adopts the default (underline) rules into `doc`; does nothing where sheets cannot be adopted. */
export function installHighlightRules(doc: Document = document): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    const css = highlightCss('underline');
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    (globalThis as WithRules)[KEY] = { doc, sheet, css };
  } catch (error) {
    // Firefox may refuse a content script's sheet; the painter then falls back on its own.
    console.debug('[AI Industry Lens] early highlight rules not adopted:', error);
  }
}

/** The sheet installed early in `doc`, with the rules it holds, while the document still has it. */
export function takeInstalledRules(doc: Document): { sheet: CSSStyleSheet; css: string } | null {
  const installed = (globalThis as WithRules)[KEY];
  if (!installed || installed.doc !== doc) return null;
  try {
    if (!doc.adoptedStyleSheets.includes(installed.sheet)) return null;
  } catch {
    return null;
  }
  return { sheet: installed.sheet, css: installed.css };
}
