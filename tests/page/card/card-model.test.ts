import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/core/dataset/types';
import { buildCardModel, createLookup, findLaunch, MAX_CARD_FACTS } from '../../../lib/page/card/card-model';
import { sortFacts } from '../../../lib/core/dataset';
import cardData from '../../fixtures/card/card-dataset.json';
import miniData from '../../fixtures/mini-dataset.json';
import { bundledDataset } from '../../../lib/core/dataset';

const data = cardData as Dataset;
const lookup = createLookup(data);
const entity = (id: string) => lookup.entity(id)!;

describe('buildCardModel', () => {
  it('names the dialog after the entity and its type', () => {
    expect(buildCardModel(entity('quill'), lookup).label).toBe('Quill — product card');
    expect(buildCardModel(entity('jane-doe'), lookup).label).toBe('Jane Doe — person card');
  });

  it("gives a person's current role first, with the organisation as a link when it is an entity", () => {
    const model = buildCardModel(entity('jane-doe'), lookup);
    expect(model.roles[0]).toMatchObject({ title: 'CEO', org: { name: 'Acme AI', entityId: 'acme' } });
    expect(model.roles[1]).toMatchObject({ title: 'Research lead', org: { name: 'Old Lab' }, to: '2019' });
    expect(model.roles[1].org!.entityId).toBeUndefined();
    expect(model.makers).toEqual([]);
    expect(model.launch).toBeUndefined();
  });

  it('gives a product its maker and the date a fact says it launched', () => {
    const model = buildCardModel(entity('quill'), lookup);
    expect(model.makers).toEqual([{ name: 'Acme AI', entityId: 'acme' }]);
    expect(model.launch).toEqual({ date: '2024-05-02', stated: true });
  });

  it('falls back to the earliest dated fact, and says so, when no fact mentions a launch', () => {
    expect(findLaunch(entity('quill-model'))).toEqual({ date: '2025-01', stated: false });
    const model = buildCardModel(entity('quill-model'), lookup);
    expect(model.makers).toEqual([{ name: 'Acme AI', entityId: 'acme' }]);
  });

  it('shows at most five facts and counts the rest', () => {
    const model = buildCardModel(entity('quill'), lookup);
    expect(model.facts).toHaveLength(MAX_CARD_FACTS);
    expect(model.moreFacts).toBe(3);
  });

  it('lists only related entities the dataset has, never the entity itself', () => {
    const model = buildCardModel(entity('jane-doe'), lookup);
    expect(model.related.map((r) => r.entityId)).toEqual(['acme']);
    expect(buildCardModel(entity('quill'), lookup).related.map((r) => r.entityId)).toEqual(['acme', 'jane-doe']);
  });

  it('works on the shared mini dataset', () => {
    const mini = createLookup(miniData as Dataset);
    const model = buildCardModel(mini.entity('claude-code')!, mini);
    expect(model.makers[0].name).toBe('Anthropic');
    expect(model.launch).toEqual({ date: '2025-02', stated: true });
    const altman = buildCardModel(mini.entity('sam-altman')!, mini);
    expect(altman.roles[0]).toMatchObject({ title: 'CEO', org: { name: 'OpenAI', entityId: 'openai' } });
  });
});

describe('fact order', () => {
  it('puts the most important first (unrated counts as notable), then the newest, then the undated', () => {
    const model = buildCardModel(entity('quill'), lookup);
    expect(model.facts.map((f) => f.id)).toEqual(['q3', 'q2', 'q1', 'q7', 'q8']);
    expect(sortFacts(entity('quill').facts).map((f) => f.id)).toEqual(['q3', 'q2', 'q1', 'q7', 'q8', 'q5', 'q4', 'q6']);
  });
});

describe('the bundled dataset', () => {
  const real = createLookup(bundledDataset);
  it('builds a card for every entity, each named and with at most five facts', () => {
    for (const e of bundledDataset.entities) {
      const model = buildCardModel(e, real);
      expect(model.label.startsWith(`${e.name} — `)).toBe(true);
      expect(model.facts.length).toBeLessThanOrEqual(MAX_CARD_FACTS);
      expect(model.facts.length + model.moreFacts).toBe(e.facts.length);
    }
  });
  it('names the maker and launch of Claude Code, and only the "made by" maker of Codex', () => {
    const claudeCode = buildCardModel(real.entity('claude-code')!, real);
    expect(claudeCode.makers.map((m) => m.name)).toEqual(['Anthropic']);
    expect(claudeCode.launch).toEqual({ date: '2025-02', stated: true });
    const codex = buildCardModel(real.entity('codex')!, real);
    expect(codex.makers.map((m) => m.name)).toEqual(['OpenAI']);
  });
});
