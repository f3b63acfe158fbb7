/**
 * Notes written in Markdown, shown as Preact elements that can hold no script, no raw HTML and no
 * remote request (images become links; only http, https and mailto links, opened in a new tab).
 * `Markdown` parses on the spot (extension pages). The content script shows notes through
 * lib/ui/markdown-view and loads this parser on first use (lib/page/chunks).
 */
export { Markdown } from './Markdown';
export { parseMarkdown, markdownText, safeHref } from './parse';
export { SAFE_TAGS, type MarkdownNode, type SafeTag } from './nodes';
export type { MarkdownProps } from '../markdown-view';
