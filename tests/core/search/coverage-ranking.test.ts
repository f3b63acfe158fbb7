/**
 * Ranking that degrades gracefully: every matching word counts, the entity whose role or facts
 * explain most of a question comes first, and the result line says why, with the words marked.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../lib/core/dataset';
import type { Dataset } from '../../../lib/core/dataset/types';
import { createEntitySearch, presentHit, segmentText, termsNeeded, type SearchHit } from '../../../lib/core/search';

const search = createEntitySearch(bundledDataset);
const ids = (query: string, n = 3) => search.search(query).slice(0, n).map((hit) => hit.entity.id);
const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
  segmentText(text, ranges).filter((s) => s.match).map((s) => s.text.toLowerCase());

/** A tiny dataset where only the ranking rules, not the bundled texts, decide the order. */
const tiny: Dataset = {
  version: '2026-01-01',
  contextTerms: [],
  sources: [{ id: 's', title: 'S', publisher: 'P' }],
  entities: [
    { id: 'acme', type: 'company', name: 'Acme', aliases: [{ text: 'Acme' }], summary: 'A maker of anvils.', facts: [{ id: 'a1', text: 'Acme sells anvils to coyotes.', sources: ['s'] }], related: [] },
    { id: 'wile', type: 'person', name: 'Wile Coyote', aliases: [{ text: 'Wile Coyote' }], roles: [{ title: 'Chief executive', org: 'acme', sources: ['s'] }], summary: 'Runs a desert company.', facts: [{ id: 'w1', text: 'He tests anvils.', sources: ['s'] }], related: [] },
    { id: 'road', type: 'person', name: 'Road Runner', aliases: [{ text: 'Road Runner' }], summary: 'A fast bird who once met the Acme chief executive.', facts: [{ id: 'r1', text: 'Never bought anvils.', sources: ['s'] }], related: [] },
  ],
};
const tinySearch = createEntitySearch(tiny);

describe('word-by-word coverage', () => {
  it('needs every word of a short question and two thirds of a long one', () => {
    expect([1, 2, 3, 4, 5, 6].map(termsNeeded)).toEqual([1, 2, 2, 3, 4, 4]);
  });

  it('ranks the role that explains the whole question over a summary, and a summary over a name alone', () => {
    // "ceo" is "chief executive" through the synonym table; the role says it with the organisation.
    expect(tinySearch.search('acme ceo').map((hit) => hit.entity.id)).toEqual(['wile', 'road']);
  });

  it('counts a word the entity holds in any field, and finds nothing when a word is held nowhere', () => {
    expect(tinySearch.search('coyote anvils')[0]?.entity.id).toBe('acme');
    expect(tinySearch.search('anvils pianos')).toEqual([]);
    // A word held nowhere beside a name: the named entity, as half an answer.
    const named = tinySearch.search('acme pianos');
    expect(named.map((hit) => hit.entity.id)).toEqual(['acme']);
    expect(named[0].relevance).toBeLessThan(tinySearch.search('acme')[0].relevance * 0.6);
  });

  it.each([
    ['codex lead', 'thibault-sottiaux'],
    ['cisco president', 'jeetu-patel'],
    ['openai ceo', 'sam-altman'],
    ['ceo of openai', 'sam-altman'],
    ['ex deepmind', 'thibault-sottiaux'],
    ['notion founder', 'simon-last'],
    ['anthropic founder', 'anthropic'],
    ['who hired windsurf founders', 'google'],
    ['organises codex meetups', 'george-pickett'],
  ])('%j -> %s first', (query, id) => {
    expect(ids(query, 1)).toEqual([id]);
  });

  it('keeps the entity named in a question below the one the question asks about', () => {
    expect(ids('who hired windsurf founders', 3)).toContain('windsurf');
    expect(ids('who hired windsurf founders', 1)).toEqual(['google']);
  });
});

describe('why a result matched', () => {
  const first = (query: string): SearchHit => {
    const [hit] = search.search(query);
    expect(hit).toBeDefined();
    return hit;
  };

  it('shows the role that explains a question, its matched words marked', () => {
    const view = presentHit(first('openai ceo'));
    expect(view.reason?.field).toBe('roles');
    expect(marked(view.reason!.snippet.text, view.reason!.snippet.ranges)).toEqual(['ceo', 'openai']);
  });

  it('shows the fact that explains the rest of the question when the name explains part of it', () => {
    const hit = first('anthropic founder');
    const view = presentHit(hit);
    expect(view.nameRanges.length).toBeGreaterThan(0);
    expect(view.reason?.field).toBe('facts');
    expect(marked(view.reason!.snippet.text, view.reason!.snippet.ranges)).toEqual(['anthropic', 'founded']);
  });

  it('says nothing more when the name explains the whole query', () => {
    expect(presentHit(first('calude')).reason).toBeUndefined();
    expect(presentHit(first('Sam Altman')).reason).toBeUndefined();
  });

  it('marks the synonym the text uses for the word typed', () => {
    const view = presentHit(first('who bought windsurf'));
    expect(marked(view.summary.text, view.summary.ranges)).toEqual(['buy', 'windsurf']);
  });
});
