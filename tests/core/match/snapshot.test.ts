import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createMatcher, DEFAULT_BLOCKERS, matcherFor } from '../../../lib/core/match';
import { bundledSnapshot } from '../../../lib/core/match/bundled';
import { compileSource } from '../../../lib/core/match/compile';
import { matcherSnapshot } from '../../../scripts/matcher-snapshot-plugin';

const TEXTS = [
  'OpenAI released Codex, its AI coding agent, and Anthropic answered with Claude Code.',
  'Altman, Sam. Interview. The GPT5.3-Codex model and Claude Opus 4.6 were compared by Thibault Sottiaux.',
  'The cursor blinked on the screen while Windsurf lessons went on at the lake.',
  'codex sinaiticus is a manuscript; OPENAI CODEX is a product; cursor, the AI code editor, too.',
];

describe('the bundled matcher snapshot (virtual:lens-matcher-snapshot)', () => {
  it('is what compiling the bundled dataset gives, after its trip through JSON', () => {
    expect(bundledSnapshot()).not.toBeNull();
    expect(bundledSnapshot()).toStrictEqual(compileSource(bundledDataset, DEFAULT_BLOCKERS, true));
    // Parsed once and shared by every matcher built for the bundled dataset.
    expect(bundledSnapshot()).toBe(bundledSnapshot());
  });

  it('gives the bundled dataset the same matches as compiling it in the page', () => {
    const fromSnapshot = matcherFor(bundledDataset);
    const compiledHere = createMatcher(bundledDataset);
    for (const text of TEXTS) expect(fromSnapshot.findMatches(text)).toEqual(compiledHere.findMatches(text));
    expect(TEXTS.flatMap((t) => fromSnapshot.findMatches(t)).length).toBeGreaterThan(6);
  });

  it('is not used for any other dataset (a merge is a new object)', () => {
    const own = {
      entities: [{ id: 'acme-bot', type: 'product' as const, aliases: [{ text: 'Acme Bot' }] }],
      contextTerms: ['AI'],
    };
    const matches = matcherFor(own).findMatches('Acme Bot and OpenAI Codex');
    expect(matches.map((m) => m.entityId)).toEqual(['acme-bot']);
    const copy = { ...bundledDataset };
    expect(matcherFor(copy).findMatches(TEXTS[0])).toEqual(matcherFor(bundledDataset).findMatches(TEXTS[0]));
  });

  it('is null under wxt dev, so edited matcher code never meets an older snapshot', () => {
    const plugin = matcherSnapshot();
    const call = <T>(hook: unknown, ...args: unknown[]): T => (hook as (...a: unknown[]) => T).call({ addWatchFile() {} }, ...args);
    const id = call<string>(plugin.resolveId, 'virtual:lens-matcher-snapshot');
    call(plugin.configResolved, { mode: 'development' });
    expect(call<string>(plugin.load, id)).toBe('export default null;');
    call(plugin.configResolved, { mode: 'production' });
    expect(call<string>(plugin.load, id)).toMatch(/^export default "\{/);
  });
});
