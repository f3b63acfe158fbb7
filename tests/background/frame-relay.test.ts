import { describe, expect, it, vi } from 'vitest';
import { relayFrameMentions } from '../../lib/background/frame-relay';

const entities = [{ entityId: 'codex', type: 'product' as const, count: 2 }];

describe('relayFrameMentions', () => {
  it("passes an iframe's summary to its tab's top frame, naming the frame", async () => {
    const send = vi.fn().mockResolvedValue(undefined);
    const answer = await relayFrameMentions({ type: 'frame/mentions', entities }, { tab: { id: 4 }, frameId: 12 }, send);
    expect(answer).toEqual({ delivered: true });
    expect(send).toHaveBeenCalledWith(4, { type: 'page/frame-mentions', frameId: 12, entities }, 0);
  });

  it('says "not delivered" when the top frame has no content script yet, so the frame tries again', async () => {
    const send = vi.fn().mockRejectedValue(new Error('Could not establish connection'));
    const answer = await relayFrameMentions({ type: 'frame/mentions', entities }, { tab: { id: 4 }, frameId: 12 }, send);
    expect(answer).toEqual({ delivered: false });
  });

  it('relays nothing for the top frame itself or for a sender without a tab', async () => {
    const send = vi.fn();
    expect(await relayFrameMentions({ type: 'frame/mentions', entities }, { tab: { id: 4 }, frameId: 0 }, send)).toEqual({
      delivered: false,
    });
    expect(await relayFrameMentions({ type: 'frame/mentions', entities }, { frameId: 3 }, send)).toEqual({ delivered: false });
    expect(send).not.toHaveBeenCalled();
  });
});
