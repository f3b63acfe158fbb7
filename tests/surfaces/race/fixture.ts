/** A small dataset shaped like the real one, with every case the Race view has to draw. */
import type { Dataset, Figure } from '../../../lib/core/dataset/types';

const fig = (value: number, unit: string, measure: string, subject: string, asOf: string, sources: string[], approximate = false): Figure => ({
  value, unit, measure, subject, asOf, sources, approximate,
});

export const raceDataset: Dataset = {
  version: '2026-11-21',
  contextTerms: ['ai'],
  sources: [
    { id: 'wired', title: 'Inside the race', publisher: 'WIRED', date: '2026-02' },
    { id: 'kr', title: 'Machine-translated compilation', publisher: '36Kr', date: '2026-02-20' },
    { id: 'blog', title: 'Claude Code is winning', publisher: 'Blog', date: '2026-02-10' },
  ],
  entities: [
    { id: 'openai', type: 'company', name: 'OpenAI', aliases: [], summary: '', related: [{ id: 'codex', relation: 'makes' }],
      facts: [
        { id: 'openai-codex-2021', text: 'Demonstrated Codex.', date: '2021', sources: ['wired'] },
        { id: 'openai-share', text: 'Holds 25% of the enterprise LLM API market, down from 50%.', date: '2026', sources: ['blog'],
          figures: [fig(25, 'percent', 'enterprise LLM API market share', 'openai', '2026', ['blog']), fig(50, 'percent', 'enterprise LLM API market share', 'openai', '2023', ['blog'])] },
      ] },
    { id: 'microsoft', type: 'company', name: 'Microsoft', aliases: [], summary: '', related: [],
      facts: [{ id: 'ms-copilot', text: 'Launched Copilot preview.', date: '2021-06-29', sources: ['wired'] }] },
    { id: 'codex', type: 'product', name: 'Codex', aliases: [], summary: '', related: [{ id: 'openai', relation: 'made by' }, { id: 'claude-code', relation: 'competes with' }],
      facts: [
        { id: 'codex-launch', text: 'Codex agent launched.', date: '2025-05-16', sources: ['wired'] },
        { id: 'codex-usage-sep', text: 'Codex usage was about 5% of Claude Code’s.', date: '2025-09', sources: ['wired'],
          figures: [fig(5, 'percent', 'usage relative to Claude Code', 'codex', '2025-09', ['wired'], true)] },
        { id: 'codex-usage-jan', text: 'Codex usage grew to about 40% of Claude Code’s.', date: '2026-01', sources: ['wired'],
          figures: [fig(40, 'percent', 'usage relative to Claude Code', 'codex', '2026-01', ['wired'], true)] },
        { id: 'codex-workloads', text: 'Codex holds 20 to 21% of enterprise coding workloads.', sources: ['blog'],
          figures: [fig(20.5, 'percent', 'enterprise coding workload share', 'codex', '2026-02', ['blog'], true)] },
        { id: 'codex-revenue', text: 'Codex annualized revenue: $1 billion or $10 billion.', date: '2026-01', sources: ['wired', 'kr'],
          disputed: { note: 'One source multiplies by ten.', claims: [
            { text: 'just over $1 billion', sources: ['wired'], figures: [fig(1e9, 'USD', 'annualized revenue', 'codex', '2026-01', ['wired'], true)] },
            { text: 'just over $10 billion', sources: ['kr'], figures: [fig(1e10, 'USD', 'annualized revenue', 'codex', '2026-01', ['kr'], true)] },
          ] } },
      ] },
    { id: 'anthropic', type: 'company', name: 'Anthropic', aliases: [], summary: '', related: [{ id: 'claude-code', relation: 'makes' }],
      facts: [
        { id: 'anthropic-api', text: 'Holds 32% of the enterprise LLM API market.', date: '2026', sources: ['blog'],
          figures: [fig(32, 'percent', 'enterprise LLM API market share', 'anthropic', '2026', ['blog'])] },
      ] },
    { id: 'claude-code', type: 'product', name: 'Claude Code', aliases: [], summary: '', related: [{ id: 'anthropic', relation: 'made by' }],
      facts: [
        { id: 'cc-preview', text: 'Research preview.', date: '2025-02', sources: ['wired'] },
        { id: 'cc-ga', text: 'Generally available.', date: '2025-05-22', sources: ['wired'] },
        { id: 'cc-ga-2', text: 'Also in May.', date: '2025-05-23', sources: ['wired'] },
        { id: 'cc-revenue', text: 'Claude Code annualized revenue: $2.5 billion or $25 billion.', date: '2026-02', sources: ['blog', 'kr'],
          figures: [fig(2.5e9, 'USD', 'annualized revenue', 'claude-code', '2026-02', ['blog'])],
          disputed: { note: 'Likely a decimal slip in translation.', claims: [
            { text: '$2.5 billion', sources: ['blog'], figures: [fig(2.5e9, 'USD', 'annualized revenue', 'claude-code', '2026-02', ['blog'])] },
            { text: '$25 billion', sources: ['kr'], figures: [fig(2.5e10, 'USD', 'annualized revenue', 'claude-code', '2026-02', ['kr'])] },
          ] } },
        { id: 'cc-market', text: 'Claude Code holds over half of the AI coding market.', sources: ['blog'],
          figures: [fig(50, 'percent', 'AI coding market share', 'claude-code', '2026-02', ['blog'], true)] },
      ] },
    { id: 'boris', type: 'person', name: 'Boris Cherny', aliases: [], summary: '', related: [{ id: 'claude-code', relation: 'created' }],
      roles: [{ title: 'Head of Claude Code', org: 'anthropic', sources: ['wired'] }],
      facts: [{ id: 'boris-quote', text: '"Quote."', quoteBy: 'boris', sources: ['wired'] }, { id: 'boris-left', text: 'Left briefly.', date: '2025-07', sources: ['wired'] }] },
    { id: 'windsurf', type: 'product', name: 'Windsurf', aliases: [], summary: '', related: [{ id: 'cognition', relation: 'acquired by' }],
      facts: [{ id: 'windsurf-deal', text: 'Deal collapsed.', date: '2025-07-11', sources: ['wired'] }] },
    { id: 'cognition', type: 'company', name: 'Cognition', aliases: [], summary: '', related: [{ id: 'windsurf', relation: 'acquired' }],
      facts: [{ id: 'cognition-buy', text: 'Bought Windsurf.', date: '2025-07-14', sources: ['wired'] }] },
    { id: 'jam', type: 'product', name: 'Jam', aliases: [], summary: '', related: [],
      facts: [{ id: 'jam-f', text: 'An internal tool.', date: '2020', sources: ['wired'] }] },
  ],
};
