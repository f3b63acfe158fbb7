/**
 * Whether a name found in the text counts on this page, and why. A match brings what its own text says
 * (lib/core/match: AI context nearby, another sense named nearby, re-cased); the page brings whether it is
 * about AI (PageRelevance) and, per entity, how its other mentions read ("one sense per discourse":
 * once a page uses "Cursor" for the editor where its sentence says so, its other bare "Cursor"s mean
 * the same, unless more of them name the other sense).
 */
import type { LocalSense, Recased, Requirement } from '../../core/match';

/** Why a mention counts; the card explains every reason but 'name'. */
export type MentionReason = 'name' | 'context' | 'page' | 'discourse' | 'full-name';

export interface GateInput {
  requires: Requirement;
  local: LocalSense;
  recased: Recased;
  peripheral: boolean;
}

export interface EntityVotes {
  /** Mentions by a non-partial name: a surname counts while this is above 0. */
  named: number;
  /** Ambiguous mentions whose own text says AI (pos) or names another sense (neg). */
  pos: number;
  neg: number;
}

export interface PageView {
  /** The page is about AI (PageRelevance). */
  topical: boolean;
  /** The "highlight names on every page" setting: peripheral entities need no page about AI. */
  everyPage: boolean;
}

/** The page being about AI weighs as much as this many mentions that say so. */
export const PAGE_VOTES = 2;

export const isAmbiguous = (m: GateInput) => m.requires === 'context' || m.recased !== 0;

/** Whether the mention's outcome can change with the page (so it is kept, and decided again). */
export const isGated = (m: GateInput) => m.requires !== 'none' || m.recased !== 0 || m.peripheral;

/** Evidence that the page is about AI: a core entity, named confidently or confirmed by its sentence. */
export const isEvidence = (m: GateInput) =>
  !m.peripheral && (m.requires === 'none' && m.recased === 0 ? true : m.requires === 'context' && m.local === 1 && m.recased !== 2);

/**
 * Support for the page being about AI from an ambiguous core name that its own text neither confirms
 * nor contradicts ("Cursor" in a list). One such name says nothing; several different ones together on
 * one page ("VS Code, Cursor, Windsurf, Claude Desktop", headings "Codex", "Copilot") support each
 * other (PageRelevance.MIN_SUPPORT). Lower-case and capitalised re-casings ("codex", "CURSOR") and
 * peripheral entities never support.
 */
export const isSupport = (m: GateInput) => !m.peripheral && m.requires === 'context' && m.recased === 0 && m.local !== -1;

export function decide(m: GateInput, votes: EntityVotes | undefined, page: PageView): MentionReason | null {
  let reason: MentionReason;
  if (m.requires === 'full-name') {
    if (!votes || votes.named === 0) return null;
    reason = 'full-name';
  } else if (!isAmbiguous(m)) {
    reason = 'name';
  } else {
    if (m.local === -1) return null;
    const pos = votes?.pos ?? 0;
    const neg = votes?.neg ?? 0;
    const lower = m.recased === 2;
    if (m.local === 1 && !lower) reason = 'context';
    else if (page.topical && pos + PAGE_VOTES > neg) reason = 'page';
    else if (!lower && pos > neg) reason = 'discourse';
    else return null;
  }
  if (m.peripheral && m.local !== 1 && !page.topical && !page.everyPage) return null;
  return reason;
}

/** A summary of the votes that `decide` reads, to tell whether an entity's mentions must be decided again. */
export function votesKey(v: EntityVotes = { named: 0, pos: 0, neg: 0 }): number {
  return (v.named > 0 ? 1 : 0) | (v.pos > v.neg ? 2 : 0) | (v.pos + PAGE_VOTES > v.neg ? 4 : 0);
}
