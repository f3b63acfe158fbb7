/**
 * A parsed note shown as Preact elements (`MarkdownView`), or its source as typed (`MarkdownSource`),
 * with no parser: the content script shows notes with these and loads its parser on first use
 * (lib/page/chunks); lib/ui/markdown parses and shows in one step for extension pages.
 */
export { MarkdownView, MarkdownSource, type MarkdownProps } from './view';
