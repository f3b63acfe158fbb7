/**
 * What a person's own dataset may hold. Their dataset is loaded into every frame of every page and
 * its aliases go into the matcher's table, so a file is refused at import when it passes a limit:
 * its size, how many entities and aliases it has, how long an alias, a summary or a fact is, and any
 * alias that is a common word ("a", "the", "in") unless it is marked as needing AI context nearby
 * (`"requires": "context"`). Each problem names the file, the place in it, and the limit.
 */
import { formatNumber } from '../../core/format';
import { t } from '../../core/i18n';
import { fold } from '../../core/fold';
import { isObject } from '../../core/guards';

export const DATASET_LIMITS = {
  /** Bytes of the file (the bundled dataset is about 125 KB). */
  fileBytes: 2 * 1024 * 1024,
  entities: 2000,
  aliasesPerEntity: 50,
  aliases: 10_000,
  /** Characters of one alias (the matcher's table grows with alias length). */
  aliasLength: 100,
  /** Characters of one summary or fact text. */
  textLength: 5000,
} as const;

/**
 * Common words that would be found on every page: every English word of one or two letters people
 * write, and the commonest longer ones. An alias that is one of them needs `"requires": "context"`.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a i o am an as at be by do go he if in is it me my no of oh ok on or so to up us we ' +
    'all and any are but can did for from had has have her him his how its may more most new not now ' +
    'one our out she than that the their them then there these they this those two was were what when ' +
    'where which who why will with would you your about after also been before could into just like ' +
    'only other over some such very should'
  ).split(' '),
);

/** Whether an alias is a common word (case and accents aside), or a single character. */
export function isCommonWord(alias: string): boolean {
  const folded = fold(alias, { spaces: 'collapse' });
  return [...folded].length <= 1 || COMMON_WORDS.has(folded);
}

const encoder = new TextEncoder();
const count = (n: number) => formatNumber(n);

/** The file's size against the limit: one problem line, or null. Check before reading a picked file. */
export function fileSizeProblem(bytes: number, fileName: string): string | null {
  if (bytes <= DATASET_LIMITS.fileBytes) return null;
  const kb = (b: number) => formatNumber(Math.ceil(b / 1024));
  return `${fileName}: ${t('datasetLimitFileSize', kb(bytes), kb(DATASET_LIMITS.fileBytes))}`;
}

/** The text's size in bytes, as the file's. */
export function textBytes(text: string): number {
  return encoder.encode(text).length;
}


function textProblem(value: unknown, at: string): string | null {
  if (typeof value !== 'string' || value.length <= DATASET_LIMITS.textLength) return null;
  return `${at}: ${t('datasetLimitTextLength', count(value.length), count(DATASET_LIMITS.textLength))}`;
}

function aliasProblems(aliases: unknown[], at: string): string[] {
  const problems: string[] = [];
  if (aliases.length > DATASET_LIMITS.aliasesPerEntity) {
    problems.push(`${at}: ${t('datasetLimitAliasesPerEntity', count(aliases.length), count(DATASET_LIMITS.aliasesPerEntity))}`);
  }
  aliases.forEach((alias, i) => {
    if (!isObject(alias) || typeof alias.text !== 'string') return; // The schema names that problem.
    const where = `${at}/${i}/text`;
    if (alias.text.length > DATASET_LIMITS.aliasLength) {
      problems.push(`${where}: ${t('datasetLimitAliasLength', count(alias.text.length), count(DATASET_LIMITS.aliasLength))}`);
    } else if (alias.requires !== 'context' && isCommonWord(alias.text)) {
      problems.push(`${where}: ${t('datasetLimitCommonWord', alias.text.trim())}`);
    }
  });
  return problems;
}

/**
 * Every limit the parsed dataset passes, one line each (`mine.json: /entities/3/aliases/0/text: …`),
 * at most `max` of them; empty when it is within them all. Tolerates any shape (the schema check, which
 * runs after, names shape problems).
 */
export function datasetLimitProblems(data: unknown, fileName: string, max = 50): string[] {
  if (!isObject(data) || !Array.isArray(data.entities)) return [];
  const problems: string[] = [];
  const entities = data.entities;
  if (entities.length > DATASET_LIMITS.entities) {
    problems.push(`${fileName}: /entities: ${t('datasetLimitEntities', count(entities.length), count(DATASET_LIMITS.entities))}`);
  }
  let aliasTotal = 0;
  entities.forEach((entity, i) => {
    if (!isObject(entity) || problems.length >= max) return;
    const at = `${fileName}: /entities/${i}`;
    const summary = textProblem(entity.summary, `${at}/summary`);
    if (summary) problems.push(summary);
    if (Array.isArray(entity.aliases)) {
      aliasTotal += entity.aliases.length;
      problems.push(...aliasProblems(entity.aliases, `${at}/aliases`));
    }
    if (Array.isArray(entity.facts)) {
      entity.facts.forEach((fact, j) => {
        const problem = isObject(fact) ? textProblem(fact.text, `${at}/facts/${j}/text`) : null;
        if (problem) problems.push(problem);
      });
    }
  });
  if (aliasTotal > DATASET_LIMITS.aliases) {
    problems.unshift(`${fileName}: /entities: ${t('datasetLimitAliases', count(aliasTotal), count(DATASET_LIMITS.aliases))}`);
  }
  return problems.slice(0, max);
}
