/**
 * Notes written in Markdown, shown as Preact elements that can hold no script, no raw HTML and no
 * remote request (images become links; only http, https and mailto links, opened in a new tab).
 */
export { Markdown, type MarkdownProps } from './Markdown';
export { parseMarkdown, markdownText, safeHref, SAFE_TAGS, type MarkdownNode, type SafeTag } from './parse';
