/**
 * A note's Markdown as Preact elements (see parse.ts for what it can hold, lib/ui/markdown-view for how it is
 * shown), parsed on the spot: for extension pages, which bundle the parser. The content script shows
 * notes through lib/page/chunks' LazyMarkdown, whose parser is loaded on the first note shown.
 */
import { h } from 'preact';
import { parseMarkdown } from './parse';
import { MarkdownView, type MarkdownProps } from '../markdown-view';

export function Markdown({ source, class: className }: MarkdownProps) {
  return h(MarkdownView, { nodes: parseMarkdown(source), class: className });
}
