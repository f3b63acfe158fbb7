import { render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { chunkLoader, createMarkdownChunk, LazyMarkdown, pickParser } from '../../../lib/page/chunks';
import { parseMarkdown } from '../../../lib/ui/markdown';

const url = (path: string) => `chrome-extension://lens/${path}`;

describe('chunks loaded on first use', () => {
  it('imports a chunk once, from the extension address of its built file, and shares that import', async () => {
    const importer = vi.fn(async (_: string) => ({ parseMarkdown }));
    const chunk = createMarkdownChunk({ importer, url });
    expect(chunk.loaded()).toBeNull();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect(a).toBe(parseMarkdown);
    expect(b).toBe(parseMarkdown);
    await chunk.load();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(importer).toHaveBeenCalledWith('chrome-extension://lens/content-scripts/markdown.js');
    expect(chunk.loaded()).toBe(parseMarkdown);
  });

  it('rejects, and never throws, where the address cannot be made (the extension reloaded under the page)', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const chunk = createMarkdownChunk({
      importer: async () => ({ parseMarkdown }),
      url: () => {
        throw new Error('Extension context invalidated.');
      },
    });
    let load!: Promise<unknown>;
    expect(() => (load = chunk.load())).not.toThrow();
    await expect(load).rejects.toThrow('Extension context invalidated.');
    debug.mockRestore();
  });

  it('refuses a module that is not the chunk expected, and reports it once', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const chunk = chunkLoader('markdown', pickParser, { importer: async () => ({ parseMarkdown: 'not a function' }), url });
    await expect(chunk.load()).rejects.toThrow(/markdown chunk is not what this content script expects/);
    await expect(chunk.load()).rejects.toThrow(/not what this content script expects/);
    expect(chunk.loaded()).toBeNull();
    expect(debug).toHaveBeenCalledTimes(1);
    debug.mockRestore();
  });
});

describe('LazyMarkdown', () => {
  const NOTE = 'Fastest **ever**? See [the filing](https://example.com/f) <script>x</script>';

  it('shows the source as typed until the parser arrives, then the rendered note', async () => {
    let arrive!: (module: unknown) => void;
    const chunk = createMarkdownChunk({ importer: () => new Promise((resolve) => (arrive = resolve)), url });
    const { container } = render(<LazyMarkdown source={NOTE} class="note" chunk={chunk} />);
    const first = container.firstElementChild as HTMLElement;
    expect(first.className).toBe('lens-markdown lens-markdown-plain note');
    expect(first.textContent).toBe(NOTE);
    expect(container.querySelector('strong, a, script')).toBeNull();
    await waitFor(() => expect(arrive).toBeTypeOf('function'));
    expect(container.querySelector('strong')).toBeNull();
    arrive({ parseMarkdown });
    await waitFor(() => expect(container.querySelector('strong')?.textContent).toBe('ever'));
    const shown = container.firstElementChild as HTMLElement;
    expect(shown.className).toBe('lens-markdown note');
    expect(container.querySelector('a')!.getAttribute('href')).toBe('https://example.com/f');
    expect(container.querySelector('script')).toBeNull();
  });

  it('renders at once when the chunk is already loaded', async () => {
    const chunk = createMarkdownChunk({ importer: async () => ({ parseMarkdown }), url });
    await chunk.load();
    const { container } = render(<LazyMarkdown source="**now**" chunk={chunk} />);
    expect(container.querySelector('strong')?.textContent).toBe('now');
  });

  it('keeps the note readable as typed where the chunk cannot load', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const chunk = createMarkdownChunk({ importer: async () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), url });
    const { container } = render(<LazyMarkdown source="keep **this**" chunk={chunk} />);
    await expect(chunk.load()).rejects.toThrow(TypeError);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(container.textContent).toBe('keep **this**');
    expect(container.querySelector('strong')).toBeNull();
    debug.mockRestore();
  });
});
