/**
 * Code the content script loads (chunks.ts): the Markdown parser, with the component that shows a
 * note's source until it is there; and in Chrome the content script's own code, which its loader
 * imports at start (content-module.ts).
 */
export { CHUNKS, chunkLoader, type ChunkName, type Importer } from './chunks';
export { createMarkdownChunk, markdownChunk, pickParser, type ParseMarkdown } from './markdown';
export { LazyMarkdown } from './LazyMarkdown';
export { pickStart, startContent as startContentModule } from './content-module';
