/**
 * Entry of the content script's Markdown chunk (content-scripts/markdown.js, an ES module built by
 * wxt.config.ts's `build:done` hook and loaded on the first note a frame shows: lib/page/chunks).
 * The parser alone: the content script's own Preact renders the nodes (lib/ui/markdown-view).
 */
export { parseMarkdown } from './parse';
