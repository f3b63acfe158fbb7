/**
 * The search query set (queries.json) and how it is scored: top-1 and top-3 accuracy per kind, as
 * the query-set test asserts and `node tests/core/search/run-queries.mjs` prints.
 */
import querySet from './queries.json';

export type QueryKind =
  | 'exact' | 'case' | 'surname' | 'firstname' | 'alias' | 'spacing' | 'prefix'
  | 'typo1' | 'swap' | 'typo2' | 'role' | 'deed' | 'fact' | 'none';

export interface SetQuery {
  kind: QueryKind;
  query: string;
  /** Acceptable first results (any one counts); empty for `none`, which must find nothing. */
  expect: string[];
}

export const QUERIES = querySet.queries as SetQuery[];

/** The kinds the targets group: names (as written or nearly), typos, and questions by role or deed. */
export const NAME_KINDS: QueryKind[] = ['exact', 'case', 'surname', 'firstname', 'alias', 'spacing', 'prefix'];
export const TYPO_KINDS: QueryKind[] = ['typo1', 'swap', 'typo2'];
export const QUESTION_KINDS: QueryKind[] = ['role', 'deed'];

export interface Tally {
  total: number;
  top1: number;
  top3: number;
  misses: { query: string; expect: string[]; got: string[] }[];
}

export type Search = (query: string) => string[];

function add(tally: Tally, q: SetQuery, got: string[]): void {
  tally.total += 1;
  const answered = q.expect.length === 0 ? got.length === 0 : q.expect.includes(got[0]);
  const inTop3 = q.expect.length === 0 ? got.length === 0 : got.slice(0, 3).some((id) => q.expect.includes(id));
  if (answered) tally.top1 += 1;
  if (inTop3) tally.top3 += 1;
  if (!answered) tally.misses.push({ query: q.query, expect: q.expect, got: got.slice(0, 3) });
}

const empty = (): Tally => ({ total: 0, top1: 0, top3: 0, misses: [] });

/** Per kind, and for the groups the targets speak of ("names+typos", "answerable", "role+deed"). */
export function scoreQuerySet(search: Search, queries: SetQuery[] = QUERIES): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  const groups: [string, (kind: QueryKind) => boolean][] = [
    ['names+typos', (k) => NAME_KINDS.includes(k) || TYPO_KINDS.includes(k)],
    ['role+deed', (k) => QUESTION_KINDS.includes(k)],
    ['answerable', (k) => k !== 'none'],
  ];
  for (const q of queries) {
    const got = search(q.query);
    for (const name of [q.kind, ...groups.filter(([, has]) => has(q.kind)).map(([n]) => n)]) {
      if (!tallies.has(name)) tallies.set(name, empty());
      add(tallies.get(name)!, q, got);
    }
  }
  return tallies;
}

export function formatTallies(tallies: Map<string, Tally>): string {
  const rows = [...tallies].map(
    ([kind, t]) => `${kind.padEnd(12)} ${String(t.total).padStart(4)}  top-1 ${(t.top1 / t.total).toFixed(2)}  top-3 ${(t.top3 / t.total).toFixed(2)}`,
  );
  return ['kind          n   accuracy', ...rows].join('\n');
}
