/**
 * A layer of named highlights in the page's highlight registry, painted through the paint window:
 * a range is wanted as long as the layer holds it, and registered in its highlight only while the
 * element holding it is on or near the screen (window.ts). A highlight is in the registry only while
 * it is shown and has a registered range, so the registry is touched when a name gains its first
 * range or loses its last. Mentions (painter.ts) have one. Annotations do not use the registry: the
 * page's script can iterate it, so they are drawn in an overlay of the extension's own
 * (lib/page/annotator/overlay).
 *
 * The layer holds items, not ranges: an item's range is asked for only when it is registered (most of
 * a long page's names never come near the screen, and a live Range is a DOM object the browser keeps
 * up to date on every change of the page), and its element is given by the item (`targetOf`).
 */
import { createViewportWindow, type PaintWindow } from './window';

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export interface LayerOptions<K extends string> {
  keys: readonly K[];
  /** The registry name of a key's highlight. */
  name(key: K): string;
  /** Whether a key's highlight shows now (asked on every sync). */
  shown(key: K): boolean;
  priority?: number;
  /** Register every range, wherever it is (no window). */
  unwindowed?: boolean;
}

/** How the layer reads an item: its range (asked when it is registered) and the element that holds it. */
export interface LayerItems<T> {
  rangeOf(item: T): AbstractRange;
  targetOf(item: T): Element | null;
}

export interface HighlightLayer<K extends string, T = AbstractRange> {
  /** False without the Custom Highlight API: nothing is painted. */
  readonly supported: boolean;
  /** Applies adds and removes (removals first) and updates the registry once. */
  apply(adding: Iterable<[K, T]>, removing: Iterable<T>): void;
  /** Ranges wanted (in the window or not). */
  readonly size: number;
  /** Puts shown highlights with ranges in the registry and takes the others out. */
  sync(): void;
  clear(): void;
  dispose(): void;
}

interface Wanted<K> {
  key: K;
  target: Element | null;
  /** The range registered for the item, while it is. */
  registered: AbstractRange | null;
}

export function registryOf(doc: Document): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS && 'highlights' in view.CSS ? view.CSS.highlights : null;
  const Highlight = (view as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

export function createHighlightLayer<K extends string, T>(doc: Document, o: LayerOptions<K>, items: LayerItems<T>): HighlightLayer<K, T> {
  const api = registryOf(doc);
  const highlights = new Map<K, Highlight>();
  const wanted = new Map<T, Wanted<K>>();
  /** The wanted items under each element the window follows. */
  const groups = new Map<Element, Set<T>>();
  const { highlightFor, emptyKeys, sync } = highlightSet(api, highlights, o);
  const batch = (work: () => void) => {
    const before = emptyKeys();
    work();
    if (emptyKeys() !== before) sync();
  };
  const register = (item: T, w: Wanted<K>) => {
    if (w.registered) return;
    w.registered = items.rangeOf(item);
    highlightFor(w.key).add(w.registered);
  };
  const unregister = (w: Wanted<K>) => {
    if (!w.registered) return;
    highlights.get(w.key)?.delete(w.registered);
    w.registered = null;
  };
  const onWindow = (entered: readonly Element[], left: readonly Element[]) =>
    batch(() => {
      for (const target of left) for (const item of groups.get(target) ?? []) unregister(wanted.get(item)!);
      for (const target of entered) for (const item of groups.get(target) ?? []) register(item, wanted.get(item)!);
    });
  const paintWindow: PaintWindow | null = api && !o.unwindowed ? createViewportWindow(doc, onWindow) : null;

  const want = (key: K, item: T) => {
    const target = paintWindow ? items.targetOf(item) : null;
    const w: Wanted<K> = { key, target, registered: null };
    wanted.set(item, w);
    if (!target) return void register(item, w);
    let group = groups.get(target);
    if (!group) {
      groups.set(target, (group = new Set()));
      paintWindow!.watch(target);
    }
    group.add(item);
    if (paintWindow!.has(target)) register(item, w);
  };
  /** Forgets an item; an element left with none is returned, to stop following it after the batch. */
  const unwant = (item: T): Element | null => {
    const w = wanted.get(item);
    if (!w) return null;
    wanted.delete(item);
    unregister(w);
    const group = w.target && groups.get(w.target);
    if (!group) return null;
    group.delete(item);
    return group.size === 0 ? w.target : null;
  };

  return {
    supported: !!api,
    apply(adding, removing) {
      if (!api) return;
      batch(() => {
        const emptied: Element[] = [];
        for (const item of removing) {
          const target = unwant(item);
          if (target) emptied.push(target);
        }
        for (const [key, item] of adding) want(key, item);
        // An element whose mentions were read again keeps its place in the window (no flicker).
        for (const target of emptied) {
          if (groups.get(target)?.size !== 0) continue;
          groups.delete(target);
          paintWindow!.unwatch(target);
        }
      });
    },
    get size() {
      return wanted.size;
    },
    sync,
    clear() {
      wanted.clear();
      groups.clear();
      paintWindow?.clear();
      for (const h of highlights.values()) h.clear();
      sync();
    },
    dispose() {
      this.clear();
      for (const [key, h] of highlights) if (api?.registry.get(o.name(key)) === h) api.registry.delete(o.name(key));
    },
  };
}

/** The layer's highlights: made on first use, and in the registry only while shown and non-empty. */
function highlightSet<K extends string>(api: ReturnType<typeof registryOf>, highlights: Map<K, Highlight>, o: LayerOptions<K>) {
  const highlightFor = (key: K) => {
    let h = highlights.get(key);
    if (!h) {
      h = new api!.Highlight();
      if (o.priority) h.priority = o.priority;
      highlights.set(key, h);
    }
    return h;
  };
  /** Which keys have no registered range, as a bit set (cheap to compare before and after a batch). */
  const emptyKeys = () => {
    let bits = 0;
    o.keys.forEach((key, i) => {
      if ((highlights.get(key)?.size ?? 0) === 0) bits |= 1 << i;
    });
    return bits;
  };
  const sync = () => {
    if (!api) return;
    for (const [key, h] of highlights) {
      const name = o.name(key);
      if (o.shown(key) && h.size > 0) {
        if (api.registry.get(name) !== h) api.registry.set(name, h);
      } else if (api.registry.get(name) === h) api.registry.delete(name);
    }
  };
  return { highlightFor, emptyKeys, sync };
}
