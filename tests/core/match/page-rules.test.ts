/** The matcher's evidence for page-aware detection: local sense, casing, variants, blockers, addresses. */
import { describe, expect, it } from 'vitest';
import { createMatcher, type MatcherSource, type TextMatch } from '../../../lib/core/match';

const source: MatcherSource = {
  contextTerms: ['ai', 'coding agent', 'code editor', 'microsoft', 'model'],
  entities: [
    { id: 'openai', type: 'company', aliases: [{ text: 'OpenAI' }, { text: 'Open AI', caseSensitive: true }] },
    { id: 'github', type: 'company', aliases: [{ text: 'GitHub' }] },
    { id: 'google', type: 'company', aliases: [{ text: 'Google', caseSensitive: true }], peripheral: true },
    { id: 'microsoft', type: 'company', aliases: [{ text: 'Microsoft' }], peripheral: true },
    { id: 'anthropic', type: 'company', aliases: [{ text: 'Anthropic', caseSensitive: true }] },
    {
      id: 'codex',
      type: 'product',
      aliases: [{ text: 'Codex', caseSensitive: true, requires: 'context', lowerCaseOnAiPages: true }],
    },
    { id: 'cursor', type: 'product', aliases: [{ text: 'Cursor', caseSensitive: true, requires: 'context' }] },
    { id: 'windsurf', type: 'product', aliases: [{ text: 'Windsurf', caseSensitive: true, requires: 'context' }] },
    { id: 'copilot', type: 'product', aliases: [{ text: 'GitHub Copilot' }, { text: 'Copilot', caseSensitive: true, requires: 'context' }] },
    { id: 'o1', type: 'model', aliases: [{ text: 'o1', caseSensitive: true, requires: 'context' }] },
    { id: 'gpt-4', type: 'model', aliases: [{ text: 'GPT-4' }] },
    { id: 'gpt-53-codex', type: 'model', aliases: [{ text: 'GPT-5.3-Codex' }] },
    {
      id: 'sam-altman',
      type: 'person',
      aliases: [{ text: 'Sam Altman' }, { text: 'Altman', caseSensitive: true, requires: 'full-name' }],
    },
  ],
};
const matcher = createMatcher(source);
const all = (text: string) => matcher.findMatches(text);
const brief = (m: TextMatch, text: string) => `${m.entityId}:${text.slice(m.start, m.end)}`;
const list = (text: string) => all(text).map((m) => brief(m, text));
const one = (text: string) => {
  const found = all(text);
  expect(found, text).toHaveLength(1);
  return found[0];
};

describe('what a match says about its own text', () => {
  it('marks AI context nearby (1), nothing (0), and another sense nearby (-1)', () => {
    expect(one('Cursor is an AI code editor.').local).toBe(1);
    expect(one('We use Cursor every day.').local).toBe(0);
    expect(one('Move the mouse and the Cursor follows.').local).toBe(-1);
    expect(one('The Windsurf lessons start at nine.').local).toBe(-1);
  });

  it('lets the other sense win over AI words in the same sentence', () => {
    expect(one('Cursor movement is smoother in this release of the AI model viewer.').local).toBe(-1);
  });

  it('returns ambiguous names without context too, for the page to decide', () => {
    expect(one('Switched to Codex last month.')).toMatchObject({ entityId: 'codex', requires: 'context', local: 0 });
  });

  it('does not take a peripheral name, or a context term that is one, as AI context', () => {
    // "Microsoft" is a context term and a peripheral entity: next to Google it says nothing.
    expect(one('Google and its rival said so.').local).toBe(0);
    const both = all('Google says searches peak in June; Microsoft agrees.');
    expect(both.map((m) => [m.entityId, m.local, m.peripheral])).toEqual([
      ['google', 0, true],
      ['microsoft', 0, true],
    ]);
    expect(all('Google released an AI model.')[0].local).toBe(1);
  });

  it('does not count a context term inside a blocker ("the anthropic principle")', () => {
    expect(list('the anthropic principle')).toEqual([]);
    expect(list('The Anthropic principle and Codex')[0]).toBe('codex:Codex');
    expect(all('The Anthropic principle and Codex')[0].local).toBe(0);
  });
});

describe('casing', () => {
  it('finds a case-sensitive name in capitals as re-cased (1), and in lower case only where allowed (2)', () => {
    expect(one('CODEX FOR BACKGROUND WORK').recased).toBe(1);
    expect(one('codex exec in CI').recased).toBe(2);
    expect(list('the cursor moved')).toEqual([]); // "Cursor" does not allow lower case
    expect(one('CURSOR AND MORE').recased).toBe(1);
  });

  it('does not take capitals of a name shorter than three letters ("O1 visa" is not o1)', () => {
    expect(list('Form O1 visas')).toEqual([]);
    expect(one('We ran o1 first.').recased).toBe(0);
  });

  it('keeps "Anthropic" to its capital', () => {
    expect(list('anthropic reasoning')).toEqual([]);
    expect(one('ANTHROPIC RAISES').recased).toBe(1);
  });
});

describe('name variants', () => {
  it('reads inverted person names: in full as the name, with an initial as ambiguous', () => {
    expect(one('Altman, Sam, 3, 14')).toMatchObject({ entityId: 'sam-altman', requires: 'none' });
    expect(one('Altman, S. (2021). A paper.')).toMatchObject({ entityId: 'sam-altman', requires: 'context' });
  });

  it('does not take a surname followed by someone else\'s given name or initial', () => {
    expect(list('Altman, Jonathan (2019). Manuscripts.')).toEqual([]);
    expect(list('Altman, J. (2019).')).toEqual([]);
    // A list of surnames, or a surname before a clause, is still a surname.
    expect(list('Altman, who spoke first, agreed')).toEqual(['sam-altman:Altman']);
  });

  it('reads hyphens and spaces alike, and version numbers written onto the name', () => {
    expect(list('GPT 4 and GPT4 and GPT-4')).toEqual(['gpt-4:GPT 4', 'gpt-4:GPT4', 'gpt-4:GPT-4']);
    expect(list('GPT 5.3 Codex, GPT-5.3 Codex')).toEqual(['gpt-53-codex:GPT 5.3 Codex', 'gpt-53-codex:GPT-5.3 Codex']);
    expect(list('Open AI said so')).toEqual(['openai:Open AI']);
    expect(list('an open AI ecosystem')).toEqual([]);
  });
});

describe('blockers and addresses', () => {
  it('never takes other products or sign-in buttons for the company', () => {
    for (const text of [
      'Sign in with Google', 'Get it on Google Play', 'Google+', 'Google Docs', 'Google Maps', 'Google Pay',
      'Microsoft Store', 'Microsoft Teams', '© Microsoft 2026', 'Ads by Google',
    ]) {
      expect(list(text), text).toEqual([]);
    }
  });

  it('does not send Microsoft Copilot to GitHub Copilot', () => {
    expect(list('Microsoft Copilot and Microsoft 365 Copilot, a coding agent')).toEqual([]);
    expect(list('GitHub Copilot, the AI pair programmer')).toEqual(['copilot:GitHub Copilot']);
  });

  it('does not take names inside host names, addresses or package names', () => {
    expect(list('See openai.github.io and github.com/openai/codex for docs')).toEqual([]);
    expect(list('npm install @anthropic-ai/claude-code')).toEqual([]);
    expect(list('Mail hello@openai.com')).toEqual([]);
    // Prose with slashes and full stops is still prose.
    expect(list('OpenAI/GitHub deal. OpenAI.')).toEqual(['openai:OpenAI', 'github:GitHub', 'openai:OpenAI']);
  });
});
