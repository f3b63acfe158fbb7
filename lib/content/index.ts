/**
 * Wires the content script's pieces to one page: scan, paint, card, annotations. Placeholder until
 * detection lands: answers "what does this page mention" with nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { handleMessages } from '../messaging';

export function startContent(ctx: ContentScriptContext): void {
  const stop = handleMessages({
    'page/mentions': () => ({
      url: location.href,
      title: document.title,
      active: true,
      total: 0,
      entities: [],
    }),
  });
  ctx.onInvalidated(stop);
}
