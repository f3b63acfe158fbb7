/**
 * What a parsed note can hold (parse.ts makes it, lib/ui/markdown-view shows it): the tags in SAFE_TAGS, text,
 * and links whose address is http, https or mailto. Types and tags only: lib/ui/markdown-view needs
 * them without the parser.
 */
export type MarkdownNode =
  | { kind: 'text'; text: string }
  | { kind: 'element'; tag: SafeTag; href?: string; start?: number; children: MarkdownNode[] };

export const SAFE_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'hr', 'br',
  'strong', 'em', 's', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
] as const;
export type SafeTag = (typeof SAFE_TAGS)[number];
