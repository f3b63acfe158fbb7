/**
 * The content script started on a page (happy-dom): every frame makes one settings subscription and
 * one read and one subscription of the person's dataset, however many features use them, and every
 * feature follows the settings and answers its messages through the hub.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContent } from '../../../lib/page/content';
import * as settingsStore from '../../../lib/platform/settings/sync-store';
import * as userdataStore from '../../../lib/platform/userdata/store';
import { updateSettings } from '../../../lib/platform/settings';

vi.mock('../../../lib/platform/settings/sync-store', { spy: true });
vi.mock('../../../lib/platform/userdata/store', { spy: true });

class FakeHighlight extends Set<Range> {
  priority = 0;
}
const settle = async () => {
  for (let i = 0; i < 8; i++) await new Promise((done) => setTimeout(done, 0));
};
const send = async (message: object) =>
  Promise.all((await fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined)).filter(Boolean));

let ctx: ContentScriptContext;
beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: new Map() });
  document.body.innerHTML = '<p>Anthropic released Claude Code; OpenAI answered.</p>';
  ctx = new ContentScriptContext('subscriptions-test');
});
afterEach(() => {
  ctx.abort();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

describe('the content script in one frame', () => {
  it('subscribes to the settings once and reads and follows the dataset once, for all its features', async () => {
    const watch = vi.spyOn(userdataStore.userDatasetItem, 'watch');
    await startContent(ctx);
    await settle();
    expect(settingsStore.watchSettings).toHaveBeenCalledTimes(1);
    expect(settingsStore.getSettings).not.toHaveBeenCalled();
    expect(userdataStore.getUserDataset).toHaveBeenCalledTimes(1);
    expect(watch).toHaveBeenCalledTimes(1);
  });

  it('hands the settings to every feature: paused, the page says so and the commands still answer', async () => {
    await startContent(ctx);
    await vi.waitFor(async () => expect((await send({ type: 'page/mentions' }))[0]).toMatchObject({ active: true }));
    const mentions = (await send({ type: 'page/mentions' }))[0] as { total: number };
    expect(mentions.total).toBeGreaterThan(0);
    await updateSettings({ paused: true });
    await vi.waitFor(async () => expect((await send({ type: 'page/mentions' }))[0]).toMatchObject({ active: false }));
    // One listener answers each message, commands included, for the feature that owns it.
    expect(await send({ type: 'page/toggle-highlights' })).toEqual([{ ok: true }]);
    expect(await send({ type: 'page/show-annotation', annotationId: 'none' })).toEqual([{ found: false }]);
    ctx.abort();
    await settle();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
