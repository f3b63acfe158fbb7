/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per entity type, so types can be
 * styled apart, and no change to the page's DOM. The rules live in a constructed stylesheet added to
 * `adoptedStyleSheets` (of the document and of each shadow root with mentions), leaving the page's
 * own sheets alone.
 */
import type { EntityType } from '../../core/dataset/types';
import type { HighlightStyle } from '../../platform/settings';
import { takeInstalledRules } from './early-rules';
import { ENTITY_TYPES, FLASH_HIGHLIGHT, highlightCss, highlightName } from './styles';

export interface Paintable {
  type: EntityType;
  range: Range;
}

export interface PaintOptions {
  style: HighlightStyle;
  enabledTypes: Record<EntityType, boolean>;
  /** False after the "toggle highlights" command: nothing painted, detection goes on. */
  visible: boolean;
}

export interface Painter {
  /** Queues a range to paint; nothing changes on screen until `commit`. */
  add(item: Paintable): void;
  remove(item: Paintable): void;
  /**
   * Applies queued changes. Every change to a shown highlight makes the browser repaint, so a scan
   * commits in a few batches rather than once per slice.
   */
  commit(): void;
  readonly pendingChanges: number;
  clear(): void;
  setOptions(options: Partial<PaintOptions>): void;
  readonly options: PaintOptions;
  /** Shows a range strongly for `ms`, replacing an earlier flash. */
  flash(range: Range, ms?: number): void;
  /** Makes the rules reach inside a shadow root (document rules do not). */
  adoptInto(root: ShadowRoot): void;
  dispose(): void;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export function createPainter(doc: Document = document): Painter {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS && 'highlights' in view.CSS ? view.CSS.highlights : null;
  const HighlightClass = (view as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  const supported = !!registry && !!HighlightClass;
  const options: PaintOptions = {
    style: 'underline',
    enabledTypes: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
    visible: true,
  };
  const highlights = new Map<EntityType, Highlight>();
  // The rules adopted at document_start, when there are: taking them over costs no restyle.
  const early = takeInstalledRules(doc);
  const sheet = early?.sheet ?? createSheet(doc);
  /** Shadow roots get the rules in their universal form (see styles.ts), made on the first one. */
  let shadowSheet: CSSStyleSheet | null = null;
  const adopted = new Set<Document | ShadowRoot>(early ? [doc] : []);
  /** The rules the sheet holds: rewriting the same rules would still restyle every element. */
  let written = early?.css ?? '';
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let toAdd: Paintable[] = [];
  let toRemove: Paintable[] = [];

  const highlightFor = (type: EntityType): Highlight | null => {
    if (!supported) return null;
    let h = highlights.get(type);
    if (!h) {
      h = new HighlightClass!();
      highlights.set(type, h);
    }
    return h;
  };

  /** Which types have no range, as a bit set (cheap to compare before and after a batch). */
  const emptyTypes = () => {
    let bits = 0;
    ENTITY_TYPES.forEach((type, i) => {
      if ((highlights.get(type)?.size ?? 0) === 0) bits |= 1 << i;
    });
    return bits;
  };

  const shown = (type: EntityType) => options.visible && options.style !== 'none' && options.enabledTypes[type] !== false;

  const syncRegistry = () => {
    if (!registry) return;
    for (const [type, h] of highlights) {
      const name = highlightName(type);
      if (shown(type) && h.size > 0) {
        if (registry.get(name) !== h) registry.set(name, h);
      } else if (registry.get(name) === h) registry.delete(name);
    }
  };

  let fallbackStyle: HTMLStyleElement | null = null;
  const adopt = (root: Document | ShadowRoot) => {
    if (adopted.has(root)) return;
    adopted.add(root);
    try {
      const rules = root === doc ? sheet : (shadowSheet ??= createSheet(doc, highlightCss(options.style, 'shadow')));
      if (!rules) throw new Error('no constructable stylesheets');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, rules];
    } catch (error) {
      // Where a content script cannot adopt a sheet into the page, a <style> carrying the lens's
      // marker (so the scan skips it) is the fallback: one small DOM change, once.
      console.debug('[AI Industry Lens] adoptedStyleSheets refused, using a <style>:', error);
      const style = doc.createElement('style');
      style.setAttribute('data-ai-industry-lens', 'highlight-styles');
      style.textContent = highlightCss(options.style, root === doc ? 'document' : 'shadow');
      (root.nodeType === 9 ? (root as Document).documentElement : root).appendChild(style);
      if (root === doc) fallbackStyle = style;
    }
  };

  const writeRules = () => {
    const css = highlightCss(options.style);
    if (css === written) return;
    written = css;
    try {
      if (fallbackStyle) fallbackStyle.textContent = css;
      sheet?.replaceSync(css);
      shadowSheet?.replaceSync(highlightCss(options.style, 'shadow'));
    } catch (error) {
      console.debug('[AI Industry Lens] highlight styles rejected:', error);
    }
  };
  writeRules();

  return {
    get options() {
      return options;
    },
    add(item) {
      if (supported) toAdd.push(item);
    },
    remove(item) {
      if (supported) toRemove.push(item);
    },
    get pendingChanges() {
      return toAdd.length + toRemove.length;
    },
    commit() {
      if (toAdd.length === 0 && toRemove.length === 0) return;
      const adding = toAdd;
      const removing = toRemove;
      toAdd = [];
      toRemove = [];
      const emptyBefore = emptyTypes();
      // Removals first: a mention removed and added back in one batch (a rescan) stays painted.
      for (const item of removing) highlights.get(item.type)?.delete(item.range);
      for (const item of adding) highlightFor(item.type)?.add(item.range);
      if (adding.length > 0 && !adopted.has(doc)) adopt(doc);
      // A type's highlight is in the registry only while it has ranges to show: the registry is
      // touched only when a type gains its first range or loses its last.
      if (emptyTypes() !== emptyBefore) syncRegistry();
    },
    clear() {
      toAdd = [];
      toRemove = [];
      for (const h of highlights.values()) h.clear();
      syncRegistry();
    },
    setOptions(next) {
      const styleChanged = next.style !== undefined && next.style !== options.style;
      Object.assign(options, next);
      if (next.enabledTypes) options.enabledTypes = { ...next.enabledTypes };
      if (styleChanged) writeRules();
      syncRegistry();
    },
    flash(range, ms = 1600) {
      if (!registry || !HighlightClass) return;
      adopt(doc);
      const h = new HighlightClass(range);
      h.priority = 10;
      registry.set(FLASH_HIGHLIGHT, h);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        if (registry.get(FLASH_HIGHLIGHT) === h) registry.delete(FLASH_HIGHLIGHT);
      }, ms);
    },
    adoptInto(root) {
      adopt(root);
    },
    dispose() {
      clearTimeout(flashTimer);
      for (const [type, h] of highlights) {
        if (registry?.get(highlightName(type)) === h) registry.delete(highlightName(type));
        h.clear();
      }
      registry?.delete(FLASH_HIGHLIGHT);
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

function createSheet(doc: Document, css?: string): CSSStyleSheet | null {
  try {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    if (css !== undefined) sheet.replaceSync(css);
    return sheet;
  } catch {
    return null;
  }
}
