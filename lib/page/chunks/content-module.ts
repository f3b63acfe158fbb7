/**
 * The Chrome content script's start: imports the content script's code (lib/page/content/module.ts,
 * built as `content-scripts/lens.js`) and starts it with this frame's context. Firefox and `wxt dev`
 * start that code directly instead (wxt.config.ts picks which file `virtual:lens-content-start` is). A
 * failed import (an extension updated under an open page) is reported once by the chunk loader, and
 * nothing runs in that frame.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { chunkLoader } from './chunks';

type Start = (ctx: ContentScriptContext) => Promise<void>;

export const pickStart = (module: unknown): Start | null => {
  const start = (module as { startContent?: unknown } | null)?.startContent;
  return typeof start === 'function' ? (start as Start) : null;
};

export async function startContent(ctx: ContentScriptContext, loader = chunkLoader('content', pickStart)): Promise<void> {
  let start: Start;
  try {
    start = await loader.load();
  } catch {
    return; // Reported by the loader.
  }
  if (!ctx.isInvalid) await start(ctx);
}
