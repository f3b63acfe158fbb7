import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { chunkLoader, pickStart, startContentModule as startContent } from '../../../lib/page/chunks';

const url = (path: string) => `chrome-extension://lens/${path}`;
const context = (invalid = false) => ({ isInvalid: invalid }) as unknown as ContentScriptContext;

describe('the Chrome content script: a loader of the content module', () => {
  it('imports content-scripts/lens.js and starts it with the frame context', async () => {
    const start = vi.fn(async () => {});
    const importer = vi.fn(async (_: string) => ({ startContent: start }));
    const ctx = context();
    await startContent(ctx, chunkLoader('content', pickStart, { importer, url }));
    expect(importer).toHaveBeenCalledWith('chrome-extension://lens/content-scripts/lens.js');
    expect(start).toHaveBeenCalledWith(ctx);
  });

  it('starts nothing once the context is gone (the extension reloaded while the module loaded)', async () => {
    const start = vi.fn(async () => {});
    await startContent(context(true), chunkLoader('content', pickStart, { importer: async () => ({ startContent: start }), url }));
    expect(start).not.toHaveBeenCalled();
  });

  it('never throws into the page when the import fails or gives something else', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const failing = chunkLoader('content', pickStart, {
      importer: async () => {
        throw new TypeError('Failed to fetch dynamically imported module');
      },
      url,
    });
    await expect(startContent(context(), failing)).resolves.toBeUndefined();
    const wrong = chunkLoader('content', pickStart, { importer: async () => ({ startContent: 'no' }), url });
    await expect(startContent(context(), wrong)).resolves.toBeUndefined();
    expect(debug).toHaveBeenCalledTimes(2);
    debug.mockRestore();
  });
});
