/**
 * The Markdown parser (markdown-it and what it needs: a quarter of a frame's script before it was
 * split off) as a chunk loaded on the first note a frame shows: most frames never show one.
 */
import type { MarkdownNode } from '../../ui/markdown';
import { chunkLoader, type Importer } from './chunks';

export type ParseMarkdown = (source: string) => MarkdownNode[];

export const pickParser = (module: unknown): ParseMarkdown | null => {
  const parse = (module as { parseMarkdown?: unknown } | null)?.parseMarkdown;
  return typeof parse === 'function' ? (parse as ParseMarkdown) : null;
};

export const createMarkdownChunk = (options?: { importer?: Importer; url?: (path: string) => string }) =>
  chunkLoader('markdown', pickParser, options);

/** The frame's one Markdown chunk. */
export const markdownChunk = createMarkdownChunk();
