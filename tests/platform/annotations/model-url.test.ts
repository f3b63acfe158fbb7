import { describe, expect, it } from 'vitest';
import {
  cleanTags,
  contentOf,
  createAnnotation,
  entityIdsOf,
  noteOf,
  tagsOf,
  updateAnnotation,
} from '../../../lib/platform/annotations/model';
import { normalizeUrl } from '../../../lib/platform/annotations/url';

describe('normalizeUrl', () => {
  it('drops fragments and tracking parameters so one article keeps one key', () => {
    expect(normalizeUrl('https://Example.com:443/story?utm_source=x&id=42&fbclid=abc#section-2')).toBe(
      'https://example.com/story?id=42',
    );
    expect(normalizeUrl('https://example.com/story?b=2&a=1&gclid=1&utm_medium=m')).toBe('https://example.com/story?a=1&b=2');
  });

  it('keeps parameters that select content, and leaves non-URLs alone', () => {
    expect(normalizeUrl('http://127.0.0.1:8080/a.html?late=1')).toBe('http://127.0.0.1:8080/a.html?late=1');
    expect(normalizeUrl('not a url')).toBe('not a url');
    expect(normalizeUrl('file:///home/me/doc.html#x')).toBe('file:///home/me/doc.html');
  });
});

describe('the W3C annotation model', () => {
  const selectors = [
    { type: 'TextQuoteSelector' as const, exact: 'Claude Code', prefix: 'released ', suffix: ' as' },
    { type: 'TextPositionSelector' as const, start: 10, end: 21 },
  ];

  it('has one body for the note, one per tag and one per entity', () => {
    const a = createAnnotation({
      source: 'https://example.com/a',
      title: 'A',
      selectors,
      content: { note: '  **Big** launch ', tags: ['launch', 'Launch', ' cli  tools '], entityIds: ['claude-code', 'claude-code'] },
      now: new Date('2026-05-01T10:00:00Z'),
    });
    expect(a).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-05-01T10:00:00.000Z',
      modified: '2026-05-01T10:00:00.000Z',
      target: { source: 'https://example.com/a', title: 'A', selector: selectors },
    });
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: '**Big** launch', format: 'text/markdown' },
      { type: 'TextualBody', purpose: 'tagging', value: 'launch' },
      { type: 'TextualBody', purpose: 'tagging', value: 'cli tools' },
      { type: 'SpecificResource', purpose: 'identifying', source: 'urn:ai-industry-lens:entity:claude-code' },
    ]);
    expect(contentOf(a)).toEqual({ note: '**Big** launch', tags: ['launch', 'cli tools'], entityIds: ['claude-code'] });
  });

  it('is a highlighting annotation without a note, and edits keep id and created time', () => {
    const a = createAnnotation({ source: 's', selectors, content: { note: '', tags: [], entityIds: [] }, now: new Date(0) });
    expect(a.motivation).toBe('highlighting');
    const b = updateAnnotation(a, { note: 'now a note', tags: ['t'], entityIds: ['openai'] }, new Date(1000));
    expect(b).toMatchObject({ id: a.id, created: a.created, modified: '1970-01-01T00:00:01.000Z', motivation: 'commenting' });
    expect([noteOf(b), tagsOf(b), entityIdsOf(b)]).toEqual(['now a note', ['t'], ['openai']]);
  });

  it('cleans tags: trimmed, collapsed, deduplicated ignoring case', () => {
    expect(cleanTags(['  a  b ', 'A B', '', 'c'])).toEqual(['a b', 'c']);
  });
});
