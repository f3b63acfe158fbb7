/**
 * Safe Markdown nodes (lib/ui/markdown's parser) as Preact elements. Links open in a new tab, with
 * rel="noopener noreferrer"; headings are shown one level under the surface's own (a note is never
 * the page's title), so `# Title` renders as <h3> … `###### x` as <h6>. No parser here: the content
 * script gets its parser on first use (lib/page/chunks), extension pages through Markdown.tsx.
 */
import { h, type ComponentChildren, type VNode } from 'preact';
import type { MarkdownNode } from '../markdown';

const HEADING_SHIFT: Record<string, string> = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6', h6: 'h6' };

function toVNode(node: MarkdownNode, key: number): VNode<any> | string {
  if (node.kind === 'text') return node.text;
  const children: ComponentChildren = node.children.map(toVNode);
  if (node.tag === 'a') {
    return h('a', { key, href: node.href, target: '_blank', rel: 'noopener noreferrer' }, children);
  }
  if (node.tag === 'br' || node.tag === 'hr') return h(node.tag, { key });
  const tag = HEADING_SHIFT[node.tag] ?? node.tag;
  return h(tag, { key, ...(node.start !== undefined ? { start: node.start } : {}) }, children);
}

export interface MarkdownProps {
  source: string;
  /** Class of the wrapping <div>. */
  class?: string;
}

const wrapperClass = (className: string | undefined, extra = '') =>
  `lens-markdown${extra}${className ? ` ${className}` : ''}`;

/** Parsed nodes in the wrapping <div>. */
export function MarkdownView({ nodes, class: className }: { nodes: readonly MarkdownNode[]; class?: string }) {
  return h('div', { class: wrapperClass(className) }, nodes.map(toVNode));
}

/** The source as typed (no markup interpreted), where no parser is at hand yet or at all. */
export function MarkdownSource({ source, class: className }: MarkdownProps) {
  return h('div', { class: wrapperClass(className, ' lens-markdown-plain'), style: 'white-space: pre-wrap' }, source);
}
