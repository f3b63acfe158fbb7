/**
 * The synonym and abbreviation table search reads (assets/search-synonyms.json, plus any groups a
 * dataset brings in its `synonyms` field): what a person types ("ceo", "bought", "ex") and the words
 * the dataset writes ("chief executive", "acquired", "formerly"). Used by search only.
 */
import table from '../../../assets/search-synonyms.json';
import { foldQuery } from './fold';

/** Forms of one query term, each a list of folded words; the first is the term as typed. */
export type TermForms = string[][];

export const BUNDLED_SYNONYMS: readonly (readonly string[])[] = table.groups;

export class Synonyms {
  /** Folded form ("chief executive") -> the groups it belongs to. */
  private readonly groups = new Map<string, string[][]>();
  /** The longest form, in words: how far ahead `expand` needs to look. */
  readonly longest: number = 1;

  constructor(groups: readonly (readonly string[])[]) {
    let longest = 1;
    for (const group of groups) {
      const forms = [...new Set(group.map(foldQuery).filter(Boolean))];
      for (const form of forms) {
        const known = this.groups.get(form) ?? [];
        known.push(forms);
        this.groups.set(form, known);
        longest = Math.max(longest, form.split(' ').length);
      }
    }
    this.longest = longest;
  }

  /** Every word of every form (folded). */
  words(): string[] {
    return [...new Set([...this.groups.keys()].flatMap((form) => form.split(' ')))];
  }

  /** Whether `phrase` (folded) is a form in some group. */
  has(phrase: string): boolean {
    return this.groups.has(phrase);
  }

  /** The phrase itself, then every other form of its groups, each as a list of words. */
  expand(phrase: string): TermForms {
    const forms = new Set([phrase]);
    for (const group of this.groups.get(phrase) ?? []) for (const form of group) forms.add(form);
    return [...forms].map((form) => form.split(' '));
  }
}

/** The bundled table extended by a dataset's own groups. */
export function synonymsFor(extra: readonly (readonly string[])[] | undefined): Synonyms {
  return new Synonyms([...BUNDLED_SYNONYMS, ...(extra ?? [])]);
}
