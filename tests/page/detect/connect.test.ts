/**
 * connectDetector: what a frame's detector follows and answers, as the content hub wires it (settings
 * applied, the popup's questions, the iframes' counts, 'toggle-highlights', the badge's count).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectDetector } from '../../../lib/page/detect';
import type { LensDetector } from '../../../lib/page/detect';
import { UNANSWERED, type MentionSummary, type PageMentions } from '../../../lib/platform/messaging';
import { DEFAULT_SETTINGS, pageSettings } from '../../../lib/platform/settings';

function fakeDetector(entities: MentionSummary[] = []) {
  const listeners = new Set<() => void>();
  const state = { active: false, paint: { visible: true } as Record<string, unknown>, everyPage: false, muted: [] as readonly string[] };
  const summary = (): PageMentions => ({ url: 'u', title: 't', active: state.active, total: entities.reduce((n, e) => n + e.count, 0), entities });
  const detector = {
    get active() {
      return state.active;
    },
    get paintOptions() {
      return state.paint;
    },
    setActive: (active: boolean) => void (state.active = active),
    setPaintOptions: (options: object) => void (state.paint = { ...state.paint, ...options }),
    setEveryPage: (everyPage: boolean) => void (state.everyPage = everyPage),
    setMuted: (words: readonly string[]) => void (state.muted = words),
    summary,
    reveal: (entityId: string) => ({ index: 0, count: entities.some((e) => e.entityId === entityId) ? 1 : 0 }),
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
  } as unknown as LensDetector;
  return { detector, state, changed: () => listeners.forEach((l) => l()), listeners };
}

const background: Browser.runtime.MessageSender = {};
const tab = { tab: { id: 1 } } as Browser.runtime.MessageSender;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('connectDetector', () => {
  it('applies the settings as the frame sees them', () => {
    const { detector, state } = fakeDetector();
    const connection = connectDetector(detector, new AbortController().signal, true);
    const settings = { ...DEFAULT_SETTINGS, highlightStyle: 'background' as const, highlightEverywhere: true, mutedNames: { 'example.com': ['cursor'] } };
    connection.settingsChanged(pageSettings(settings, 'https://www.example.com/a'));
    expect(state).toMatchObject({ active: true, everyPage: true, muted: ['cursor'], paint: { style: 'background' } });
    connection.settingsChanged(pageSettings({ ...settings, disabledSites: ['example.com'] }, 'https://example.com/b'));
    expect(state.active).toBe(false);
  });

  it('answers for its iframes in the top frame, and hears their counts only from the background', () => {
    const own = [{ entityId: 'openai', type: 'company', count: 2 }] as MentionSummary[];
    const { detector } = fakeDetector(own);
    const { messages } = connectDetector(detector, new AbortController().signal, true);
    const frame = [{ entityId: 'cursor', type: 'product', count: 3 }] as MentionSummary[];
    messages['page/frame-mentions']!({ type: 'page/frame-mentions', frameId: 5, entities: frame }, tab);
    expect((messages['page/mentions']!({ type: 'page/mentions' }, background) as PageMentions).total).toBe(2);
    messages['page/frame-mentions']!({ type: 'page/frame-mentions', frameId: 5, entities: frame }, background);
    expect((messages['page/mentions']!({ type: 'page/mentions' }, background) as PageMentions).total).toBe(5);
    expect(messages['page/reveal']!({ type: 'page/reveal', entityId: 'cursor' }, background)).toEqual({ index: 0, count: 0, frameId: 5 });
    expect(messages['page/toggle-highlights']!({ type: 'page/toggle-highlights' }, background)).toEqual({ ok: true });
    expect(detector.paintOptions.visible).toBe(false);
  });

  it('in an iframe answers only "reveal", and toggles its names without answering', () => {
    const { detector } = fakeDetector();
    const { messages } = connectDetector(detector, new AbortController().signal, false);
    expect(Object.keys(messages).sort()).toEqual(['page/reveal', 'page/toggle-highlights']);
    expect(messages['page/toggle-highlights']!({ type: 'page/toggle-highlights' }, background)).toBe(UNANSWERED);
    expect(detector.paintOptions.visible).toBe(false);
  });

  it("sends the page's count to the badge once changes settle, and nothing once its signal aborted", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const { detector, changed, listeners } = fakeDetector([{ entityId: 'openai', type: 'company', count: 2 }] as MentionSummary[]);
    const abort = new AbortController();
    connectDetector(detector, abort.signal, true).settingsChanged(pageSettings(DEFAULT_SETTINGS, 'https://example.com/'));
    changed();
    changed();
    await vi.runAllTimersAsync();
    expect(send.mock.calls).toEqual([[{ type: 'badge/count', count: 2 }]]);
    abort.abort();
    expect(listeners.size).toBe(0);
  });

  it('says nothing to the background from a page with no name (the browser clears the badge on a new page)', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const entities: MentionSummary[] = [];
    const { detector, changed } = fakeDetector(entities);
    connectDetector(detector, new AbortController().signal, true).settingsChanged(pageSettings(DEFAULT_SETTINGS, 'https://example.com/'));
    changed();
    await vi.runAllTimersAsync();
    expect(send).not.toHaveBeenCalled();
    // A name arrives, then goes: both are said.
    entities.push({ entityId: 'openai', type: 'company', count: 1 } as MentionSummary);
    changed();
    await vi.runAllTimersAsync();
    entities.pop();
    changed();
    await vi.runAllTimersAsync();
    expect(send.mock.calls).toEqual([[{ type: 'badge/count', count: 1 }], [{ type: 'badge/count', count: 0 }]]);
  });

  it('says its count again when the page comes back from the back-forward cache, and not after its signal aborted', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const { detector, changed } = fakeDetector([{ entityId: 'openai', type: 'company', count: 3 }] as MentionSummary[]);
    const abort = new AbortController();
    connectDetector(detector, abort.signal, true).settingsChanged(pageSettings(DEFAULT_SETTINGS, 'https://example.com/'));
    changed();
    await vi.runAllTimersAsync();
    const restored = () => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false })); // a first load says nothing more
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(1);
    restored();
    await vi.runAllTimersAsync();
    expect(send.mock.calls).toEqual([[{ type: 'badge/count', count: 3 }], [{ type: 'badge/count', count: 3 }]]);
    abort.abort();
    restored();
    await vi.runAllTimersAsync();
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('reports a page that keeps changing at most once per 1.6 s, and its last count always', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const entities = [{ entityId: 'openai', type: 'company', count: 1 }] as MentionSummary[];
    const { detector, changed } = fakeDetector(entities);
    connectDetector(detector, new AbortController().signal, true).settingsChanged(pageSettings(DEFAULT_SETTINGS, 'https://example.com/'));
    // A feed: one more mention every 50 ms for 4 s.
    for (let t = 0; t < 4000; t += 50) {
      entities[0].count++;
      changed();
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.runAllTimersAsync();
    const counts = send.mock.calls.map(([message]) => (message as unknown as { count: number }).count);
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(counts.length).toBeLessThanOrEqual(4); // 400 ms, then every 1.6 s, then the last: not every 400 ms (10)
    expect(counts.at(-1)).toBe(81);
  });
});
