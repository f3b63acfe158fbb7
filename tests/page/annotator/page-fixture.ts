/** Loads an annotate fixture page's body into the test document (scripts stay inert). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function fixtureBody(name = 'article.html'): string {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/annotate', name), 'utf8');
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  return body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

export function loadFixture(name = 'article.html'): void {
  document.body.innerHTML = fixtureBody(name);
}

/** A range over the first occurrence of `text` inside the element `id` (text may span nodes). */
export function rangeOf(id: string, text: string, occurrence = 0): Range {
  const root = document.getElementById(id);
  if (!root) throw new Error(`no element #${id} in the fixture`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const all = nodes.map((n) => n.data).join('');
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = all.indexOf(text, at + 1);
  if (at < 0) throw new Error(`"${text}" not found in #${id}`);
  const locate = (offset: number) => {
    let acc = 0;
    for (const node of nodes) {
      if (offset <= acc + node.data.length) return { node, offset: offset - acc };
      acc += node.data.length;
    }
    throw new Error('offset out of range');
  };
  const start = locate(at);
  const end = locate(at + text.length);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
