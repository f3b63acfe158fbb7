import { describe, expect, it } from 'vitest';
import { notesByEntity, notesForEntity, searchEntityNotes } from '../../../lib/platform/annotations/entity-notes';
import { createAnnotation } from '../../../lib/platform/annotations/model';
import type { PageRecord } from '../../../lib/platform/annotations/store';

function note(source: string, quote: string, text: string, entityIds: string[], day: string) {
  return createAnnotation({
    source,
    selectors: [{ type: 'TextQuoteSelector', exact: quote }],
    content: { note: text, tags: [], entityIds },
    now: new Date(`${day}T12:00:00Z`),
  });
}

const records: PageRecord[] = [
  {
    url: 'https://a.example/story',
    title: 'Story A',
    annotations: [
      note('https://a.example/story', 'Codex shipped', 'Compare with Claude Code launch', ['codex', 'claude-code'], '2026-03-01'),
      note('https://a.example/story', 'no entity here', 'loose thought', [], '2026-04-01'),
    ],
  },
  {
    url: 'https://b.example/other',
    title: '',
    annotations: [note('https://b.example/other', 'Claude Code revenue', 'Révénue doubled?', ['claude-code'], '2026-05-01')],
  },
];

describe('your notes about an entity', () => {
  it('gathers an entity’s notes from every page, newest first, with quote, note, page and date', () => {
    expect(notesForEntity(records, 'claude-code')).toEqual([
      expect.objectContaining({ url: 'https://b.example/other', quote: 'Claude Code revenue', note: 'Révénue doubled?', date: '2026-05-01T12:00:00.000Z' }),
      expect.objectContaining({ url: 'https://a.example/story', pageTitle: 'Story A', quote: 'Codex shipped', note: 'Compare with Claude Code launch' }),
    ]);
    expect(notesForEntity(records, 'claude-code', 1)).toHaveLength(1);
    expect(notesForEntity(records, 'nobody')).toEqual([]);
    expect([...notesByEntity(records).keys()].sort()).toEqual(['claude-code', 'codex']);
  });

  it('finds entities whose notes hold every word searched, case and accents aside', () => {
    const byEntity = notesByEntity(records);
    expect(searchEntityNotes(byEntity, 'revenue DOUBLED')).toEqual([{ entityId: 'claude-code', notes: [expect.objectContaining({ note: 'Révénue doubled?' })] }]);
    expect(searchEntityNotes(byEntity, 'compare launch').map((h) => h.entityId).sort()).toEqual(['claude-code', 'codex']);
    expect(searchEntityNotes(byEntity, 'loose')).toEqual([]); // a note linked to no entity names none
    expect(searchEntityNotes(byEntity, '   ')).toEqual([]);
  });
});
