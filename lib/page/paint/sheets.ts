/**
 * The highlight rules' stylesheets: one constructed sheet adopted by the document (the one adopted at
 * document_start when there is one, see early-rules.ts) and one for shadow roots, with a `<style>`
 * fallback where a page refuses adopted sheets. Nothing is adopted until there is something to paint.
 */
import type { HighlightStyle } from '../../platform/settings';
import { takeInstalledRules } from './early-rules';
import { highlightCss } from './styles';

export interface RuleSheets {
  /** Makes the rules apply in `root` (once per root). */
  adopt(root: Document | ShadowRoot): void;
  readonly adoptedDocument: boolean;
  /** Rewrites the rules for `style` (nothing happens when they are the same). */
  write(style: HighlightStyle): void;
  dispose(): void;
}

export function createRuleSheets(doc: Document, style: () => HighlightStyle): RuleSheets {
  // The rules adopted at document_start, when there are: taking them over costs no restyle.
  const early = takeInstalledRules(doc);
  const sheet = early?.sheet ?? createSheet(doc);
  /** Shadow roots get the rules in their universal form (see styles.ts), made on the first one. */
  let shadowSheet: CSSStyleSheet | null = null;
  const adopted = new Set<Document | ShadowRoot>(early ? [doc] : []);
  /** The rules the sheet holds: rewriting the same rules would still restyle every element. */
  let written = early?.css ?? '';
  let fallbackStyle: HTMLStyleElement | null = null;

  const adopt = (root: Document | ShadowRoot) => {
    if (adopted.has(root)) return;
    adopted.add(root);
    try {
      const rules = root === doc ? sheet : (shadowSheet ??= createSheet(doc, highlightCss(style(), 'shadow')));
      if (!rules) throw new Error('no constructable stylesheets');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, rules];
    } catch (error) {
      // Where a content script cannot adopt a sheet into the page, a <style> carrying the lens's
      // marker (so the scan skips it) is the fallback: one small DOM change, once.
      console.debug('[AI Industry Lens] adoptedStyleSheets refused, using a <style>:', error);
      const element = doc.createElement('style');
      element.setAttribute('data-ai-industry-lens', 'highlight-styles');
      element.textContent = highlightCss(style(), root === doc ? 'document' : 'shadow');
      (root.nodeType === 9 ? (root as Document).documentElement : root).appendChild(element);
      if (root === doc) fallbackStyle = element;
    }
  };

  const write = (next: HighlightStyle) => {
    const css = highlightCss(next);
    if (css === written) return;
    written = css;
    try {
      if (fallbackStyle) fallbackStyle.textContent = css;
      sheet?.replaceSync(css);
      shadowSheet?.replaceSync(highlightCss(next, 'shadow'));
    } catch (error) {
      console.debug('[AI Industry Lens] highlight styles rejected:', error);
    }
  };
  write(style());

  return {
    adopt,
    get adoptedDocument() {
      return adopted.has(doc);
    },
    write,
    dispose() {
      for (const root of adopted) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet && s !== shadowSheet);
        } catch {
          // The root went away with its page, or never took the sheet.
        }
      }
      fallbackStyle?.remove();
      adopted.clear();
    },
  };
}

export function createSheet(doc: Document, css?: string): CSSStyleSheet | null {
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    if (css !== undefined) sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}
