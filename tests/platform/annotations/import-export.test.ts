import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportFile, toCsv, toJsonLd, toMarkdown } from '../../../lib/platform/annotations/export';
import { IMPORT_LIMITS, parseAnnotationImport } from '../../../lib/platform/annotations/import';
import { createAnnotation, type Annotation } from '../../../lib/platform/annotations/model';

function sample(n: number, extra: Partial<{ note: string; tags: string[]; exact: string }> = {}): Annotation {
  return createAnnotation({
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    source: `https://example.com/story-${n % 2}`,
    title: `Story ${n % 2}`,
    selectors: [
      { type: 'TextQuoteSelector', exact: extra.exact ?? `quote number ${n}`, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: n * 10, end: n * 10 + 14 },
    ],
    content: { note: extra.note ?? `Note ${n} with **markdown**`, tags: extra.tags ?? ['race', 'agents'], entityIds: ['openai'] },
    now: new Date(Date.UTC(2026, 0, n + 1)),
  });
}

const names = (id: string) => ({ openai: 'OpenAI' })[id];

describe('export then import', () => {
  it('gives back the same annotations', () => {
    const annotations = [sample(1), sample(2), sample(3, { note: '', tags: [] })];
    const parsed = parseAnnotationImport(toJsonLd(annotations));
    expect(parsed).toEqual({ ok: true, annotations });
  });

  it('writes a W3C AnnotationCollection', () => {
    const collection = JSON.parse(toJsonLd([sample(1)], { now: new Date('2026-11-21T00:00:00Z') }));
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0, items: [{ type: 'Annotation' }] },
    });
  });

  it('reads a single annotation, a bare array and an AnnotationPage too', () => {
    const a = sample(1);
    for (const shape of [a, [a], { type: 'AnnotationPage', items: [a] }]) {
      expect(parseAnnotationImport(JSON.stringify(shape))).toEqual({ ok: true, annotations: [a] });
    }
  });
});

describe('what the extension saves imports back', () => {
  // Direction marks and isolates as social sites put them around user names, an override, a control
  // character the DOM allows in a text node, and a quote longer than any limit a person would meet.
  const pageText = (n: number) => `\u2068@user${n}\u2069 wrote \u202Eevil\u202C and a\u0007b`;

  it('takes the page’s own text as the page had it, and a long quote, whole', () => {
    const long = 'Claude Code '.repeat(10_000);
    const a = sample(1, { exact: pageText(1) });
    (a.target.selector[0] as { prefix?: string }).prefix = pageText(2);
    const b = sample(2, { exact: long });
    (b.target as { title?: string }).title = `${pageText(3)} | Site`;
    const parsed = parseAnnotationImport(toJsonLd([a, b]));
    expect(parsed).toEqual({ ok: true, annotations: [a, b] });
  });

  it('drops the invisible direction and control characters from notes and tags, keeping the words', () => {
    const a = sample(1, { note: 'safe \u202Egnp.exe\u202C from \u2068@someone\u2069', tags: ['\u2068agents\u2069', '\u2068\u2069'] });
    const parsed = parseAnnotationImport(toJsonLd([a]));
    expect(parsed.ok).toBe(true);
    const bodies = parsed.ok ? parsed.annotations[0].body : [];
    expect(bodies).toContainEqual(expect.objectContaining({ purpose: 'commenting', value: 'safe gnp.exe from @someone' }));
    // A tag of nothing but such characters is left out.
    expect(bodies.filter((b) => b.purpose === 'tagging')).toEqual([expect.objectContaining({ value: 'agents' })]);
  });

  it('cuts a page title past its limit rather than refusing the file', () => {
    const a = sample(1);
    (a.target as { title?: string }).title = 'T'.repeat(IMPORT_LIMITS.title + 50);
    const parsed = parseAnnotationImport(toJsonLd([a]));
    expect(parsed.ok && parsed.annotations[0].target.title).toBe(`${'T'.repeat(IMPORT_LIMITS.title - 1)}\u2026`);
  });
});

describe('Markdown export', () => {
  it('groups by page with quote, note, tags, entities and a link back', () => {
    const md = toMarkdown([sample(1, { tags: ['coding agents'] }), sample(3)], { entityName: names });
    expect(md).toContain('## [Story 1](https://example.com/story-1)');
    expect(md).toContain('> quote number 1');
    expect(md).toContain('Note 1 with **markdown**');
    expect(md).toContain('Tags: #coding-agents');
    expect(md).toContain('Entities: [[OpenAI]]');
    expect(md).toContain('[Open on page](https://example.com/story-1#:~:text=quote%20number%201)');
    expect(md.match(/^## /gm)).toHaveLength(1);
  });
});

describe('CSV export', () => {
  it('has one row per annotation under the columns highlight tools import', () => {
    const csv = toCsv([sample(1), sample(2, { note: 'He said, "ship it"\nthen left' })], { entityName: names });
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toBe('Highlight,Note,Tags,URL,Title,Date,Modified,Entities,Location,ID');
    expect(lines[1]).toBe(
      'quote number 1,Note 1 with **markdown**,"race, agents",https://example.com/story-1,Story 1,2026-01-02T00:00:00.000Z,2026-01-02T00:00:00.000Z,OpenAI,10,urn:uuid:00000000-0000-4000-8000-000000000001',
    );
    expect(csv).toContain('"He said, ""ship it""\nthen left"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([sample(1, { exact: '=HYPERLINK("http://evil")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('names files by format', () => {
    const now = new Date('2026-11-21T00:00:00Z');
    expect(exportFile('csv', [], { now }).filename).toBe('ai-industry-lens-annotations-2026-11-21.csv');
    expect(exportFile('markdown', [], { now }).mimeType).toBe('text/markdown');
    expect(exportFile('jsonld', [], { now }).filename.endsWith('.jsonld')).toBe(true);
  });
});

describe('bad import files are refused with a message naming the problem', () => {
  const good = () => JSON.parse(toJsonLd([sample(1), sample(2)]));
  const refused = (text: string) => {
    const result = parseAnnotationImport(text);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.error;
  };

  it('not JSON', () => {
    expect(refused('# My notes\n- not json')).toMatch(/not JSON/);
    expect(refused('')).toMatch(/not JSON/);
  });

  it('JSON of the wrong shape', () => {
    expect(refused('42')).toMatch(/not an object/);
    expect(refused('{"type":"Collection","items":[]}')).toMatch(/not a W3C annotation collection.*"Collection"/);
    expect(refused('{"type":"AnnotationCollection","first":"https://elsewhere/page1"}')).toMatch(/first\.items/);
    const noQuote = good();
    noQuote.first.items[1].target.selector = [{ type: 'TextPositionSelector', start: 1, end: 2 }];
    expect(refused(JSON.stringify(noQuote))).toMatch(/first\.items\[1\]\.target\.selector has no TextQuoteSelector/);
    const noId = good();
    delete noId.first.items[0].id;
    expect(refused(JSON.stringify(noId))).toMatch(/first\.items\[0\]\.id must be a string \(it is missing\)/);
    const badDate = good();
    badDate.first.items[0].created = 'yesterday';
    expect(refused(JSON.stringify(badDate))).toMatch(/created is not a date/);
    const badPosition = good();
    badPosition.first.items[0].target.selector[1] = { type: 'TextPositionSelector', start: 9, end: 2 };
    expect(refused(JSON.stringify(badPosition))).toMatch(/start <= end/);
  });

  it('huge files and huge fields', () => {
    expect(refused(' '.repeat(IMPORT_LIMITS.bytes + 1))).toMatch(/imports are limited to 20 MB/);
    const longNote = good();
    longNote.first.items[0].body[0].value = 'x'.repeat(IMPORT_LIMITS.note + 1);
    expect(refused(JSON.stringify(longNote))).toMatch(/body\[0\]\.value is 1,000,001 characters long/);
    const deep: unknown[] = [];
    let cursor = deep;
    for (let i = 0; i < 50; i++) cursor.push((cursor = []));
    expect(refused(JSON.stringify(deep))).toMatch(/nested more than/);
  });

  it('hostile strings', () => {
    const script = good();
    script.first.items[0].target.source = 'javascript:alert(1)';
    expect(refused(JSON.stringify(script))).toMatch(/target\.source uses "javascript:"/);
    const bidiId = good();
    bidiId.first.items[0].id = 'urn:uuid:\u202Eabc';
    expect(refused(JSON.stringify(bidiId))).toMatch(/\.id contains control or text-direction characters/);
    expect(refused('{"type":"AnnotationCollection","__proto__":{"polluted":true}}')).toMatch(/key named "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const entity = good();
    entity.first.items[0].body.push({ type: 'SpecificResource', purpose: 'identifying', source: 'https://evil.example/x' });
    expect(refused(JSON.stringify(entity))).toMatch(/must be an entity IRI/);
  });

  it('keeps markup in notes as text (it is never rendered as HTML)', () => {
    const markup = good();
    markup.first.items[0].body[0].value = '<img src=x onerror=alert(1)>';
    const result = parseAnnotationImport(JSON.stringify(markup));
    expect(result.ok && result.annotations[0].body[0]).toMatchObject({ value: '<img src=x onerror=alert(1)>' });
  });
});
