/**
 * Paints mentions with the CSS Custom Highlight API: one Highlight per entity type, so types can be
 * styled apart, and no change to the page's DOM. The rules live in a constructed stylesheet added to
 * `adoptedStyleSheets` (of the document and of each shadow root with mentions), leaving the page's
 * own sheets alone. Only the mentions on or near the screen are registered (layer.ts, window.ts): the
 * others are held and painted as they come near.
 */
import type { EntityType } from '../../core/dataset/types';
import type { HighlightStyle } from '../../platform/settings';
import { createHighlightLayer, registryOf, type LayerItems } from './layer';
import { targetOf } from './window';
import { createRuleSheets } from './sheets';
import { ENTITY_TYPES, FLASH_HIGHLIGHT, highlightName } from './styles';

export interface Paintable {
  type: EntityType;
  /** Read only when the item comes near the screen and is registered. */
  readonly range: Range;
  /** The element holding the range, without making the range (else the range's start element). */
  paintTarget?(): Element | null;
}

/** How the mentions' layer reads a paintable: its range only when registered. */
const PAINTABLES: LayerItems<Paintable> = {
  rangeOf: (item) => item.range,
  targetOf: (item) => (item.paintTarget ? item.paintTarget() : targetOf(item.range)),
};

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
  /** Ranges held for painting (on screen or not). */
  readonly size: number;
  clear(): void;
  setOptions(options: Partial<PaintOptions>): void;
  readonly options: PaintOptions;
  /** Shows a range strongly for `ms`, replacing an earlier flash. */
  flash(range: Range, ms?: number): void;
  /** Makes the rules reach inside a shadow root (document rules do not). */
  adoptInto(root: ShadowRoot): void;
  dispose(): void;
}

export interface PainterOptions {
  /** Register every range wherever it is (no paint window). */
  unwindowed?: boolean;
}

export function createPainter(doc: Document = document, painterOptions: PainterOptions = {}): Painter {
  const options: PaintOptions = {
    style: 'underline',
    enabledTypes: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
    visible: true,
  };
  const shown = (type: EntityType) => options.visible && options.style !== 'none' && options.enabledTypes[type] !== false;
  const layer = createHighlightLayer(doc, { keys: ENTITY_TYPES, name: highlightName, shown, unwindowed: painterOptions.unwindowed }, PAINTABLES);
  const sheets = createRuleSheets(doc, () => options.style);
  const flash = createFlash(doc, FLASH_HIGHLIGHT, 10, () => sheets.adopt(doc));
  /** Each queued item's last wish: painted (true) or not (false). */
  let pending = new Map<Paintable, boolean>();

  return {
    get options() {
      return options;
    },
    add(item) {
      if (layer.supported) pending.set(item, true);
    },
    remove(item) {
      if (layer.supported) pending.set(item, false);
    },
    get pendingChanges() {
      return pending.size;
    },
    get size() {
      return layer.size;
    },
    commit() {
      if (pending.size === 0) return;
      const batch = pending;
      pending = new Map();
      const adding: [EntityType, Paintable][] = [];
      const removing: Paintable[] = [];
      // Removals first: a mention removed and added back in one batch (a rescan) stays painted.
      for (const [item, paint] of batch) {
        removing.push(item);
        if (paint) adding.push([item.type, item]);
      }
      layer.apply(adding, removing);
      if (adding.length > 0 && !sheets.adoptedDocument) sheets.adopt(doc);
    },
    clear() {
      pending = new Map();
      layer.clear();
    },
    setOptions(next) {
      const styleChanged = next.style !== undefined && next.style !== options.style;
      Object.assign(options, next);
      if (next.enabledTypes) options.enabledTypes = { ...next.enabledTypes };
      if (styleChanged) sheets.write(options.style);
      layer.sync();
    },
    flash: flash.show,
    adoptInto(root) {
      sheets.adopt(root);
    },
    dispose() {
      flash.dispose();
      layer.dispose();
      sheets.dispose();
    },
  };
}

/** The flash: one range shown strongly above every type for a moment, under its own name. */
/** One range emphasised for a moment under `name` (a later flash replaces it); `beforeShow` readies its rules. */
export function createFlash(doc: Document, name: string, priority: number, beforeShow: () => void) {
  const api = registryOf(doc);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    show(range: Range, ms = 1600) {
      if (!api) return;
      beforeShow();
      const h = new api.Highlight(range);
      h.priority = priority;
      api.registry.set(name, h);
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (api.registry.get(name) === h) api.registry.delete(name);
      }, ms);
    },
    dispose() {
      clearTimeout(timer);
      api?.registry.delete(name);
    },
  };
}
