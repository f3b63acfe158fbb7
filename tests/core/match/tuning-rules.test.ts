/** Rules tuned on the real-page corpus: generic context terms, identifiers and paths, other products. */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import { createMatcher, type MatcherSource, type TextMatch } from '../../../lib/core/match';

const source: MatcherSource = {
  contextTerms: ['ai', 'language model', 'developer', 'developers', 'API', 'open source', 'terminal', 'github'],
  entities: [
    { id: 'openai', type: 'company', aliases: [{ text: 'OpenAI' }] },
    { id: 'anthropic', type: 'company', aliases: [{ text: 'Anthropic', caseSensitive: true }] },
    { id: 'google', type: 'company', aliases: [{ text: 'Google', caseSensitive: true }], peripheral: true },
    { id: 'github', type: 'company', aliases: [{ text: 'GitHub' }], peripheral: true },
    { id: 'cursor', type: 'product', aliases: [{ text: 'Cursor', caseSensitive: true, requires: 'context' }] },
    {
      id: 'codex',
      type: 'product',
      aliases: [{ text: 'Codex', caseSensitive: true, requires: 'context', lowerCaseOnAiPages: true }],
    },
    { id: 'claude-code', type: 'product', aliases: [{ text: 'Claude Code' }] },
  ],
};
const matcher = createMatcher(source);
const find = (text: string, id: string): TextMatch[] => matcher.findMatches(text).filter((m) => m.entityId === id);
const local = (text: string, id: string) => find(text, id).map((m) => m.local);

describe('generic context terms', () => {
  it('never make a peripheral entity’s sentence about AI', () => {
    expect(local('Authenticate with Google using the OAuth 2.0 API, for developers.', 'google')).toEqual([0]);
    expect(local('The open source Google client runs in a terminal.', 'google')).toEqual([0]);
    // Another peripheral name is no sign either ("github" is a context term here).
    expect(local('Google acquired a company that hosts code on github today.', 'google')).toEqual([0]);
  });

  it('leave AI terms and core names as signs for a peripheral entity', () => {
    expect(local('Google released a new language model this week.', 'google')).toEqual([1]);
    expect(local('Google invested in Anthropic last year.', 'google')).toEqual([1]);
  });

  it('still confirm an ambiguous core name, as before', () => {
    expect(local('Many developers love Cursor for its speed.', 'cursor')).toEqual([1]);
  });
});

describe('names inside paths, file names and identifiers', () => {
  const ids = (text: string) => matcher.findMatches(text).map((m) => text.slice(m.start, m.end));

  it('are not mentions when written in lower case and glued to a path or an identifier', () => {
    expect(ids('Download codex-aarch64-apple-darwin.tar.gz for your Mac.')).toEqual([]);
    expect(ids('Edit ~/.claude-code-router/config.json first.')).toEqual([]);
    expect(ids('Import bedrock from openai/providers/bedrock instead.')).toEqual([]);
    expect(ids('Use claude-code-acp as a regular ACP agent.')).toEqual([]);
    expect(ids('Skills are saved in .codex/skills/ by default.')).toEqual([]);
  });

  it('stay mentions when written as a reader writes a name, or standing alone', () => {
    expect(ids('Run codex in your project, then codex exec for scripts.')).toEqual(['codex', 'codex']);
    expect(ids('An OpenAI-compatible API serves OpenAI/Anthropic models.')).toEqual(['OpenAI', 'OpenAI', 'Anthropic']);
    expect(ids('Claude Code-powered reviews are on.')).toEqual(['Claude Code']);
    expect(ids('I use Codex.')).toEqual(['Codex']);
  });
});

describe('other products of the big companies (the real dataset)', () => {
  const real = createMatcher(bundledDataset);
  const ids = (text: string) => real.findMatches(text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);

  it('are never the company', () => {
    for (const text of [
      'Fall back to GitHub Releases if the download fails.',
      'Run it in GitHub Actions workflows.',
      'Install the GitHub CLI first.',
      'Clone any GitHub repository.',
      'Install in Google Antigravity.',
      'Mind Google AI Studio’s 1MB limit.',
      'Deploy on Microsoft Azure.',
      'Search it on Google Search.',
    ]) {
      expect(ids(text).filter((m) => /^(github|google|microsoft):/.test(m)), text).toEqual([]);
    }
  });

  it('are not the company when a library’s class or client is meant', () => {
    expect(ids('Use the AzureOpenAI class instead of the OpenAI class.')).toEqual([]);
    expect(ids('Configure the standard OpenAI client with the Bedrock provider.')).toEqual([]);
    expect(ids('OpenAI classifies its models by tier.')).toContain('openai:OpenAI');
  });

  it('leave the company and its AI products found', () => {
    expect(ids('GitHub Copilot writes code.')).toContain('github-copilot:GitHub Copilot');
    expect(ids('GitHub said on Monday that it will hire.')).toContain('github:GitHub');
    expect(ids('Microsoft said on Monday that it will hire.')).toContain('microsoft:Microsoft');
  });
});
