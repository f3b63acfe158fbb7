import { describe, expect, it } from 'vitest';
import { sourceDescription, sourceLabel } from '../../../lib/ui/facts';

describe('sourceLabel', () => {
  it('shows the publisher, or what kind of page an unattributed source is', () => {
    const base = { id: 's', title: 'A long article title' };
    expect(sourceLabel({ ...base, publisher: 'BlockBeats' })).toBe('BlockBeats');
    expect(sourceLabel({ ...base, publisher: 'Unattributed summary page' })).toBe('Summary');
    expect(sourceLabel({ ...base, publisher: 'Unattributed curated-summary page' })).toBe('Curated summary');
    expect(sourceLabel({ ...base, publisher: '' })).toBe('A long article title');
  });
});

describe('sourceDescription', () => {
  it('names the article in full, with the note for the tooltip only', () => {
    const source = { id: 's', title: 'Inside', publisher: 'The Wire Desk', author: 'A. Writer', date: '2025-07', note: 'translated' };
    const day = (d: string) => `<${d}>`;
    expect(sourceDescription(source, day)).toBe('“Inside”, The Wire Desk, A. Writer, <2025-07> (translated)');
    expect(sourceDescription(source, day, false)).toBe('“Inside”, The Wire Desk, A. Writer, <2025-07>');
  });
});
