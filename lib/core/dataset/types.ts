/**
 * The shape of `assets/dataset.json`. `assets/dataset.schema.json` says the same in JSON Schema;
 * a unit test keeps the two in step by validating the bundled file against the schema.
 */

/** ISO 8601 date at the precision known: "2021", "2025-02", "2025-07-11". */
export type PartialDate = string;

/** The eight types live in one table (entity-types.ts), with their labels and colours. */
import type { EntityType } from './entity-types';
export type { EntityType };

export interface Source {
  id: string;
  title: string;
  publisher: string;
  author?: string;
  /** Publication date, at the precision known. */
  date?: PartialDate;
  /** The seed file it came from (a file name in shared/seeds), for bundled sources. */
  file?: string;
  /** Public address of the article, where known. */
  url?: string;
  /** What kind of text it is and how far to trust it (e.g. "machine-translated compilation"). */
  note?: string;
}

/**
 * How strictly an alias matches text.
 * - `caseSensitive`: "Cursor" must be capitalised (default false: any case).
 * - `requires`: "none" (default) matches anywhere as a whole word;
 *   "context" counts only with AI-industry context nearby (another confident mention or a context term
 *   within the window, and never on capitalisation alone);
 *   "full-name" (surnames, first names) counts only once the page has named the entity by a non-partial alias.
 */
export interface Alias {
  text: string;
  caseSensitive?: boolean;
  requires?: 'none' | 'context' | 'full-name';
  /**
   * With `caseSensitive`: on a page about AI the alias in lower case counts too ("codex exec"). For
   * names whose lower-case form is rarely an ordinary word there ("codex", not "cursor").
   */
  lowerCaseOnAiPages?: boolean;
}

export interface Role {
  title: string;
  /** Entity id of the organisation, where the dataset has it. */
  org?: string;
  /** Organisation name when it is not an entity (or for display). */
  orgName?: string;
  from?: PartialDate;
  to?: PartialDate;
  sources: string[];
}

/** A figure stated in a fact's text, carried as data too (for charts). */
export interface Figure {
  value: number;
  /** "USD", "percent", "multiplier", "users", "people", "count", "days", "hours"... */
  unit: string;
  /** What it measures: "annualized revenue", "enterprise coding workload share"... */
  measure: string;
  /** Entity id the figure is about. */
  subject: string;
  asOf?: PartialDate;
  sources: string[];
  /**
   * How the sources state the value: "atLeast" ("more than", "over", "just over"), "atMost" ("under",
   * "up to"), "about" ("about", "roughly", "nearly"), "exactly" (a plain number). Absent: "exactly", or
   * "about" for an older dataset's `approximate: true`.
   */
  bound?: FigureBound;
  /** @deprecated Older datasets' flag, read as `bound: "about"` when `bound` is absent (see `figureBound`). */
  approximate?: boolean;
}

export type FigureBound = 'atLeast' | 'atMost' | 'about' | 'exactly';

export interface Claim {
  text: string;
  /** When the claim dates the event differently from other claims (date disputes), its own date. */
  date?: PartialDate;
  sources: string[];
  figures?: Figure[];
}

export interface Fact {
  id: string;
  text: string;
  date?: PartialDate;
  sources: string[];
  /** 1 = headline fact, 2 = notable, 3 = detail. Cards show the most important first. */
  importance?: 1 | 2 | 3;
  /** A short attributed quote: the speaker's entity id; `text` then holds the quote in quotation marks. */
  quoteBy?: string;
  figures?: Figure[];
  /** Sources disagree: every claim with its own sources, and a note on the likely cause. */
  disputed?: { note: string; claims: Claim[] };
}

export interface Relation {
  id: string;
  /** e.g. "works at", "made by", "competes with", "acquired", "led by", "powers". */
  relation: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: Alias[];
  summary: string;
  roles?: Role[];
  facts: Fact[];
  related: Relation[];
  /**
   * At the edge of the race (a big company, a publisher, a photographer): highlighted only on pages
   * about AI, or where its own sentence is about it.
   */
  peripheral?: boolean;
}

/** How current a dataset's facts are: the freshness line every view shows. */
export interface Coverage {
  /** The date of the latest event the facts report ("2026-02"). */
  factsUpTo: PartialDate;
  /** How many articles the facts come from. */
  articleCount: number;
}

export interface Dataset {
  /** Dataset version (date of the last edit). */
  version: string;
  /** How current the facts are. The bundled dataset has it; a person's dataset may give its own. */
  coverage?: Coverage;
  /** Words that make an ambiguous alias count when they stand near it ("AI", "coding agent", "LLM"...). */
  contextTerms: string[];
  sources: Source[];
  entities: Entity[];
  /**
   * Extra groups of words search treats as the same ("ceo", "chief executive"), added to the bundled
   * table in assets/search-synonyms.json. Search only; detection on pages never reads them.
   */
  synonyms?: string[][];
}
