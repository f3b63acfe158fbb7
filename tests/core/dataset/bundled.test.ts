import { describe, expect, test } from 'vitest';
import raw from '../../../assets/dataset.json';
import { bundledDataset, entityById } from '../../../lib/core/dataset/load';
import { formatDatasetErrors, validateDataset } from '../../../lib/core/dataset/validate';
import type { Alias } from '../../../lib/core/dataset/types';
import { seedHashes } from './helpers';

const byId = entityById(bundledDataset);
const entity = (id: string) => {
  const e = byId.get(id);
  if (!e) throw new Error(`no entity "${id}"`);
  return e;
};
const allFacts = bundledDataset.entities.flatMap((e) => e.facts.map((f) => ({ entity: e, fact: f })));

describe('assets/dataset.json', () => {
  test('validates against the schema and every invariant', () => {
    const result = validateDataset(raw, 'assets/dataset.json');
    expect(result.ok ? '' : formatDatasetErrors(result.errors)).toBe('');
  });

  test('has one source per seed article, each pointing at its file', () => {
    expect(bundledDataset.sources.map((s) => s.id)).toEqual([
      'wired-blockbeats',
      'wired-summary',
      'curated-summary',
      'codex-vs-opus-analysis',
    ]);
    for (const source of bundledDataset.sources) {
      expect(source.file, source.id).toBeTruthy();
      expect(seedHashes().files[source.file!], `${source.file} has seed hashes`).toBeDefined();
      expect(source.note, source.id).toBeTruthy();
    }
  });

  test('every source is cited by facts', () => {
    const cited = new Set(allFacts.flatMap(({ fact }) => fact.sources));
    for (const source of bundledDataset.sources) expect(cited.has(source.id), source.id).toBe(true);
  });

  test('has 20–60 lowercase context terms', () => {
    const terms = bundledDataset.contextTerms;
    expect(terms.length).toBeGreaterThanOrEqual(20);
    expect(terms.length).toBeLessThanOrEqual(60);
    for (const term of terms) expect(term).toBe(term.toLowerCase());
  });

  test('every fact has at least one source and an importance', () => {
    for (const { entity: e, fact } of allFacts) {
      expect(fact.sources.length, `${e.id}/${fact.id}`).toBeGreaterThan(0);
      expect([1, 2, 3], `${e.id}/${fact.id}`).toContain(fact.importance);
    }
  });

  test('every entity has an alias, a summary and at least one fact', () => {
    for (const e of bundledDataset.entities) {
      expect(e.aliases.length, e.id).toBeGreaterThan(0);
      expect(e.summary.length, e.id).toBeGreaterThan(0);
      expect(e.facts.length, e.id).toBeGreaterThan(0);
    }
  });

  test('every entity but the trivia leads with a headline or notable fact', () => {
    for (const e of bundledDataset.entities) {
      const best = Math.min(...e.facts.map((f) => f.importance ?? 2));
      expect(best, e.id).toBeLessThanOrEqual(3);
    }
    expect(allFacts.filter(({ fact }) => fact.importance === 1).length).toBeGreaterThan(20);
  });

  test('every person has a role with sources', () => {
    for (const e of bundledDataset.entities.filter((x) => x.type === 'person')) {
      expect(e.roles?.length ?? 0, `${e.id} has no role`).toBeGreaterThan(0);
      for (const role of e.roles!) expect(role.sources.length, e.id).toBeGreaterThan(0);
    }
  });

  test('names every person, company, product and model of the articles', () => {
    const expected = {
      person: [
        'sam-altman', 'greg-brockman', 'andrey-mishchenko', 'thibault-sottiaux', 'alexander-embiricos',
        'george-pickett', 'simon-last', 'jeetu-patel', 'amelia-glaese', 'steven-levy', 'maxwell-zeff',
        'peggy', 'mark-jayson-quines', 'mikhail-nilov',
      ],
      company: [
        'openai', 'anthropic', 'microsoft', 'github', 'google', 'google-deepmind', 'cursor', 'windsurf',
        'cognition', 'notion', 'cisco', 'midas-project', 'midjourney', 'wired', 'blockbeats',
        'wall-street-journal', 'pexels',
      ],
      product: ['claude-code', 'codex', 'github-copilot', 'chatgpt', 'jam', 'dota-2'],
      model: [
        'claude', 'claude-3-5-sonnet', 'claude-opus-4-6', 'gpt-3', 'gpt-4', 'gpt-5-2', 'gpt-5-3-codex',
        'openai-o1', 'openai-o3', 'dall-e-2',
      ],
      team: ['codex-team', 'codex-sprint-team'],
      deal: ['openai-windsurf-deal'],
      concept: ['ai-coding-agents', 'reverse-turing-test', 'vibe-coding', 'agi', 'reasoning-model'],
    };
    for (const [type, ids] of Object.entries(expected)) {
      for (const id of ids) expect(entity(id).type, id).toBe(type);
    }
  });

  test('the timeline of the articles is there, at the precision the articles give', () => {
    const dated = (entityId: string, date: string) => entity(entityId).facts.some((f) => f.date === date);
    expect(dated('codex', '2021')).toBe(true); // the first Codex demo
    expect(dated('github-copilot', '2022-06')).toBe(true);
    expect(dated('chatgpt', '2022-11')).toBe(true);
    expect(dated('codex-team', '2022')).toBe(true);
    expect(dated('openai', '2023')).toBe(true); // multimodal years; Anthropic leads enterprise by late 2023
    expect(dated('claude-3-5-sonnet', '2024-06')).toBe(true);
    expect(dated('codex', '2024-12')).toBe(true);
    expect(dated('openai-o3', '2025')).toBe(true);
    expect(dated('claude-code', '2025-02')).toBe(true);
    expect(dated('claude-code', '2025-05')).toBe(true);
    expect(dated('codex-sprint-team', '2025-03')).toBe(true);
    expect(dated('openai-windsurf-deal', '2025-07')).toBe(true);
    expect(dated('codex', '2025-08')).toBe(true);
    expect(dated('codex', '2025-09')).toBe(true);
    // The translated account's "last December" has no year in any source: those facts stay undated.
    for (const id of ['rtt-december-2025', 'brockman-december-2025', 'gpt-5-2-codex', 'codex-gpt-5-2', 'coding-agents-leap']) {
      const found = allFacts.find(({ fact }) => fact.id === id)!.fact;
      expect(found.date, id).toBeUndefined();
      expect(found.text, id).toMatch(/"last December" \(the translated account gives no year\)/);
    }
    expect(dated('codex', '2026-01')).toBe(true);
    expect(dated('gpt-5-3-codex', '2026-02')).toBe(true);
    expect(dated('claude-opus-4-6', '2026-02')).toBe(true);
    // No day is invented: no source gives one.
    expect(allFacts.filter(({ fact }) => /^\d{4}-\d{2}-\d{2}$/.test(fact.date ?? ''))).toEqual([]);
  });

  test('a dated fact says its date in its text, and a text naming one month carries that month', () => {
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const problems: string[] = [];
    for (const { entity: e, fact } of allFacts) {
      const texts = [fact.text, ...(fact.disputed?.claims.map((c) => c.text) ?? [])].join(' ');
      if (fact.date && !texts.includes(fact.date.slice(0, 4))) problems.push(`${e.id}/${fact.id}: date ${fact.date} not in text`);
      const monthYears = [...new Set([...fact.text.matchAll(new RegExp(`(${MONTHS.join('|')}) (\\d{4})`, 'g'))].map((m) => `${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}`))];
      const loneMonth = monthYears.length === 1 && !/\b(after|before|since|following|then)\b/i.test(fact.text);
      if (fact.date && loneMonth && fact.date !== monthYears[0] && !fact.disputed) {
        problems.push(`${e.id}/${fact.id}: text says ${monthYears[0]}, date is ${fact.date}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('an event repeated on several entities keeps the same date on each', () => {
    const sprint = allFacts.filter(({ fact }) => /sprint team/.test(fact.text) && /March 2025/.test(fact.text));
    expect(sprint.length).toBeGreaterThan(1);
    for (const { fact } of sprint) expect(fact.date).toBe('2025-03');
    const abandoned = allFacts.filter(({ fact }) => /(gave up|walked away|fell apart).*July 2025/.test(fact.text) && !/\bafter\b/.test(fact.text));
    expect(abandoned.length).toBeGreaterThan(1);
    for (const { fact } of abandoned) expect(fact.date, fact.id).toBe('2025-07');
  });
});

describe('disputes', () => {
  const disputed = allFacts.filter(({ fact }) => fact.disputed);

  test('Claude Code revenue: $2.5 billion (three sources) against $25 billion (the translation)', () => {
    const fact = entity('claude-code').facts.find((f) => f.id === 'claude-code-revenue')!;
    expect(fact.disputed).toBeDefined();
    const claims = fact.disputed!.claims;
    const low = claims.find((c) => c.figures?.some((f) => f.value === 2_500_000_000));
    const high = claims.find((c) => c.figures?.some((f) => f.value === 25_000_000_000));
    expect(low?.sources.sort()).toEqual(['codex-vs-opus-analysis', 'curated-summary', 'wired-summary']);
    expect(high?.sources).toEqual(['wired-blockbeats']);
    expect(fact.text).toMatch(/\$2\.5 billion/);
    expect(fact.text).toMatch(/\$25 billion/);
    expect(fact.sources.sort()).toEqual(['codex-vs-opus-analysis', 'curated-summary', 'wired-blockbeats', 'wired-summary']);
    // Neutral: the sources disagree; the dataset does not explain which one is right.
    expect(fact.disputed!.note).not.toMatch(/decimal|slip|mis-?render|likely|probably|\u4ebf/i);
  });

  test('Codex revenue: $1 billion against $10 billion', () => {
    const fact = entity('codex').facts.find((f) => f.id === 'codex-revenue')!;
    const claims = fact.disputed!.claims;
    expect(claims.find((c) => c.figures?.some((f) => f.value === 1_000_000_000))?.sources.sort()).toEqual([
      'curated-summary',
      'wired-summary',
    ]);
    expect(claims.find((c) => c.figures?.some((f) => f.value === 10_000_000_000))?.sources).toEqual(['wired-blockbeats']);
  });

  test('the other disagreements between the articles are kept as disputes too', () => {
    const ids = disputed.map(({ fact }) => fact.id).sort();
    expect(ids).toEqual(
      [
        'altman-first-mover-quote',
        'altman-multitrillion-quote',
        'anthropic-claude-code-revenue',
        'brockman-2021-quote',
        'brockman-anthropic-focus-quote',
        'brockman-lesson-quote',
        'claude-code-revenue',
        'codex-coding-teams',
        'codex-revenue',
        'codex-team-reassigned',
        'sonnet-name-order',
        'zeff-interviewees',
      ].sort(),
    );
  });

  test('a disputed fact cites exactly the union of its claims, each claim with its own sources', () => {
    for (const { fact } of disputed) {
      const union = new Set(fact.disputed!.claims.flatMap((c) => c.sources));
      expect([...union].sort(), fact.id).toEqual([...fact.sources].sort());
      expect(fact.disputed!.claims.length, fact.id).toBeGreaterThanOrEqual(2);
      for (const claim of fact.disputed!.claims) expect(claim.sources.length, fact.id).toBeGreaterThan(0);
    }
  });
});

describe('aliases', () => {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase();

  test('no alias text is claimed by two entities', () => {
    // The validator would allow a shared alias if both entities require context or a full name; the
    // bundled dataset needs none, so the list of documented exceptions is empty.
    const documentedShared: string[] = [];
    const owners = new Map<string, Set<string>>();
    for (const e of bundledDataset.entities) {
      for (const a of e.aliases) owners.set(fold(a.text), (owners.get(fold(a.text)) ?? new Set()).add(e.id));
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([text]) => text);
    expect(shared).toEqual(documentedShared);
  });

  const alias = (entityId: string, text: string): Alias => {
    const found = entity(entityId).aliases.find((a) => a.text === text);
    if (!found) throw new Error(`${entityId} has no alias "${text}"`);
    return found;
  };

  test('ordinary-word names need context and capitals', () => {
    for (const [id, text] of [
      ['cursor', 'Cursor'], ['windsurf', 'Windsurf'], ['codex', 'Codex'], ['jam', 'Jam'],
      ['github-copilot', 'Copilot'], ['notion', 'Notion'], ['claude', 'Claude'], ['cognition', 'Cognition'],
      ['agi', 'AGI'], ['openai-o1', 'o1'], ['openai-o3', 'o3'], ['wired', 'Wired'],
    ] as const) {
      expect(alias(id, text), `${id} "${text}"`).toMatchObject({ caseSensitive: true, requires: 'context' });
    }
  });

  test('surnames and bare model names count only after the full name', () => {
    for (const [id, text] of [
      ['sam-altman', 'Altman'], ['greg-brockman', 'Brockman'],
      ['thibault-sottiaux', 'Sottiaux'], ['alexander-embiricos', 'Embiricos'], ['andrey-mishchenko', 'Mishchenko'],
      ['george-pickett', 'Pickett'], ['jeetu-patel', 'Patel'], ['amelia-glaese', 'Glaese'],
      // A bare first name counts only once the page names her as the compiler ("compiled by Peggy").
      ['peggy', 'Peggy'],
      // "Sonnet" and "Opus" alone usually mean whichever version the page is about; they count for
      // these specific models only once the page has named them in full.
      ['claude-3-5-sonnet', 'Sonnet'], ['claude-opus-4-6', 'Opus'],
    ] as const) {
      expect(alias(id, text), `${id} "${text}"`).toMatchObject({ caseSensitive: true, requires: 'full-name' });
    }
  });

  test('distinctive names match anywhere, in any case', () => {
    for (const [id, text] of [
      ['claude-code', 'Claude Code'], ['openai', 'OpenAI'], ['codex', 'OpenAI Codex'],
      ['gpt-5-3-codex', 'GPT-5.3-Codex'], ['thibault-sottiaux', 'Thibault Sottiaux'], ['sam-altman', 'Sam Altman'],
      ['github-copilot', 'GitHub Copilot'], ['claude-opus-4-6', 'Claude Opus 4.6'], ['claude-3-5-sonnet', 'Claude 3.5 Sonnet'],
    ] as const) {
      const a = alias(id, text);
      expect(a.caseSensitive ?? false, `${id} "${text}"`).toBe(false);
      expect(a.requires ?? 'none', `${id} "${text}"`).toBe('none');
    }
  });

  test('"Anthropic" needs its capital ("the anthropic principle" is philosophy), and counts anywhere', () => {
    expect(alias('anthropic', 'Anthropic')).toMatchObject({ caseSensitive: true });
    expect(alias('anthropic', 'Anthropic').requires ?? 'none').toBe('none');
  });

  test('"Simon Last" has no bare-surname alias ("Last" is too common a word)', () => {
    expect(entity('simon-last').aliases.map((a) => a.text)).not.toContain('Last');
  });
});
