/**
 * Runs detection over the hard pages (tests/fixtures/detection/hard) in the test document and scores
 * what it finds against each case's data-expect, for confident and ambiguous aliases apart: an expected
 * or found text is "confident" when it is written exactly as one of the dataset's confident aliases
 * ("OpenAI", "Sam Altman"), and "ambiguous" otherwise (a context alias such as "Codex", a surname, an
 * inverted, split or re-cased name).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../../lib/core/dataset/types';
import { createDetector, type LensDetector, type Mention } from '../../../lib/page/detect';
import { normalizeMentionText } from './cases';

export const HARD_PAGES = resolve(import.meta.dirname, '../../fixtures/detection/hard');

/** The bundled entities at the edge of the race, as the dataset marks them (set here too, for older data). */
export const PERIPHERAL_IDS = [
  'google', 'microsoft', 'wired', 'blockbeats', 'wall-street-journal', 'pexels', 'cisco', 'jeetu-patel',
  'mark-jayson-quines', 'mikhail-nilov', 'peggy', 'midas-project',
];

export function withPeripherals(dataset: Dataset, ids: readonly string[] = PERIPHERAL_IDS): Dataset {
  return { ...dataset, entities: dataset.entities.map((e) => (ids.includes(e.id) ? { ...e, peripheral: true } : e)) };
}

export function hardPageNames(): string[] {
  return readdirSync(HARD_PAGES).filter((f) => f.endsWith('.html')).sort();
}

export function loadHardPage(name: string, doc: Document = document): void {
  const html = readFileSync(resolve(HARD_PAGES, name), 'utf8');
  doc.title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  doc.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  page: string;
  confident: Tally;
  ambiguous: Tally;
  /** Per case that differs: expected and found texts. */
  misses: { expected: string[]; found: string[] }[];
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

/** Whether the text is written as one of the dataset's confident aliases. */
export function confidentText(dataset: Dataset, text: string): boolean {
  const norm = normalizeMentionText(text);
  return dataset.entities.some((e) =>
    e.aliases.some(
      (a) =>
        (a.requires ?? 'none') === 'none' &&
        (a.caseSensitive ? a.text === norm : a.text.toLowerCase() === norm.toLowerCase()),
    ),
  );
}

function caseOf(node: Node): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType === 1 && (n as Element).classList.contains('case')) return n as Element;
  }
  return null;
}

export function scorePage(page: string, dataset: Dataset, mentions: readonly Mention[], doc: Document = document): PageScore {
  const score: PageScore = { page, confident: tally(), ambiguous: tally(), misses: [] };
  const found = new Map<Element | null, string[]>();
  for (const m of mentions) {
    const c = caseOf(m.range.startContainer);
    found.set(c, [...(found.get(c) ?? []), normalizeMentionText(m.text)]);
  }
  const kind = (text: string) => (confidentText(dataset, text) ? score.confident : score.ambiguous);
  const cases: (Element | null)[] = [...doc.querySelectorAll('.case'), null];
  for (const c of cases) {
    const expected = c ? (c.getAttribute('data-expect') ?? '').split('|').filter(Boolean) : [];
    const got = [...(found.get(c) ?? [])];
    const left = [...got];
    for (const text of expected) {
      const at = left.indexOf(text);
      if (at >= 0) {
        left.splice(at, 1);
        kind(text).tp++;
      } else kind(text).fn++;
    }
    for (const text of left) kind(text).fp++;
    if (left.length > 0 || got.length !== expected.length) score.misses.push({ expected, found: got });
  }
  return score;
}

export async function detectHardPage(
  page: string,
  dataset: Dataset,
  setup?: (detector: LensDetector) => void,
): Promise<PageScore> {
  loadHardPage(page);
  const detector = createDetector({ dataset });
  try {
    setup?.(detector);
    detector.setActive(true);
    await detector.settled();
    return scorePage(page, dataset, detector.mentions());
  } finally {
    detector.dispose();
    document.body.innerHTML = '';
  }
}

export function sum(scores: readonly PageScore[], kind: 'confident' | 'ambiguous'): Tally {
  const total = tally();
  for (const s of scores) {
    total.tp += s[kind].tp;
    total.fp += s[kind].fp;
    total.fn += s[kind].fn;
  }
  return total;
}

export const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
export const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
