import { describe, expect, it } from 'vitest';
import { PageRelevance } from '../../../lib/page/detect';
import { decide, isEvidence, isSupport, type GateInput } from '../../../lib/page/detect/gates';

const m = (over: Partial<GateInput> = {}): GateInput => ({
  requires: 'context',
  local: 0,
  recased: 0,
  peripheral: false,
  ...over,
});
const page = (topical: boolean, everyPage = false) => ({ topical, everyPage });
const votes = (pos = 0, neg = 0, named = 0) => ({ pos, neg, named });

describe('PageRelevance', () => {
  it('reads a page as about AI from two core entities and four pieces of evidence', () => {
    const r = new PageRelevance();
    r.add('openai', 1);
    r.add('openai', 1);
    r.add('openai', 1);
    expect(r.topical).toBe(false); // one entity, however often, is a page about that entity
    r.add('anthropic', 1);
    expect(r.topical).toBe(true);
    expect(r.snapshot()).toEqual({ entities: 2, evidence: 4, supporting: 0, topical: true });
  });

  it('counts an entity at most three times', () => {
    const r = new PageRelevance();
    for (let i = 0; i < 10; i++) r.add('openai', 1);
    r.add('anthropic', 1);
    expect(r.snapshot()).toMatchObject({ entities: 2, evidence: 4 });
    r.add('openai', -8);
    expect(r.snapshot()).toMatchObject({ evidence: 3, topical: false });
  });

  it('goes back to not about AI when the evidence is removed (a single-page app navigates)', () => {
    const r = new PageRelevance();
    r.add('openai', 2);
    r.add('anthropic', 2);
    expect(r.topical).toBe(true);
    r.add('anthropic', -2);
    expect(r.topical).toBe(false);
    r.add('anthropic', -5); // never below zero
    expect(r.snapshot().entities).toBe(1);
  });
});

describe('mutual support of ambiguous names', () => {
  it('reads a page as about AI from three different unconfirmed ambiguous names', () => {
    const r = new PageRelevance();
    r.support('cursor', 1);
    r.support('windsurf', 1);
    expect(r.topical).toBe(false); // two may meet by chance ("a cursor", "a windsurf holiday")
    r.support('codex', 1);
    expect(r.snapshot()).toMatchObject({ supporting: 3, topical: true, evidence: 0 });
  });

  it('does not count one name repeated, and forgets names that go', () => {
    const r = new PageRelevance();
    for (let i = 0; i < 10; i++) r.support('cursor', 1);
    r.support('windsurf', 1);
    expect(r.topical).toBe(false);
    r.support('codex', 1);
    expect(r.topical).toBe(true);
    r.support('codex', -1);
    expect(r.topical).toBe(false);
    r.support('codex', -3); // never below zero
    r.support('codex', 1);
    expect(r.topical).toBe(true);
    r.clear();
    expect(r.snapshot()).toMatchObject({ supporting: 0, topical: false });
  });

  it('comes only from core ambiguous names in their own case whose text names no other sense', () => {
    expect(isSupport(m())).toBe(true);
    expect(isSupport(m({ local: 1 }))).toBe(true);
    expect(isSupport(m({ local: -1 }))).toBe(false); // "Cursor movement"
    expect(isSupport(m({ recased: 2 }))).toBe(false); // "cursor"
    expect(isSupport(m({ recased: 1 }))).toBe(false); // "CURSOR"
    expect(isSupport(m({ peripheral: true }))).toBe(false);
    expect(isSupport(m({ requires: 'none' }))).toBe(false); // confident names are evidence already
    expect(isSupport(m({ requires: 'full-name' }))).toBe(false); // a surname
  });
});

describe('what counts as evidence', () => {
  it('is a confident core name, or an ambiguous one its own sentence confirms', () => {
    expect(isEvidence(m({ requires: 'none' }))).toBe(true);
    expect(isEvidence(m({ local: 1 }))).toBe(true);
    expect(isEvidence(m({ local: 0 }))).toBe(false);
    expect(isEvidence(m({ local: 1, recased: 2 }))).toBe(false);
    // Peripheral entities are what the page must be about before they show; they never prove it.
    expect(isEvidence(m({ requires: 'none', peripheral: true }))).toBe(false);
    // A surname depends on the full name, which is the evidence.
    expect(isEvidence(m({ requires: 'full-name' }))).toBe(false);
  });
});

describe('decide', () => {
  it('lets a confident core name count anywhere', () => {
    expect(decide(m({ requires: 'none' }), undefined, page(false))).toBe('name');
  });

  it('lets an ambiguous name count with AI words in its sentence, on any page', () => {
    expect(decide(m({ local: 1 }), votes(1), page(false))).toBe('context');
  });

  it('lets a bare ambiguous name count on a page about AI, and not elsewhere', () => {
    expect(decide(m(), votes(), page(true))).toBe('page');
    expect(decide(m(), votes(), page(false))).toBeNull();
  });

  it('never counts a name whose own text names another sense, even on a page about AI', () => {
    expect(decide(m({ local: -1 }), votes(5), page(true))).toBeNull();
    expect(decide(m({ local: -1 }), votes(5), page(true, true))).toBeNull();
  });

  it('follows one sense per discourse: the page\'s confirmed uses decide its bare ones', () => {
    expect(decide(m(), votes(1, 0), page(false))).toBe('discourse');
    // A page about windsurfing holidays with one real mention: the other sense wins the vote.
    expect(decide(m(), votes(1, 2), page(false))).toBeNull();
    // On a page about AI, the page weighs two votes: one other-sense use does not silence the name...
    expect(decide(m(), votes(0, 1), page(true))).toBe('page');
    // ...but a page that mostly uses the word the other way does.
    expect(decide(m(), votes(0, 2), page(true))).toBeNull();
  });

  it('takes a lower-case name only on a page about AI', () => {
    expect(decide(m({ recased: 2 }), votes(3), page(false))).toBeNull();
    expect(decide(m({ recased: 2, local: 1 }), votes(3), page(false))).toBeNull();
    expect(decide(m({ recased: 2 }), votes(), page(true))).toBe('page');
  });

  it('takes an all-caps name like an ambiguous one', () => {
    expect(decide(m({ requires: 'none', recased: 1 }), votes(), page(false))).toBeNull();
    expect(decide(m({ requires: 'none', recased: 1, local: 1 }), votes(), page(false))).toBe('context');
    expect(decide(m({ requires: 'none', recased: 1 }), votes(), page(true))).toBe('page');
  });

  it('counts a surname only while the page names the person in full', () => {
    expect(decide(m({ requires: 'full-name' }), votes(0, 0, 0), page(true))).toBeNull();
    expect(decide(m({ requires: 'full-name' }), votes(0, 0, 1), page(false))).toBe('full-name');
  });

  it('keeps peripheral entities quiet off AI pages, unless their sentence is about AI or the setting asks', () => {
    const google = m({ requires: 'none', peripheral: true });
    expect(decide(google, undefined, page(false))).toBeNull();
    expect(decide({ ...google, local: 1 }, undefined, page(false))).toBe('name');
    expect(decide(google, undefined, page(true))).toBe('name');
    expect(decide(google, undefined, page(false, true))).toBe('name');
  });

  it('does not let the setting make ambiguous names count without evidence', () => {
    expect(decide(m(), votes(), page(false, true))).toBeNull();
  });
});
