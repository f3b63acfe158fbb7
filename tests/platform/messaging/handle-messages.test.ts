import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, UNANSWERED } from '../../../lib/platform/messaging';

const send = (message: object) => fakeBrowser.runtime.onMessage.trigger(message, {}, () => undefined);

describe('handleMessages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers the messages it has handlers for, leaves the others and those left UNANSWERED to other listeners', async () => {
    const stop = handleMessages({
      'page/reveal': ({ entityId }) => ({ index: 0, count: entityId.length }),
      'page/annotate': () => ({ ok: true }),
      'page/open-card': () => UNANSWERED,
    });
    expect(await Promise.all(await send({ type: 'page/reveal', entityId: 'ab' }))).toEqual([{ index: 0, count: 2 }]);
    expect(await Promise.all(await send({ type: 'page/annotate' }))).toEqual([{ ok: true }]);
    expect(await send({ type: 'page/open-card' })).toEqual([undefined]);
    expect(await send({ type: 'page/mentions' })).toEqual([undefined]);
    expect(await send({ nothing: true })).toEqual([undefined]);
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
