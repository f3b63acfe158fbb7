/**
 * The corrections of issue 11, as data: every figure the articles qualify with its bound and the
 * sources that state it; facts that cite only the sources that say them; the cards' headline facts.
 */
import { describe, expect, test } from 'vitest';
import { bundledDataset, entityById } from '../../../lib/core/dataset/load';
import { figureBound } from '../../../lib/core/dataset/format';
import type { Fact, Figure, FigureBound } from '../../../lib/core/dataset/types';
import { allNames, parseFigures } from './helpers';

const W = 'wired-blockbeats';
const S = 'wired-summary';
const C = 'curated-summary';
const A = 'codex-vs-opus-analysis';

const byId = entityById(bundledDataset);
const facts = new Map<string, Fact>(bundledDataset.entities.flatMap((e) => e.facts.map((f) => [f.id, f] as const)));
const fact = (id: string) => {
  const found = facts.get(id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

/** "fact" for the fact's own figures, "fact#n" for those of its n-th disputed claim. */
function figuresAt(where: string): Figure[] {
  const [id, claim] = where.split('#');
  const f = fact(id!);
  return claim === undefined ? (f.figures ?? []) : (f.disputed!.claims[Number(claim)]!.figures ?? []);
}

// where, value, unit, bound, sources (sorted)
const FIGURES: [string, number, string, FigureBound, string[]][] = [
  ['claude-code-revenue#0', 2.5e9, 'USD', 'atLeast', [C]],
  ['claude-code-revenue#1', 25e9, 'USD', 'atLeast', [W]],
  ['anthropic-claude-code-revenue#0', 2.5e9, 'USD', 'atLeast', [C]],
  ['anthropic-claude-code-revenue#1', 25e9, 'USD', 'atLeast', [W]],
  ['anthropic-claude-code-revenue', 20, 'percent', 'about', [C, W]],
  ['claude-code-share-of-anthropic', 20, 'percent', 'about', [C, W]],
  ['codex-revenue#0', 1e9, 'USD', 'atLeast', [C]],
  ['codex-revenue#1', 10e9, 'USD', 'atLeast', [W]],
  ['claude-code-market-share', 50, 'percent', 'atLeast', [A]],
  ['claude-code-1b-run-rate', 1e9, 'USD', 'exactly', [A]],
  ['claude-code-pricing', 200, 'USD', 'exactly', [W]],
  ['claude-code-pricing', 1000, 'USD', 'atLeast', [W]],
  ['codex-pricing', 200, 'USD', 'exactly', [S, W]],
  ['codex-pricing', 1000, 'USD', 'atLeast', [S, W]],
  ['codex-usage-september-2025', 5, 'percent', 'about', [S, W]],
  ['codex-usage-january-2026', 40, 'percent', 'about', [S, W]],
  ['codex-enterprise-share', 20, 'percent', 'about', [A]],
  ['codex-enterprise-share', 21, 'percent', 'about', [A]],
  ['chatgpt-launch', 100e6, 'users', 'atLeast', [W]],
  ['openai-chasing-anthropic', 30, 'people', 'atLeast', [C, S, W]],
  ['zeff-feature', 30, 'people', 'atLeast', [W]],
  ['zeff-interviewees#0', 30, 'people', 'atLeast', [S]],
  ['zeff-interviewees#1', 30, 'people', 'atLeast', [W]],
  ['zeff-interviewees#2', 30, 'people', 'atLeast', [C]],
  ['openai-windsurf-attempt', 3e9, 'USD', 'exactly', [S, W]],
  ['altman-windsurf-bid', 3e9, 'USD', 'exactly', [W]],
  ['gpt-5-3-codex-speed', 25, 'percent', 'exactly', [A]],
  ['openai-enterprise-share', 50, 'percent', 'exactly', [A]],
  ['anthropic-enterprise-share', 32, 'percent', 'exactly', [A]],
  ['pickett-meetups', 10, 'years', 'exactly', [W]],
];

describe('figures keep the bound their sources give them', () => {
  test.each(FIGURES)('%s: %d %s is %s, from %j', (where, value, unit, bound, sources) => {
    const figure = figuresAt(where).find((f) => f.value === value && f.unit === unit);
    expect(figure, `${where} has ${value} ${unit}`).toBeDefined();
    expect(figure!.bound).toBe(bound);
    expect([...figure!.sources].sort()).toEqual([...sources].sort());
  });

  test('no bundled figure uses the old approximate flag, and every one states its bound', () => {
    const all = bundledDataset.entities.flatMap((e) =>
      e.facts.flatMap((f) => [...(f.figures ?? []), ...(f.disputed?.claims.flatMap((c) => c.figures ?? []) ?? [])]),
    );
    expect(all.filter((f) => f.approximate !== undefined)).toEqual([]);
    expect(all.filter((f) => f.bound === undefined)).toEqual([]);
  });

  // The card and the entry show the fact's text: its words must carry the bound next to the number.
  const LOWER = /(more than|over|above|just over|at least|exceeding)\s+(\$|\S*\(?)?$/i;
  const ABOUT = /(about|roughly|nearly|close to|closer to|around)\s+$/i;
  const names = allNames(bundledDataset);
  const texts = bundledDataset.entities.flatMap((e) =>
    e.facts.flatMap((f) => [
      { where: f.id, text: f.text, figures: [...(f.figures ?? []), ...(f.disputed?.claims.flatMap((c) => c.figures ?? []) ?? [])] },
      ...(f.disputed?.claims.map((c, i) => ({ where: `${f.id}#${i}`, text: c.text, figures: c.figures ?? [] })) ?? []),
    ]),
  );

  test.each(texts.filter((t) => t.figures.some((f) => figureBound(f) !== 'exactly')).map((t) => [t.where, t]))(
    '%s says "more than" or "about" where its figures are bounds',
    (_where, item) => {
      const { figures: written } = parseFigures(item.text, names);
      for (const figure of item.figures) {
        const bound = figureBound(figure);
        if (bound === 'exactly') continue;
        const raws = written.filter((w) => w.value === figure.value && w.unit === figure.unit).map((w) => w.raw);
        const qualified = raws.some((raw) => {
          const before = item.text.slice(0, item.text.indexOf(raw));
          return (bound === 'atLeast' ? LOWER : ABOUT).test(before.slice(-24));
        });
        expect(qualified, `${item.where}: ${bound} ${figure.value} ${figure.unit} in "${item.text}"`).toBe(true);
      }
    },
  );
});

describe('facts cite only the sources that say them', () => {
  test('the summaries, which name neither WIRED nor Maxwell Zeff, are not cited for either', () => {
    const offenders = bundledDataset.entities.flatMap((e) =>
      e.facts
        .filter((f) => /WIRED|Zeff/.test(f.text) && f.sources.some((s) => s === S || s === C))
        .map((f) => f.id),
    );
    expect(offenders).toEqual([]);
    expect(fact('wired-feature').sources).toEqual([W]);
    expect(fact('zeff-feature').sources).toEqual([W]);
    expect(byId.get('maxwell-zeff')!.facts.some((f) => f.sources.includes(S) || f.sources.includes(C))).toBe(false);
  });

  test('the curated summary is cited for the team moving on after Copilot, not for "before ChatGPT"', () => {
    const claims = fact('codex-team-reassigned').disputed!.claims;
    const curated = claims.filter((c) => c.sources.includes(C));
    expect(curated).toHaveLength(1);
    expect(curated[0]!.sources).toEqual([C]);
    expect(curated[0]!.text).toMatch(/Copilot/);
    expect(curated[0]!.text).not.toMatch(/ChatGPT/);
    expect(claims.find((c) => /before|later/.test(c.text) && /ChatGPT/.test(c.text))!.sources).toEqual([W]);
  });

  test('the revenue notes say which source gives what; the analysis gives no Codex revenue', () => {
    const codex = fact('codex-revenue');
    expect(codex.sources).not.toContain(A);
    expect(codex.disputed!.note).toMatch(/analysis gives no revenue for Codex/);
    expect(codex.disputed!.note).toMatch(/20 to 21%/);
    const claude = fact('claude-code-revenue');
    expect(claude.text).toMatch(/^Sources disagree/);
    expect(claude.disputed!.note).not.toMatch(/Three sources in English give \$2\.5 billion for Claude Code and \$1 billion for Codex/);
    // Only the curated summary says "more than" and "February", and it gives no year; only the analysis dates its figure.
    const [low, high] = claude.disputed!.claims;
    expect(low!.text).toMatch(/more than \$2\.5 billion, which Anthropic cited in February \(curated summary, which gives no year\)/);
    expect(low!.figures!.map((f) => [f.bound, f.sources, f.asOf])).toEqual([['atLeast', [C], undefined]]);
    expect(high!.figures!.map((f) => f.asOf)).toEqual([undefined]);
    expect(fact('codex-revenue').date).toBeUndefined();
    expect(fact('claude-code-share-of-anthropic').date).toBeUndefined();
    // No fact, claim or note explains which revenue figure is right: the sources do not.
    for (const id of ['claude-code-revenue', 'anthropic-claude-code-revenue', 'codex-revenue']) {
      const f = fact(id);
      const prose = [f.text, f.disputed!.note, ...f.disputed!.claims.map((c) => c.text)].join('\n');
      expect(prose, id).not.toMatch(/mis-?render|slip|decimal|likely|\$125 billion|three sources support|\u4ebf/i);
      expect(prose, id).not.toMatch(/(February|January) 2026/);
    }
  });

  test('the 30 interviewees: former employees only in the translated compilation; the figures are about OpenAI', () => {
    const claims = fact('zeff-interviewees').disputed!.claims;
    expect(claims.filter((c) => /former employees/.test(c.text)).map((c) => c.sources)).toEqual([[W]]);
    expect(fact('zeff-interviewees').disputed!.note).not.toMatch(/compilation and the curated summary say/);
    for (const id of ['openai-chasing-anthropic', 'zeff-interviewees']) {
      const f = fact(id);
      const figures = [...(f.figures ?? []), ...(f.disputed?.claims.flatMap((c) => c.figures ?? []) ?? [])];
      expect(figures.map((g) => g.subject), id).toEqual(figures.map(() => 'openai'));
    }
  });

  test('quotes that only the machine-translated compilation gives are marked as its wording', () => {
    const translatedOnly = [...facts.values()].filter((f) => f.quoteBy && f.sources.length === 1 && f.sources[0] === W);
    expect(translatedOnly.map((f) => f.id).sort()).toEqual(
      ['altman-windsurf-quote', 'embiricos-quote', 'mishchenko-reasoning-quote', 'pickett-quote'].sort(),
    );
    for (const f of translatedOnly) expect(f.text, f.id).toMatch(/^In the translated compilation's wording/);
    // The curated summary names no one for "racing to catch up": not a quote by Zeff.
    expect(fact('openai-racing-quote').quoteBy).toBeUndefined();
  });

  test('the short summary is cited for subsidies and for the Windsurf deal only as far as it goes', () => {
    expect(fact('coding-agents-subsidies').sources).toEqual([W]);
    expect(fact('windsurf-deal-microsoft').sources).toEqual([W]);
    expect(fact('windsurf-deal-collapse').text).not.toMatch(/intellectual property|Wall Street Journal/);
    expect(fact('windsurf-bid').text).not.toMatch(/hop|customers|team/);
    // Its timeline has OpenAI (not Altman) accelerating Codex and forming a sprint team (no Sottiaux, no weeks).
    expect(fact('altman-august-2025').sources).toEqual([W]);
    for (const id of ['sottiaux-sprint-team', 'sprint-team-formed', 'codex-sprint-team']) expect(fact(id).sources, id).toEqual([W]);
    for (const id of ['codex-acceleration', 'openai-codex-acceleration']) expect(fact(id).text, id).not.toMatch(/Altman/);
  });

  test('the wording stays within the articles', () => {
    const all = [...facts.values()].map((f) => f.text).join('\n');
    const summaries = bundledDataset.entities.map((e) => e.summary).join('\n');
    expect(all).not.toMatch(/several hundred thousand|sought rights|threatened Copilot|first Codex demo|drew OpenAI/);
    expect(fact('copilot-launch').text).toMatch(/hundreds of thousands of users/);
    expect(summaries).not.toMatch(/first Codex demo|25% faster than its predecessor/);
    expect(byId.get('github')!.summary).not.toMatch(/GitHub's own|public open-source code trained/);
    expect(byId.get('mark-jayson-quines')!.summary).toMatch(/Sam Altman, Greg Brockman/);
    expect(byId.get('mikhail-nilov')!.roles).toEqual([{ title: 'Photographer', sources: [C] }]);
    expect(fact('gpt-5-3-codex-speed').text).toMatch(/does not say than what/);
    expect(bundledDataset.sources.find((s) => s.id === S)!.note).toMatch(/GPT-5\.3-Codex/);
  });
});

describe('what a reader expects on the main cards', () => {
  const headline = (entityId: string) =>
    byId
      .get(entityId)!
      .facts.filter((f) => f.importance === 1)
      .map((f) => f.id);

  test('the Codex card says who leads it', () => {
    const leaders = fact('codex-leaders');
    expect(headline('codex')).toContain('codex-leaders');
    expect(headline('codex').length).toBeLessThanOrEqual(5);
    for (const name of ['Thibault Sottiaux', 'Alexander Embiricos', 'Andrey Mishchenko']) expect(leaders.text).toContain(name);
    expect(leaders.sources).toEqual([W]);
  });

  test('the Anthropic card gives Claude Code’s revenue with its dispute, not only its share', () => {
    const revenue = fact('anthropic-claude-code-revenue');
    expect(headline('anthropic')).toContain(revenue.id);
    expect(revenue.disputed!.claims.map((c) => c.text)).toEqual(fact('claude-code-revenue').disputed!.claims.map((c) => c.text));
    expect(revenue.text).toMatch(/\$2\.5 billion/);
  });
});

describe('coverage and peripheral entities', () => {
  test('the bundled dataset says its facts run to February 2026, from its four articles', () => {
    expect(bundledDataset.coverage).toEqual({ factsUpTo: '2026-02', articleCount: 4 });
    expect(bundledDataset.sources.filter((s) => s.file)).toHaveLength(4);
    const latest = [...facts.values()].map((f) => f.date ?? '').sort().at(-1);
    expect(latest).toBe('2026-02');
    expect(bundledDataset.synonyms).toBeUndefined();
  });

  test('the entities at the edge of the race are marked peripheral, the rivals are not', () => {
    const peripheral = bundledDataset.entities.filter((e) => e.peripheral).map((e) => e.id);
    for (const id of ['microsoft', 'google', 'wired', 'blockbeats', 'pexels', 'mark-jayson-quines', 'mikhail-nilov', 'jeetu-patel']) {
      expect(peripheral, id).toContain(id);
    }
    for (const id of ['openai', 'anthropic', 'codex', 'claude-code', 'cursor', 'windsurf', 'sam-altman', 'github-copilot']) {
      expect(peripheral, id).not.toContain(id);
    }
  });
});
