import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHub } from '../../../lib/page/content/hub';
import { createRouter } from '../../../lib/page/content/router';
import type { Dataset } from '../../../lib/core/dataset/types';
import { UNANSWERED, type Handlers } from '../../../lib/platform/messaging';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/platform/settings';

/** A settings source the test drives; counts subscriptions. */
function fakeSettings() {
  const listeners = new Set<(s: Settings) => void>();
  return {
    subscriptions: 0,
    watch(onChange: (s: Settings) => void) {
      this.subscriptions++;
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    emit(patch: Partial<Settings>) {
      for (const l of [...listeners]) l({ ...DEFAULT_SETTINGS, ...patch });
    },
    get live() {
      return listeners.size;
    },
  };
}

const command = (name: string) => fakeBrowser.runtime.onMessage.trigger({ type: `page/${name}` }, {}, () => undefined);

describe('content feature hub', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts features in order and aborts their signals on stop, re-add and dispose', () => {
    const hub = createHub({ watch: () => () => undefined });
    const signals: Record<string, AbortSignal[]> = { a: [], b: [] };
    const order: string[] = [];
    const feature = (name: 'a' | 'b') => ({ name, init: (signal: AbortSignal) => void (order.push(name), signals[name].push(signal)) });
    hub.add(feature('a'));
    hub.add(feature('b'));
    expect(order).toEqual(['a', 'b']);
    expect(hub.running).toEqual(['a', 'b']);
    hub.add(feature('a'));
    expect(signals.a[0].aborted).toBe(true);
    expect(signals.a[1].aborted).toBe(false);
    hub.stop('b');
    expect(signals.b[0].aborted).toBe(true);
    expect(hub.running).toEqual(['a']);
    hub.dispose();
    expect(signals.a[1].aborted).toBe(true);
    expect(hub.running).toEqual([]);
  });

  it('keeps a failing feature alone in its failure', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const hub = createHub();
    let started = false;
    hub.add({ name: 'broken', init: () => { throw new Error('boom'); } });
    hub.add({ name: 'fine', init: () => void (started = true) });
    expect(started).toBe(true);
    expect(debug).toHaveBeenCalled();
    debug.mockRestore();
  });

  it('holds one settings subscription per frame, however many features read it', () => {
    const source = fakeSettings();
    const hub = createHub({ watch: (cb) => source.watch(cb), url: () => 'https://example.com/a' });
    const seen: boolean[][] = [[], [], []];
    for (const i of [0, 1, 2]) {
      hub.add({ name: `f${i}`, init: (signal, h) => h.onSettings(signal, (view) => seen[i].push(view.active)) });
    }
    expect(source.subscriptions).toBe(1);
    source.emit({ disabledSites: ['example.com'], theme: 'dark' });
    expect(seen).toEqual([[false], [false], [false]]);
    expect(hub.view).toMatchObject({ active: false, theme: 'dark', style: 'underline' });
    // A feature added after the first read gets the current view at once.
    const late: boolean[] = [];
    hub.add({ name: 'late', init: (signal, h) => h.onSettings(signal, (view) => late.push(view.active)) });
    expect(late).toEqual([false]);
    hub.stop('f0');
    source.emit({ paused: false });
    expect(seen[0]).toEqual([false]);
    expect(seen[1]).toEqual([false, true]);
    hub.dispose();
    expect(source.live).toBe(0);
  });

  it('routes each command to the feature that owns it, and lets go when it stops', async () => {
    const hub = createHub({ watch: () => () => undefined });
    const calls: string[] = [];
    hub.add({
      name: 'cards',
      init: (signal, h) => h.answer(signal, { 'page/open-card': () => (calls.push('open-card'), { ok: true }) }),
    });
    expect((await command('open-card')).filter(Boolean)).toEqual([{ ok: true }]);
    // A command nobody owns is left to other listeners (no answer from the hub).
    expect((await command('annotate')).filter(Boolean)).toEqual([]);
    hub.stop('cards');
    expect((await command('open-card')).filter(Boolean)).toEqual([]);
    expect(calls).toEqual(['open-card']);
    hub.dispose();
  });

  it('reads the dataset once, follows it through one subscription, and tells features only of a new one', async () => {
    const first = { entities: [] } as unknown as Dataset;
    const second = { entities: [{ id: 'x' }] } as unknown as Dataset;
    let reads = 0;
    const watchers = new Set<(d: Dataset) => void>();
    const hub = createHub({
      watch: () => () => undefined,
      datasets: {
        read: async () => (reads++, first),
        watch: (cb) => (watchers.add(cb), () => watchers.delete(cb)),
      },
    });
    await hub.loadDataset();
    expect(hub.dataset).toBe(first);
    const seen: Dataset[][] = [[], []];
    for (const i of [0, 1]) hub.add({ name: `f${i}`, init: (signal, h) => h.onDataset(signal, (d) => seen[i].push(d)) });
    expect(seen).toEqual([[], []]);
    for (const watcher of watchers) watcher(first);
    expect(seen).toEqual([[], []]);
    for (const watcher of watchers) watcher(second);
    expect(seen).toEqual([[second], [second]]);
    expect(hub.dataset).toBe(second);
    expect([reads, watchers.size]).toEqual([1, 1]);
    hub.dispose();
    expect(watchers.size).toBe(0);
  });

  it('answers the page messages of their owners through one listener, and leaves the rest unanswered', async () => {
    let listeners = 0;
    let routes: Handlers = {};
    const router = createRouter((handlers) => (listeners++, (routes = handlers), () => void listeners--));
    const sender = {};
    const a = new AbortController();
    const b = new AbortController();
    router.answer(a.signal, { 'page/reveal': ({ entityId }) => ({ index: 0, count: entityId.length }) });
    router.answer(b.signal, { 'page/show-annotation': () => ({ found: true }) });
    router.answer(b.signal, { 'page/toggle-highlights': () => UNANSWERED });
    expect(listeners).toBe(1);
    expect(routes['page/reveal']!({ type: 'page/reveal', entityId: 'abc' }, sender)).toEqual({ index: 0, count: 3 });
    expect(routes['page/show-annotation']!({ type: 'page/show-annotation', annotationId: 'n' }, sender)).toEqual({ found: true });
    // Nobody owns it, or its owner leaves it to another frame: unanswered.
    expect(routes['page/mentions']!({ type: 'page/mentions' }, sender)).toBe(UNANSWERED);
    expect(routes['page/toggle-highlights']!({ type: 'page/toggle-highlights' }, sender)).toBe(UNANSWERED);
    expect(routes['page/open-card']!({ type: 'page/open-card' }, sender)).toBe(UNANSWERED);
    a.abort();
    expect(routes['page/reveal']!({ type: 'page/reveal', entityId: 'abc' }, sender)).toBe(UNANSWERED);
    // A handler that throws is unanswered too, and nothing throws into the page.
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    router.answer(new AbortController().signal, {
      'page/mentions': () => {
        throw new Error('boom');
      },
    });
    expect(routes['page/mentions']!({ type: 'page/mentions' }, sender)).toBe(UNANSWERED);
    debug.mockRestore();
    router.close();
    expect(listeners).toBe(0);
  });
});
