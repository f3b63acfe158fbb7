/**
 * Other ways pages write the dataset's names, made from the aliases when the matcher is built (so a
 * person's own dataset gets them too):
 * - a person's name inverted, as bylines, indexes and reference lists write it: "Altman, Sam" counts as
 *   the full name; "Altman, S." as an ambiguous alias (an initial is shared by many people);
 * - a version number written onto the name, as people type it: "GPT-4" is also "GPT4", "GPT-5.3-Codex"
 *   also "GPT5.3-Codex". (Hyphens and spaces need no variant: the matcher reads them as one separator.)
 */
import type { EntityType } from '../dataset/types';

export type Requirement = 'none' | 'context' | 'full-name';

export interface AliasSpec {
  text: string;
  caseSensitive?: boolean;
  requires?: Requirement;
  /** On a page about AI, the alias in lower case counts too ("codex exec"). */
  lowerCaseOnAiPages?: boolean;
}

const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;

/** "Sam Altman" gives "Altman, Sam" (full name) and "Altman, S." (context). */
function invertedForms(alias: AliasSpec): AliasSpec[] {
  if ((alias.requires ?? 'none') !== 'none') return [];
  const words = alias.text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => CAPITALISED.test(w))) return [];
  const surname = words[words.length - 1];
  const given = words.slice(0, -1);
  return [
    { text: `${surname}, ${given.join(' ')}` },
    { text: `${surname}, ${given.map((w) => `${w[0]}.`).join(' ')}`, caseSensitive: true, requires: 'context' },
  ];
}

/** Each letter-separator-digit joint closed up: "GPT-4" gives "GPT4". */
function joinedVersions(alias: AliasSpec): AliasSpec[] {
  const joined = alias.text.replace(/(\p{L}{2,})[- ](?=\d)/gu, '$1');
  return joined !== alias.text ? [{ ...alias, text: joined }] : [];
}

export function aliasVariants(type: EntityType, aliases: readonly AliasSpec[]): AliasSpec[] {
  const out: AliasSpec[] = [];
  const seen = new Set(aliases.map((a) => a.text));
  for (const alias of aliases) {
    const more = [...(type === 'person' ? invertedForms(alias) : []), ...joinedVersions(alias)];
    for (const variant of more) {
      if (seen.has(variant.text)) continue;
      seen.add(variant.text);
      out.push(variant);
    }
  }
  return out;
}
