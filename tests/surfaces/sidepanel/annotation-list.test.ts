import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../lib/platform/annotations/model';
import type { PageRecord } from '../../../lib/platform/annotations/store';
import { buildRows, filterRows, groupRows } from '../../../lib/surfaces/sidepanel/annotation-list';

const names: Record<string, string> = { openai: 'OpenAI', 'claude-code': 'Claude Code' };
const entityName = (id: string) => names[id] ?? id;

function make(exact: string, note: string, tags: string[], entityIds: string[], day: number) {
  return createAnnotation({
    source: 'x',
    selectors: [{ type: 'TextQuoteSelector', exact }],
    content: { note, tags, entityIds },
    now: new Date(Date.UTC(2026, 0, day)),
  });
}

const a = make('Codex in the cloud', 'Cloud agent', ['agents'], ['openai'], 1);
const b = make('Claude Code as a CLI', 'Terminal first', ['agents', 'cli'], ['claude-code', 'openai'], 3);
const c = make('Cursor grew fast', 'Café growth', [], [], 2);
const records: PageRecord[] = [
  { url: 'https://one.example/a', title: 'One', annotations: [a, b], orphans: [b.id] },
  { url: 'https://two.example/b', title: 'Two', annotations: [c] },
];

describe('the side panel list', () => {
  const rows = buildRows(records, entityName);

  it('flattens pages to rows, newest first, with orphans marked', () => {
    expect(rows.map((r) => r.quote)).toEqual(['Claude Code as a CLI', 'Cursor grew fast', 'Codex in the cloud']);
    expect(rows.map((r) => r.orphan)).toEqual([true, false, false]);
  });

  it('searches every field, all words, ignoring case and accents', () => {
    expect(filterRows(rows, 'cafe').map((r) => r.quote)).toEqual(['Cursor grew fast']);
    expect(filterRows(rows, 'OPENAI cli').map((r) => r.quote)).toEqual(['Claude Code as a CLI']);
    expect(filterRows(rows, 'two.example').map((r) => r.quote)).toEqual(['Cursor grew fast']);
    expect(filterRows(rows, '  ')).toHaveLength(3);
    expect(filterRows(rows, 'kubernetes')).toEqual([]);
  });

  it('groups by page, by entity and by tag', () => {
    expect(groupRows(rows, 'page', entityName).map((g) => [g.label, g.rows.length])).toEqual([
      ['One', 2],
      ['Two', 1],
    ]);
    expect(groupRows(rows, 'entity', entityName).map((g) => [g.label, g.rows.length])).toEqual([
      ['OpenAI', 2],
      ['Claude Code', 1],
      ['No entity', 1],
    ]);
    expect(groupRows(rows, 'tag', entityName).map((g) => [g.label, g.rows.length])).toEqual([
      ['#agents', 2],
      ['#cli', 1],
      ['No tag', 1],
    ]);
  });
});
