/**
 * A note's Markdown as a tree of safe nodes, through markdown-it (CommonMark, with tables and
 * strikethrough) with raw HTML off: `<script>` and every other tag stay text. No DOM, no innerHTML:
 * lib/ui/markdown-view turns the tree into Preact elements. Extension pages bundle this module; the content script
 * loads it on the first note it shows (lib/page/chunks), as a chunk of its own.
 *
 * What the tree can hold is closed: the tags in SAFE_TAGS, text, and links whose address is http,
 * https or mailto (anything else, `javascript:`, `data:`, relative paths, stays as its text). Images
 * become a link to the image (or their alt text): nothing is loaded until the person clicks.
 */
import MarkdownIt from 'markdown-it';
import { SAFE_TAGS, type MarkdownNode, type SafeTag } from './nodes';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const SAFE = new Set<string>(SAFE_TAGS);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// html: false is the switch that matters: raw HTML is never parsed as HTML. No linkify (bare words
// stay words), no typographer (the note's characters are kept as typed). Made on the first note shown.
let md: InstanceType<typeof MarkdownIt> | undefined;
const parser = () => (md ??= new MarkdownIt('default', { html: false, linkify: false, typographer: false }));

/** The address if it is an absolute http, https or mailto one; otherwise null. */
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function element(tag: SafeTag, extra: Partial<Extract<MarkdownNode, { kind: 'element' }>> = {}): Extract<MarkdownNode, { kind: 'element' }> {
  return { kind: 'element', tag, children: [], ...extra };
}

/** Inline tokens (a paragraph's content) into `into`. */
function inline(tokens: readonly Token[], into: MarkdownNode[]): void {
  const stack: MarkdownNode[][] = [into];
  const top = () => stack[stack.length - 1];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'html_inline': // cannot occur with html: false; kept as text if it ever did
        top().push({ kind: 'text', text: token.content });
        break;
      case 'softbreak':
        top().push({ kind: 'text', text: '\n' });
        break;
      case 'hardbreak':
        top().push(element('br'));
        break;
      case 'code_inline':
        top().push(element('code', { children: [{ kind: 'text', text: token.content }] }));
        break;
      case 'image': {
        const alt = token.children?.map((c: Token) => c.content).join('') || token.content;
        const href = safeHref(String(token.attrGet('src') ?? ''));
        const text: MarkdownNode = { kind: 'text', text: alt || href || '' };
        top().push(href ? element('a', { href, children: [text] }) : text);
        break;
      }
      default:
        if (token.nesting === 1) {
          const href = token.type === 'link_open' ? safeHref(String(token.attrGet('href') ?? '')) : undefined;
          // An unsafe link keeps its text, without being a link.
          const node = SAFE.has(token.tag) && href !== null ? element(token.tag as SafeTag, href ? { href } : {}) : null;
          const children = node ? node.children : top();
          if (node) top().push(node);
          stack.push(children);
        } else if (token.nesting === -1) {
          if (stack.length > 1) stack.pop();
        } else if (token.content) {
          top().push({ kind: 'text', text: token.content });
        }
    }
  }
}

/** The Markdown source as safe nodes. */
export function parseMarkdown(source: string): MarkdownNode[] {
  const root: MarkdownNode[] = [];
  const stack: MarkdownNode[][] = [root];
  const top = () => stack[stack.length - 1];
  for (const token of parser().parse(source, {})) {
    if (token.type === 'inline') {
      inline(token.children ?? [], top());
    } else if (token.type === 'code_block' || token.type === 'fence') {
      top().push(element('pre', { children: [element('code', { children: [{ kind: 'text', text: token.content }] })] }));
    } else if (token.type === 'hr') {
      top().push(element('hr'));
    } else if (token.nesting === 1) {
      // Paragraphs of tight lists are hidden: their text goes straight into the item.
      const keep = !token.hidden && SAFE.has(token.tag);
      const start = token.type === 'ordered_list_open' ? Number(token.attrGet('start') ?? 1) : undefined;
      const node = keep ? element(token.tag as SafeTag, start && start !== 1 ? { start } : {}) : null;
      if (node) top().push(node);
      stack.push(node ? node.children : top());
    } else if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
    } else if (token.content) {
      // Any other leaf (html_block cannot occur with html: false) is shown as its text.
      top().push({ kind: 'text', text: token.content });
    }
  }
  return root;
}

/** The note's plain text (for a title attribute or a search): the Markdown without its markup. */
export function markdownText(source: string): string {
  const parts: string[] = [];
  const walk = (nodes: readonly MarkdownNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') parts.push(node.text);
      else walk(node.children);
    }
  };
  walk(parseMarkdown(source));
  return parts.join('');
}
