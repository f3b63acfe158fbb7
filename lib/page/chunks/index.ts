/**
 * Code the content script loads on first use (chunks.ts): today the Markdown parser, with the
 * component that shows a note's source until it is there.
 */
export { CHUNKS, chunkLoader, type ChunkName, type Importer } from './chunks';
export { createMarkdownChunk, markdownChunk, pickParser, type ParseMarkdown } from './markdown';
export { LazyMarkdown } from './LazyMarkdown';
