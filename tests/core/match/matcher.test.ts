import { describe, expect, it } from 'vitest';
import { countsOnItsOwn, createMatcher, type MatcherSource } from '../../../lib/core/match';
import mini from '../../fixtures/mini-dataset.json';
import type { Dataset } from '../../../lib/core/dataset/types';
import { randomString, seeded } from '../../support/random.mjs';

const dataset = mini as Dataset;
const matcher = createMatcher(dataset);
const found = (text: string) =>
  matcher
    .findMatches(text)
    .filter(countsOnItsOwn)
    .map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);

describe('createMatcher on the mini dataset', () => {
  it('finds multiword names in any case, across spaces and no-break spaces', () => {
    expect(found('I use claude code daily. CLAUDE\u00a0CODE rocks. Claude\n   Code too.')).toEqual([
      'claude-code:claude code',
      'claude-code:CLAUDE\u00a0CODE',
      'claude-code:Claude\n   Code',
    ]);
  });

  it('takes possessives with straight and curly apostrophes, and stops at the name', () => {
    expect(found('OpenAI’s lab and Anthropic\'s model')).toEqual(['openai:OpenAI', 'anthropic:Anthropic']);
  });

  it('skips soft hyphens and zero-width spaces inside a name', () => {
    expect(found('An\u00adthropic and Open\u200bAI')).toEqual(['anthropic:An\u00adthropic', 'openai:Open\u200bAI']);
  });

  it('prefers the longest match', () => {
    expect(found('OpenAI Codex is a coding agent')).toEqual(['codex:OpenAI Codex']);
  });

  it('matches whole words only', () => {
    expect(found('OpenAIs Anthropically the precursor of AI agents')).toEqual([]);
  });

  it('counts an ambiguous, case-sensitive alias only with context nearby', () => {
    expect(found('Cursor is an AI code editor for developers.')).toEqual(['cursor:Cursor']);
    expect(found('the cursor blinked on the AI model')).toEqual([]);
    expect(found('We moved the Cursor one line down.')).toEqual([]);
    expect(found('Codex Sinaiticus is a manuscript of the coding agent era')).toEqual([]);
  });

  it('asks for more than one sign of context at the start of a sentence', () => {
    expect(found('Cursor. It blinked in the model.')).toEqual([]);
    expect(found('Cursor, the AI coding agent, ships.')).toEqual(['cursor:Cursor']);
  });

  it('returns surnames as needing the full name, for the page to confirm', () => {
    const matches = matcher.findMatches('Altman said so.');
    expect(matches.map((m) => [m.entityId, m.requires])).toEqual([['sam-altman', 'full-name']]);
    expect(found('altman said so.')).toEqual([]);
  });

  it('finds Latin names between CJK and Arabic characters', () => {
    expect(found('我用Claude Code写代码，OpenAI发布了')).toEqual(['claude-code:Claude Code', 'openai:OpenAI']);
    expect(found('أطلقت Anthropic نموذجا')).toEqual(['anthropic:Anthropic']);
  });

  it('handles a million characters with no name', () => {
    const text = 'lorem ipsum dolor sit amet '.repeat(40_000);
    expect(matcher.findMatches(text)).toEqual([]);
  });
});

describe('dotted and hyphenated model names', () => {
  const models: MatcherSource = {
    contextTerms: ['ai'],
    entities: [
      { id: 'gpt-5', type: 'model', aliases: [{ text: 'GPT-5' }] },
      { id: 'gpt-5.3-codex', type: 'model', aliases: [{ text: 'GPT-5.3-Codex' }] },
      { id: 'o3', type: 'model', aliases: [{ text: 'o3' }] },
      { id: 'opus-4.6', type: 'model', aliases: [{ text: 'Claude Opus 4.6' }] },
      { id: 'codex', type: 'product', aliases: [{ text: 'Codex', caseSensitive: true, requires: 'context' }] },
      { id: 'sonnet', type: 'model', aliases: [{ text: 'Sonnet', caseSensitive: true, requires: 'context' }] },
    ],
  };
  const m = createMatcher(models);
  const ids = (text: string) => m.findMatches(text).filter(countsOnItsOwn).map((x) => `${x.entityId}:${text.slice(x.start, x.end)}`);

  it('finds them whole, and not their prefixes inside longer versions', () => {
    expect(ids('GPT-5.3-Codex beats GPT-5 and o3; Claude Opus 4.6 too.')).toEqual([
      'gpt-5.3-codex:GPT-5.3-Codex',
      'gpt-5:GPT-5',
      'o3:o3',
      'opus-4.6:Claude Opus 4.6',
    ]);
    // Other versions, and names hyphenated onto a version, are other models the dataset does not know.
    expect(ids('GPT-5.4 is out; o3-mini too')).toEqual([]);
    expect(ids('GPT-5.2-Codex came first')).toEqual([]);
  });

  it('blocks known phrases such as "Sonnet 18", even in an AI article', () => {
    expect(ids('The AI read Sonnet 18 aloud.')).toEqual([]);
    expect(ids('The AI model Sonnet is fast.')).toEqual(['sonnet:Sonnet']);
  });
});

/**
 * A naive reference: one regular expression per alias (whole word, spaces and hyphens as any run of
 * them, version-aware ends: nothing hyphenated onto a version number on either side, no host name such
 * as "ab.b", no lower-case identifier such as ".ab" or "ab-2"), every match at every position, then
 * leftmost-longest selection.
 */
function naiveMatches(source: MatcherSource, text: string): string[] {
  const candidates: { start: number; end: number; id: string; order: number }[] = [];
  let order = 0;
  for (const entity of source.entities) {
    for (const alias of entity.aliases) {
      const body = alias.text
        .trim()
        .split(/[\s-]+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
        .join('[\\s\\u00a0-]+');
      const re = new RegExp(
        `(?<![\\w])(?<!(?<=\\w)[.-](?=\\d))(?<!\\d-)(?:${body})(?![\\w])(?!(?<=\\d)[.-]\\d)(?!(?<=\\d)-\\w)`,
        alias.caseSensitive ? 'g' : 'gi',
      );
      for (let start = 0; start < text.length; start++) {
        re.lastIndex = start;
        const hit = re.exec(text);
        if (hit && hit.index === start) candidates.push({ start, end: start + hit[0].length, id: entity.id, order });
      }
      order++;
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const out: string[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    // A host name ("ab.b") is an address: the chosen span is dropped, not replaced by a shorter one.
    const host = /^\.[A-Za-z]/.test(text.slice(c.end));
    // A lower-case name glued into a path or an identifier (".ab", "ab/", "ab-2") is no mention either.
    const identifier =
      !/[A-Z]/.test(text.slice(c.start, c.end)) &&
      (/[./~\\]$/.test(text.slice(0, c.start)) || /^(?:[/\\]|-[a-z0-9])/.test(text.slice(c.end)));
    if (!host && !identifier) out.push(`${c.id}:${c.start}-${c.end}`);
    lastEnd = c.end;
  }
  return out;
}

describe('createMatcher against the naive reference', () => {
  it('agrees on random text built from alias pieces, spaces, case and punctuation', () => {
    const random = seeded(42);
    const pieces = ['ab', 'Ab', 'AB', 'b', 'ba', 'a', 'a b', 'ab-1', 'b.2', '1', '2', 'c'];
    const glue = ['', ' ', '  ', '\u00a0', '-', '.', ',', "'", 'x', '1'];
    for (let round = 0; round < 400; round++) {
      const entities = Array.from({ length: 1 + Math.floor(random() * 5) }, (_, i) => ({
        id: `e${i}`,
        type: 'product' as const,
        aliases: [
          {
            text: pieces[Math.floor(random() * pieces.length)] + (random() < 0.4 ? ` ${pieces[Math.floor(random() * pieces.length)]}` : ''),
            caseSensitive: random() < 0.3,
          },
        ],
      }));
      const source: MatcherSource = { entities, contextTerms: [] };
      let text = '';
      const parts = Math.floor(random() * 14);
      for (let p = 0; p < parts; p++) {
        text += pieces[Math.floor(random() * pieces.length)] + glue[Math.floor(random() * glue.length)];
      }
      text += randomString(random, 'ab -.', Math.floor(random() * 4));
      const ours = createMatcher(source, { blockers: [], variants: false })
        .findMatches(text)
        .map((m) => `${m.entityId}:${m.start}-${m.end}`);
      expect(ours, `${JSON.stringify(entities.map((e) => e.aliases[0]))} in ${JSON.stringify(text)}`).toEqual(
        naiveMatches(source, text),
      );
    }
  });
});

describe('case folding beyond ASCII', () => {
  it('matches accented and Cyrillic names in any case', () => {
    const m = createMatcher({
      contextTerms: [],
      entities: [
        { id: 'eleve', type: 'concept', aliases: [{ text: 'élève ai' }] },
        { id: 'yandex', type: 'company', aliases: [{ text: 'яндекс' }] },
      ],
    });
    const ids = (text: string) => m.findMatches(text).map((x) => text.slice(x.start, x.end));
    expect(ids('ÉLÈVE AI and Яндекс, ЯНДЕКС')).toEqual(['ÉLÈVE AI', 'Яндекс', 'ЯНДЕКС']);
  });
});

describe('bare model words next to another version', () => {
  const source: MatcherSource = {
    contextTerms: [],
    entities: [
      {
        id: 'opus-4-6',
        type: 'model',
        aliases: [{ text: 'Claude Opus 4.6' }, { text: 'Opus', caseSensitive: true, requires: 'full-name' }],
      },
      { id: 'opus-band', type: 'company', aliases: [{ text: 'Opus', caseSensitive: true, requires: 'full-name' }] },
    ],
  };

  it('are another model: "Opus 4.5" and "4.5 Opus" are not the dataset\'s Opus', () => {
    const m = createMatcher({ ...source, entities: [source.entities[0]] });
    const found = (text: string) => m.findMatches(text).map((x) => text.slice(x.start, x.end));
    expect(found('Opus 4.5 and 4.5 Opus and Opus\u00a04 differ')).toEqual([]);
    expect(found('Claude Opus 4.6 is here; Opus, they say, is fast')).toEqual(['Claude Opus 4.6', 'Opus']);
  });

  it('apply only to model names: another kind of entity named like a word keeps its matches', () => {
    const m = createMatcher({ ...source, entities: [source.entities[1]] });
    expect(m.findMatches('Opus 2 is playing tonight').map((x) => x.entityId)).toEqual(['opus-band']);
  });
});

describe('one text after another', () => {
  it('answers each text on its own: what was found in one is neither carried into the next nor changed by it', () => {
    const m = createMatcher(dataset);
    const first = m.findMatches('The model from OpenAI writes code with Claude Code.');
    const snapshot = JSON.stringify(first);
    expect(first.map((x) => x.entityId)).toEqual(['openai', 'claude-code']);
    // Context words only, then nothing at all, then a name alone: no leftovers from the texts before.
    expect(m.findMatches('an agent model writes code and data for the tool')).toEqual([]);
    expect(m.findMatches('nothing here')).toEqual([]);
    const third = m.findMatches('Anthropic');
    expect(third.map((x) => [x.entityId, x.start, x.end])).toEqual([['anthropic', 0, 9]]);
    expect(JSON.stringify(first)).toBe(snapshot);
  });
});
