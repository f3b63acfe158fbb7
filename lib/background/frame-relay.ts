/**
 * Relays an iframe's mention summary to its tab's top frame, which answers the popup and the badge for
 * the whole page. Content scripts cannot message each other directly; the background holds nothing.
 */
import { sendToTab, type MentionSummary, type Message, type Response } from '../platform/messaging';

interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export async function relayFrameMentions(
  { entities }: Message<'frame/mentions'>,
  sender: Sender,
  send: typeof sendToTab = sendToTab,
): Promise<Response<'frame/mentions'>> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined || frameId === 0) return { delivered: false };
  try {
    const summary: MentionSummary[] = entities;
    await send(tabId, { type: 'page/frame-mentions', frameId, entities: summary }, 0);
    return { delivered: true };
  } catch {
    // The top frame's content script has not started yet: the frame tries again.
    return { delivered: false };
  }
}
