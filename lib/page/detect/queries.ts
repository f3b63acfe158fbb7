/**
 * The read side of detection: the mentions in document order, the one under the pointer, those in a
 * range, the popup's summary and the popup's "show me" (reveal). Reads the store and the painter's
 * options; changes nothing but the reveal's place and flash.
 */
import type { MentionSummary, PageMentions } from '../../platform/messaging';
import type { Painter } from '../paint';
import { caretAt, rangeContainsPoint } from './hit-test';
import type { MentionStore, TrackedMention } from './mention-store';
import { byCountThenId, compareNodes } from './order';
import type { Detector, Mention } from './types';

export interface QueryContext {
  doc: Document;
  view: Window | typeof globalThis;
  store: MentionStore;
  painter: Painter;
  shadowRoots: Set<ShadowRoot>;
  isActive(): boolean;
  report(error: unknown): void;
}

export type MentionQueries = Pick<Detector, 'mentions' | 'mentionAt' | 'mentionsIn' | 'summary' | 'reveal'>;

export function createQueries(q: QueryContext): MentionQueries {
  const { doc, store, painter } = q;
  const revealed = new Map<string, number>();
  let sortedCache: { version: number; types: string; list: TrackedMention[] } | null = null;
  const typeShown = (m: Mention) => painter.options.enabledTypes[m.type] !== false;

  /** Active mentions of shown types, in document order (sorted lazily, cached until a change). */
  const ordered = (): TrackedMention[] => {
    const types = JSON.stringify(painter.options.enabledTypes);
    if (sortedCache && sortedCache.version === store.version && sortedCache.types === types) return sortedCache.list;
    const list = [...store.active].filter(typeShown);
    list.sort((a, b) => (a.block === b.block ? a.start - b.start : compareNodes(a.block.nodes[0], b.block.nodes[0])));
    sortedCache = { version: store.version, types, list };
    return list;
  };

  const mentionAt = (x: number, y: number): Mention | null => {
    // Called on every pointer frame: a page without mentions pays nothing for it.
    if (store.active.size === 0) return null;
    try {
      const caret = caretAt(doc, x, y, [...q.shadowRoots]);
      if (!caret || caret.node.nodeType !== 3) return null;
      const found = store.recordOf(caret.node as Text);
      if (!found) return null;
      const offset = found.record.starts[found.index] + caret.offset;
      for (const m of found.record.mentions) {
        if (m.active && typeShown(m) && m.start <= offset && offset <= m.end && rangeContainsPoint(m.range, x, y)) {
          return m;
        }
      }
    } catch (error) {
      q.report(error);
    }
    return null;
  };

  /** The mentions that touch `range`, compared point by point: no Range made for those that do not. */
  const mentionsIn = (range: Range): Mention[] => {
    const out: Mention[] = [];
    for (const m of ordered()) {
      try {
        const { start, end } = m.boundaries();
        if (range.comparePoint(...end) >= 0 && range.comparePoint(...start) <= 0) out.push(m);
      } catch {
        // A mention in another tree (a shadow root) than the range cannot intersect it, and a node
        // the page shortened since (the rescan that follows reads it again) is left out.
      }
    }
    return out;
  };

  const summary = (): PageMentions => {
    const counts = new Map<string, MentionSummary>();
    let total = 0;
    for (const m of store.active) {
      if (!typeShown(m)) continue;
      total++;
      const entry = counts.get(m.entityId);
      if (entry) entry.count++;
      else counts.set(m.entityId, { entityId: m.entityId, type: m.type, count: 1 });
    }
    const entities = [...counts.values()].sort(byCountThenId);
    return { url: doc.location?.href ?? '', title: doc.title, active: q.isActive(), total, entities };
  };

  const reveal = (entityId: string) => {
    const list = ordered().filter((m) => m.entityId === entityId && m.firstNode().isConnected);
    if (list.length === 0) return { index: -1, count: 0 };
    const index = ((revealed.get(entityId) ?? -1) + 1) % list.length;
    revealed.set(entityId, index);
    const m = list[index];
    try {
      const element = m.range.startContainer.parentElement;
      const reduced = (q.view as Window).matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
      painter.flash(m.range);
    } catch (error) {
      q.report(error);
    }
    return { index, count: list.length };
  };

  return { mentions: ordered, mentionAt, mentionsIn, summary, reveal };
}
