/** Reads the expectations written into the detection fixture pages (`.case[data-expect]`). */
import type { Mention } from '../../../lib/page/detect';

export const normalizeMentionText = (text: string) =>
  text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ');

function caseOf(node: Node): Element | null {
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === 1 && (n as Element).classList.contains('case')) return n as Element;
    n = n.parentNode ?? (n as ShadowRoot).host ?? null;
  }
  return null;
}

export interface CaseResult {
  label: string;
  expected: string[];
  found: string[];
}

/** Per case: the texts it must hold and the texts found in it; plus mentions outside any case. */
export function compareCases(doc: Document, mentions: readonly Mention[]): { cases: CaseResult[]; outside: string[] } {
  const found = new Map<Element, string[]>();
  const outside: string[] = [];
  for (const m of mentions) {
    const c = caseOf(m.range.startContainer);
    if (!c) outside.push(m.text);
    else found.set(c, [...(found.get(c) ?? []), normalizeMentionText(m.text)]);
  }
  const cases = [...doc.querySelectorAll('.case')].map((c) => ({
    label: (c.textContent ?? '').trim().slice(0, 60) || `#${c.id}`,
    expected: (c.getAttribute('data-expect') ?? '').split('|').filter(Boolean),
    found: found.get(c) ?? [],
  }));
  return { cases, outside };
}
