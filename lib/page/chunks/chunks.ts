/**
 * Code the content script loads on first use instead of in every frame at start. Each chunk is an ES
 * module built beside the content script (wxt.config.ts, `build:done`: `content-scripts/<name>.js`)
 * and imported from the extension's own address: in Chrome under the per-session address that
 * runtime.getURL gives (`use_dynamic_url`), so a site cannot probe a fixed one to learn the
 * extension is installed. The import runs in the content script's isolated world, out of the
 * page's reach; a failure (an old browser, an extension update mid-session) is reported once and the
 * caller keeps its plain fallback.
 */
import { browser } from 'wxt/browser';

/**
 * Names of the chunks and where the build puts each: the Markdown parser, and (in Chrome) the content
 * script's own code, which its loader imports at start (content-module.ts).
 */
export const CHUNKS = { markdown: 'content-scripts/markdown.js', content: 'content-scripts/lens.js' } as const;
export type ChunkName = keyof typeof CHUNKS;

export type Importer = (url: string) => Promise<unknown>;

/** The browser's dynamic import; a function of its own so the bundler leaves the address alone. */
const importModule: Importer = (url) => import(/* @vite-ignore */ url);

/**
 * A loader for one chunk: the first call imports it, later calls share that import; `check` says
 * whether the module is the one expected and picks what the caller needs from it.
 */
export function chunkLoader<T>(
  name: ChunkName,
  check: (module: unknown) => T | null,
  options: { importer?: Importer; url?: (path: string) => string } = {},
): { load(): Promise<T>; loaded(): T | null } {
  let value: T | null = null;
  let pending: Promise<T> | null = null;
  const url = options.url ?? ((path: string) => browser.runtime.getURL(`/${path}` as '/'));
  const importer = options.importer ?? importModule;
  return {
    loaded: () => value,
    load() {
      if (pending) return pending;
      // Inside the promise: an address that cannot be made (the extension reloaded under this page)
      // rejects like a failed import, never throws into the caller.
      pending = Promise.resolve()
        .then(() => importer(url(CHUNKS[name])))
        .then((module) => {
          const picked = check(module);
          if (picked === null) throw new Error(`the ${name} chunk is not what this content script expects`);
          return (value = picked);
        });
      pending.catch((error) => console.debug(`[AI Industry Lens] the ${name} chunk did not load:`, error));
      return pending;
    },
  };
}
