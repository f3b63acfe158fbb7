/**
 * How strongly the page is about the AI industry, read from its unambiguous evidence only: confident
 * names of core entities ("OpenAI", "Claude Code", "Sam Altman") and ambiguous names that their own
 * sentence confirms ("Cursor, the AI code editor"). Context words alone ("AI", "developer") never make
 * a page about the race, and peripheral entities ("Google") never count: they are what the page must
 * be about before they are shown.
 *
 * Kept as counters updated as blocks are added and removed (O(1) per mention), so the judgement is
 * live on a changing page and costs nothing beyond the one scan. A page is about AI when it names at
 * least two core entities with at least four pieces of evidence, each entity counting at most three
 * times (a page that repeats one name is about that name, maybe not the race); a name in the title
 * counts twice.
 *
 * Mutual support ("one sense per discourse" across names): an ambiguous core name that its own text
 * does not confirm ("Cursor" in a list, "Codex" as a heading) is no evidence alone, since any page may
 * say "cursor" or "codex". But several different ones on one page ("VS Code, Cursor, Windsurf, Claude
 * Desktop", then headings "Codex", "Copilot") are: the chance that three unrelated ordinary senses
 * meet on one page is small, and each name makes the others' AI sense likelier. A page is about AI
 * also when at least MIN_SUPPORT different entities have such names (a name whose sentence says
 * another sense never supports; see gates.isSupport).
 */
export const MIN_ENTITIES = 2;
export const MIN_EVIDENCE = 4;
export const MAX_PER_ENTITY = 3;
export const TITLE_WEIGHT = 2;
export const MIN_SUPPORT = 3;

export class PageRelevance {
  private readonly counts = new Map<string, number>();
  private entities = 0;
  private evidence = 0;
  private readonly supportCounts = new Map<string, number>();

  /** A piece of evidence for `entityId` came (+1) or went (-1). */
  add(entityId: string, delta: number): void {
    const before = this.counts.get(entityId) ?? 0;
    const after = Math.max(0, before + delta);
    if (after === 0) this.counts.delete(entityId);
    else this.counts.set(entityId, after);
    if (before === 0 && after > 0) this.entities++;
    if (before > 0 && after === 0) this.entities--;
    this.evidence += Math.min(after, MAX_PER_ENTITY) - Math.min(before, MAX_PER_ENTITY);
  }

  /** An unconfirmed ambiguous name of `entityId` came (+1) or went (-1). */
  support(entityId: string, delta: number): void {
    const after = Math.max(0, (this.supportCounts.get(entityId) ?? 0) + delta);
    if (after === 0) this.supportCounts.delete(entityId);
    else this.supportCounts.set(entityId, after);
  }

  get topical(): boolean {
    return (this.entities >= MIN_ENTITIES && this.evidence >= MIN_EVIDENCE) || this.supportCounts.size >= MIN_SUPPORT;
  }

  /** For the design note and the tests: the figures behind `topical`. */
  snapshot(): { entities: number; evidence: number; supporting: number; topical: boolean } {
    return { entities: this.entities, evidence: this.evidence, supporting: this.supportCounts.size, topical: this.topical };
  }

  clear(): void {
    this.counts.clear();
    this.supportCounts.clear();
    this.entities = 0;
    this.evidence = 0;
  }
}
