import { describe, expect, test } from 'vitest';
import mini from '../../fixtures/mini-dataset.json';
import {
  formatDatasetErrors,
  validateDataset,
  validateDatasetText,
  type DatasetError,
} from '../../../lib/core/dataset/validate';
import type { Dataset } from '../../../lib/core/dataset/types';

/** A small valid dataset; each test breaks one thing in a copy. */
function base(): Dataset {
  return {
    version: '2026-11-21',
    contextTerms: ['ai', 'coding agent', 'developer'],
    sources: [
      { id: 'src-a', title: 'Article A', publisher: 'Publisher A', date: '2026-02' },
      { id: 'src-b', title: 'Article B', publisher: 'Publisher B' },
    ],
    entities: [
      {
        id: 'openai',
        type: 'company',
        name: 'OpenAI',
        aliases: [{ text: 'OpenAI' }],
        summary: 'AI company.',
        facts: [{ id: 'openai-demo', text: 'Showed Codex in 2021.', date: '2021', sources: ['src-a'], importance: 1 }],
        related: [{ id: 'codex', relation: 'makes' }],
      },
      {
        id: 'codex',
        type: 'product',
        name: 'OpenAI Codex',
        aliases: [{ text: 'OpenAI Codex' }, { text: 'Codex', caseSensitive: true, requires: 'context' }],
        summary: 'Coding agent.',
        facts: [
          {
            id: 'codex-revenue',
            text: 'Reports differ: $1 billion or $10 billion.',
            date: '2026-01',
            sources: ['src-a', 'src-b'],
            disputed: {
              note: 'Decimal slip.',
              claims: [
                {
                  text: '$1 billion',
                  sources: ['src-a'],
                  figures: [{ value: 1e9, unit: 'USD', measure: 'annualized revenue', subject: 'codex', sources: ['src-a'] }],
                },
                {
                  text: '$10 billion',
                  sources: ['src-b'],
                  figures: [{ value: 1e10, unit: 'USD', measure: 'annualized revenue', subject: 'codex', sources: ['src-b'] }],
                },
              ],
            },
          },
        ],
        related: [{ id: 'openai', relation: 'made by' }],
      },
      {
        id: 'sam-altman',
        type: 'person',
        name: 'Sam Altman',
        aliases: [{ text: 'Sam Altman' }, { text: 'Altman', caseSensitive: true, requires: 'full-name' }],
        summary: 'CEO of OpenAI.',
        roles: [{ title: 'CEO', org: 'openai', from: '2019', sources: ['src-a'] }],
        facts: [
          { id: 'altman-quote', text: '"First to market is worth a lot."', quoteBy: 'sam-altman', sources: ['src-a'], importance: 2 },
        ],
        related: [{ id: 'openai', relation: 'works at' }],
      },
    ],
  };
}

function errorsOf(data: unknown): DatasetError[] {
  const result = validateDataset(data, 'assets/dataset.json');
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors;
}

/** Exactly one error, at `path`, whose message contains each of `parts`. */
function expectOneError(data: unknown, path: string, ...parts: string[]) {
  const errors = errorsOf(data);
  expect(errors.map((e) => e.path), formatDatasetErrors(errors)).toEqual([path]);
  expect(errors[0]!.file).toBe('assets/dataset.json');
  for (const part of parts) expect(errors[0]!.message).toContain(part);
}

function broken(change: (d: Dataset) => void): Dataset {
  const d = base();
  change(d);
  return d;
}
const loose = (d: Dataset) => d as unknown as Record<string, any>;

describe('valid input', () => {
  test('the small dataset validates and comes back typed', () => {
    const result = validateDataset(base());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.entities.length).toBe(3);
  });

  test('the shared test fixture validates', () => {
    const result = validateDataset(mini, 'tests/fixtures/mini-dataset.json');
    expect(result.ok ? '' : formatDatasetErrors(result.errors)).toBe('');
  });

  test('a leap day is a real date', () => {
    expect(validateDataset(broken((d) => (d.entities[0]!.facts[0]!.date = '2024-02-29'))).ok).toBe(true);
  });

  test('two entities may share an alias when both need context or a full name', () => {
    const d = broken((d) => {
      d.entities[2]!.aliases.push({ text: 'Codex', caseSensitive: true, requires: 'full-name' });
    });
    expect(validateDataset(d).ok).toBe(true);
  });

  test('"WIRED" and "Wired" may both be listed, as case-sensitive spellings', () => {
    const d = broken((d) => {
      d.entities[0]!.aliases.push({ text: 'OPENAI', caseSensitive: true }, { text: 'Openai', caseSensitive: true, requires: 'context' });
      d.entities[0]!.aliases.shift();
    });
    expect(validateDataset(d).ok).toBe(true);
  });
});

describe('malformed shapes (JSON Schema)', () => {
  test('not an object', () => {
    expectOneError(null, '', 'expected an object, found null');
    expectOneError([], '', 'expected an object, found an array of 0 items');
    expectOneError('dataset', '', 'expected an object, found the string "dataset"');
  });

  test('missing top-level property', () => {
    expectOneError(broken((d) => delete loose(d).entities), '', 'missing required property "entities"');
  });

  test('missing entity property', () => {
    expectOneError(broken((d) => delete loose(d).entities[1].summary), '/entities/1', 'missing required property "summary"');
  });

  test('unexpected property', () => {
    expectOneError(
      broken((d) => (loose(d).entities[0].colour = 'green')),
      '/entities/0/colour',
      'unexpected property "colour"',
      'allowed here: id, type, name, peripheral, aliases, summary, roles, facts, related',
    );
  });

  test('wrong type', () => {
    expectOneError(broken((d) => (loose(d).entities[0].aliases = 'OpenAI')), '/entities/0/aliases', 'expected an array, found the string "OpenAI"');
    expectOneError(broken((d) => (loose(d).entities[1].facts[0].disputed.claims[0].figures[0].value = '1e9')), '/entities/1/facts/0/disputed/claims/0/figures/0/value', 'expected a number, found the string "1e9"');
  });

  test('id not kebab-case', () => {
    expectOneError(broken((d) => (d.entities[0]!.id = 'Open_AI')), '/entities/0/id', 'expected a kebab-case id', 'found the string "Open_AI"');
  });

  test('unknown entity type', () => {
    expectOneError(broken((d) => (loose(d).entities[0].type = 'compnay')), '/entities/0/type', 'expected one of "person", "company", "product", "model", "team", "event", "deal", "concept", found the string "compnay"');
  });

  test('empty or blank strings', () => {
    expectOneError(broken((d) => (d.entities[0]!.summary = '')), '/entities/0/summary', 'expected a non-empty string, found the string ""');
    expectOneError(broken((d) => (d.entities[0]!.summary = '   ')), '/entities/0/summary', 'expected a non-empty string, found the string "   "');
    expectOneError(broken((d) => (d.entities[0]!.aliases[0]!.text = ' OpenAI')), '/entities/0/aliases/0/text', 'without leading or trailing spaces');
  });

  test('entity without aliases', () => {
    expectOneError(broken((d) => (d.entities[0]!.aliases = [])), '/entities/0/aliases', 'expected at least one alias, found an array of 0 items');
  });

  test('fact without sources', () => {
    expectOneError(broken((d) => (d.entities[0]!.facts[0]!.sources = [])), '/entities/0/facts/0/sources', 'expected a non-empty list of distinct source ids, found an array of 0 items');
  });

  test('the same source twice in a list', () => {
    expectOneError(broken((d) => (d.entities[0]!.facts[0]!.sources = ['src-a', 'src-a'])), '/entities/0/facts/0/sources/1', 'expected distinct items, found "src-a" more than once');
  });

  test('importance out of range', () => {
    expectOneError(broken((d) => (loose(d).entities[0].facts[0].importance = 4)), '/entities/0/facts/0/importance', 'expected one of 1, 2, 3, found the number 4');
  });

  test('bad alias requirement', () => {
    expectOneError(broken((d) => (loose(d).entities[1].aliases[1].requires = 'nearby')), '/entities/1/aliases/1/requires', 'expected one of "none", "context", "full-name"');
  });

  test('disputed fact with a single claim', () => {
    expectOneError(broken((d) => d.entities[1]!.facts[0]!.disputed!.claims.pop()), '/entities/1/facts/0/disputed/claims', 'expected at least two claims');
  });

  test('date not in ISO form', () => {
    expectOneError(broken((d) => (d.entities[0]!.facts[0]!.date = '2025/02')), '/entities/0/facts/0/date', 'expected an ISO 8601 date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD, found the string "2025/02"');
    expectOneError(broken((d) => (d.entities[0]!.facts[0]!.date = 'late 2022')), '/entities/0/facts/0/date', 'found the string "late 2022"');
  });

  test('uppercase context term', () => {
    expectOneError(broken((d) => d.contextTerms.push('LLM')), '/contextTerms/3', 'expected a lowercase term', 'found the string "LLM"');
  });

  test('several problems are all reported, in document order', () => {
    const errors = errorsOf(
      broken((d) => {
        d.entities[0]!.summary = '';
        loose(d).entities[2].type = 'human';
        delete loose(d).sources[1].title;
      }),
    );
    expect(errors.map((e) => e.path)).toEqual(['/sources/1', '/entities/0/summary', '/entities/2/type']);
  });
});

describe('invariants beyond the schema', () => {
  test('unknown source id lists the known ones', () => {
    expectOneError(
      broken((d) => d.entities[0]!.facts[0]!.sources.push('foo')),
      '/entities/0/facts/0/sources/1',
      'unknown source id "foo" (expected one of: "src-a", "src-b")',
    );
  });

  test('unknown related id suggests the closest ones', () => {
    expectOneError(broken((d) => (d.entities[1]!.related[0]!.id = 'opneai')), '/entities/1/related/0/id', 'unknown entity id "opneai"', '"openai"');
  });

  test('unknown role org, quote speaker and figure subject', () => {
    expectOneError(broken((d) => (d.entities[2]!.roles![0]!.org = 'open-ai')), '/entities/2/roles/0/org', 'unknown entity id "open-ai"');
    expectOneError(broken((d) => (d.entities[2]!.facts[0]!.quoteBy = 'altman')), '/entities/2/facts/0/quoteBy', 'unknown entity id "altman"');
    expectOneError(
      broken((d) => (d.entities[1]!.facts[0]!.disputed!.claims[1]!.figures![0]!.subject = 'openai-codex')),
      '/entities/1/facts/0/disputed/claims/1/figures/0/subject',
      'unknown entity id "openai-codex"',
    );
  });

  test('role org that is not an organisation', () => {
    expectOneError(broken((d) => (d.entities[2]!.roles![0]!.org = 'codex')), '/entities/2/roles/0/org', 'expected the id of a company or team, found "codex", which is a product');
  });

  test('duplicate entity id', () => {
    expectOneError(
      broken((d) => d.entities.push({ id: 'codex', type: 'product', name: 'Codex CLI', aliases: [{ text: 'Codex CLI' }], summary: 'Tool.', facts: [], related: [] })),
      '/entities/3/id',
      'duplicate entity id "codex" (already used at /entities/1/id)',
    );
  });

  test('duplicate fact id, even on another entity', () => {
    expectOneError(broken((d) => (d.entities[2]!.facts[0]!.id = 'openai-demo')), '/entities/2/facts/0/id', 'duplicate fact id "openai-demo" (already used at /entities/0/facts/0/id)');
  });

  test('duplicate source id', () => {
    expectOneError(
      broken((d) => d.sources.push({ id: 'src-a', title: 'Another article', publisher: 'Publisher C' })),
      '/sources/2/id',
      'duplicate source id "src-a" (already used at /sources/0/id)',
    );
  });

  test('dates must be real', () => {
    expectOneError(broken((d) => (d.entities[0]!.facts[0]!.date = '2025-13')), '/entities/0/facts/0/date', 'expected a month from 01 to 12, found "13" in "2025-13"');
    expectOneError(broken((d) => (d.entities[0]!.facts[0]!.date = '2025-02-29')), '/entities/0/facts/0/date', 'expected a day from 01 to 28 for 2025-02, found "29"');
    expectOneError(broken((d) => (d.sources[0]!.date = '2026-00')), '/sources/0/date', 'expected a month from 01 to 12, found "00"');
    expectOneError(broken((d) => (d.version = '2026-11-31')), '/version', 'expected a day from 01 to 30 for 2026-11');
  });

  test('role that ends before it starts', () => {
    expectOneError(broken((d) => (d.entities[2]!.roles![0]!.to = '2018')), '/entities/2/roles/0/to', 'expected "to" on or after "from" (2019), found 2018');
  });

  test('alias claimed by two entities', () => {
    expectOneError(
      broken((d) => d.entities[2]!.aliases.push({ text: 'openai' })),
      '/entities/2/aliases/2/text',
      'alias "openai" of entity "sam-altman" conflicts with alias "OpenAI" of entity "openai" at /entities/0/aliases/0/text',
    );
    // One side matching anywhere is enough to conflict.
    expectOneError(
      broken((d) => d.entities[2]!.aliases.push({ text: 'Codex', caseSensitive: true })),
      '/entities/2/aliases/2/text',
      'conflicts with alias "Codex" of entity "codex"',
    );
  });

  test('same alias twice in one entity', () => {
    expectOneError(broken((d) => d.entities[0]!.aliases.push({ text: 'openai' })), '/entities/0/aliases/1/text', 'duplicate alias "openai" in entity "openai"');
  });

  test('context term that is itself a context-requiring alias', () => {
    expectOneError(broken((d) => d.contextTerms.push('codex')), '/contextTerms/3', 'context term "codex" is itself the alias "Codex" of entity "codex"');
  });

  test('disputed fact whose sources differ from its claims', () => {
    expectOneError(
      broken((d) => (d.entities[1]!.facts[0]!.sources = ['src-a'])),
      '/entities/1/facts/0/disputed/claims/1/sources/0',
      'source "src-b" is not among the sources of the disputed fact',
    );
    expectOneError(
      broken((d) => {
        const claims = d.entities[1]!.facts[0]!.disputed!.claims;
        claims[1]!.sources = ['src-a'];
        claims[1]!.figures![0]!.sources = ['src-a'];
      }),
      '/entities/1/facts/0/sources/1',
      'source "src-b" of a disputed fact is not cited by any of its claims',
    );
  });

  test('figure citing a source its fact does not', () => {
    expectOneError(
      broken((d) => (d.entities[1]!.facts[0]!.disputed!.claims[0]!.figures![0]!.sources = ['src-b'])),
      '/entities/1/facts/0/disputed/claims/0/figures/0/sources/0',
      'source "src-b" is not among the sources of the claim',
    );
  });

  test('quote fact without quotation marks', () => {
    expectOneError(broken((d) => (d.entities[2]!.facts[0]!.text = 'First to market is worth a lot.')), '/entities/2/facts/0/text', 'expected the quote in quotation marks');
  });

  test('entity related to itself, or twice the same way', () => {
    expectOneError(broken((d) => d.entities[0]!.related.push({ id: 'openai', relation: 'is' })), '/entities/0/related/1/id', 'an entity cannot be related to itself');
    expectOneError(broken((d) => d.entities[0]!.related.push({ id: 'codex', relation: 'makes' })), '/entities/0/related/1', 'duplicate relation "makes" to "codex"');
  });
});

describe('reporting', () => {
  test('never throws, whatever it is given', () => {
    for (const input of [undefined, 42, 'x', [], {}, { entities: {} }, { version: 1, contextTerms: [1], sources: [{}], entities: [null] }]) {
      expect(() => validateDataset(input)).not.toThrow();
      expect(validateDataset(input).ok).toBe(false);
    }
  });

  test('malformed JSON text becomes an error too', () => {
    const result = validateDatasetText('{"version": "2026", ', 'my-import.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ file: 'my-import.json', path: '' });
      expect(result.errors[0]!.message).toMatch(/^expected valid JSON, found a syntax error: /);
    }
  });

  test('formatDatasetErrors gives one line per error: file, pointer, message', () => {
    const errors = errorsOf(broken((d) => d.entities[0]!.facts[0]!.sources.push('foo')));
    expect(formatDatasetErrors(errors)).toBe(
      'assets/dataset.json: /entities/0/facts/0/sources/1: unknown source id "foo" (expected one of: "src-a", "src-b")',
    );
    expect(formatDatasetErrors([{ file: 'f.json', path: '', message: 'expected an object,\nfound null' }])).toBe(
      'f.json: (document): expected an object, found null',
    );
  });

  test('the file name is the one given', () => {
    const result = validateDataset(null, 'extra.json');
    expect(!result.ok && result.errors[0]!.file).toBe('extra.json');
    expect(!validateDataset(null).ok && (validateDataset(null) as { errors: DatasetError[] }).errors[0]!.file).toBe('assets/dataset.json');
  });
});

describe('odd property names', () => {
  test('pointers escape "/" and "~" and survive "%"', () => {
    const d = base() as unknown as Record<string, any>;
    d.entities[0]['a/b~c%'] = 1;
    const errors = errorsOf(d);
    expect(errors.map((e) => e.path)).toEqual(['/entities/0/a~1b~0c%']);
    expect(errors[0]!.message).toContain('unexpected property "a/b~c%"');
  });
});
