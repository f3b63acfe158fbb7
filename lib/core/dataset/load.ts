/**
 * The bundled dataset and helpers over datasets. `assets/dataset.json` is validated at build time
 * (the wxt `build:before` hook) and by the unit tests, so it is trusted here without re-checking.
 */
// The dataset ships as a string and is read with JSON.parse: a JSON string is scanned far faster than
// the same data as a JavaScript object literal, and every frame of every page pays for it at start.
import { fold as foldText } from '../fold';
import { isObject, isString, isStrings } from '../guards';
import rawText from '../../../assets/dataset.json?raw';
import { comparePartialDates, datasetCoverage } from './format';
import type { Alias, Coverage, Dataset, Entity, Figure, Source } from './types';
import { isEntityType } from './entity-types';
import { validateDataset, validateDatasetShape, type DatasetError } from './validate';

export const bundledDataset: Dataset = JSON.parse(rawText) as Dataset;

// Datasets are not changed once built (a merge makes a new one), so an index is built once per
// dataset object and shared by every caller; a dataset that is gone takes its index with it.
const entityIndexes = new WeakMap<Dataset, ReadonlyMap<string, Entity>>();
const sourceIndexes = new WeakMap<Dataset, ReadonlyMap<string, Source>>();

/** Entities by id (built once per dataset object). */
export function entityById(dataset: Dataset): ReadonlyMap<string, Entity> {
  let index = entityIndexes.get(dataset);
  if (!index) entityIndexes.set(dataset, (index = new Map(dataset.entities.map((entity) => [entity.id, entity]))));
  return index;
}

/** Sources by id (built once per dataset object). */
export function sourceById(dataset: Dataset): ReadonlyMap<string, Source> {
  let index = sourceIndexes.get(dataset);
  if (!index) sourceIndexes.set(dataset, (index = new Map(dataset.sources.map((source) => [source.id, source]))));
  return index;
}

export type MergeResult =
  | {
      ok: true;
      dataset: Dataset;
      /** What the extra dataset contributed. */
      added: { entities: string[]; extended: string[]; facts: number; sources: string[] };
    }
  | { ok: false; errors: DatasetError[] };

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface MergeParts {
  dataset: Dataset;
  added: { entities: string[]; extended: string[]; facts: number; sources: string[] };
  /** Where each appended item came from: [pointer in the merged dataset, pointer in the extra file]. */
  origin: [mergedPrefix: string, extraPrefix: string][];
  /** Conflicts the merge itself sees: an entity id reused with another type, a source id for another source. */
  errors: DatasetError[];
}

/**
 * The merge itself, on an extra dataset of the right shape. Neither input is changed: the result is a
 * new dataset that shares the objects it did not need to change (base's untouched entities and
 * sources, extra's items); an extended entity is a copy with longer lists.
 */
function mergeParts(base: Dataset, other: Dataset, fileName: string): MergeParts {
  const errors: DatasetError[] = [];
  const baseEntities = entityById(base);
  const baseSources = sourceById(base);

  const merged: Dataset = {
    version: base.version >= other.version ? base.version : other.version,
    contextTerms: [...base.contextTerms],
    sources: [...base.sources],
    entities: [...base.entities],
  };
  // Where each entity is in `merged` (grows while it is built, so not the shared `entityById` index).
  const mergedIndex = new Map(merged.entities.map((entity, i) => [entity.id, i]));
  const copied = new Set<Entity>();
  const origin: [string, string][] = [];
  const added = { entities: [] as string[], extended: [] as string[], facts: 0, sources: [] as string[] };

  other.sources.forEach((source, i) => {
    const existing = baseSources.get(source.id);
    if (existing) {
      if (!sameJson(existing, source)) {
        errors.push({
          file: fileName,
          path: `/sources/${i}/id`,
          message: `source id "${source.id}" is already used by the bundled dataset for a different source ("${existing.title}"); give this source another id`,
        });
      }
      return;
    }
    origin.push([`/sources/${merged.sources.length}`, `/sources/${i}`]);
    merged.sources.push(source);
    added.sources.push(source.id);
  });

  other.entities.forEach((entity, i) => {
    const t = mergedIndex.get(entity.id);
    const baseEntity = baseEntities.get(entity.id);
    if (t === undefined || !baseEntity) {
      origin.push([`/entities/${merged.entities.length}`, `/entities/${i}`]);
      mergedIndex.set(entity.id, merged.entities.length);
      merged.entities.push(entity);
      added.entities.push(entity.id);
      added.facts += entity.facts.length;
      return;
    }
    if (baseEntity.type !== entity.type) {
      errors.push({
        file: fileName,
        path: `/entities/${i}/type`,
        message: `entity "${entity.id}" exists in the bundled dataset as a ${baseEntity.type}, found ${entity.type}; use another id or the same type to extend it`,
      });
      return;
    }
    // Copy on first write: base's entity stays as it is.
    let target = merged.entities[t]!;
    if (!copied.has(target)) {
      target = {
        ...target,
        aliases: [...target.aliases],
        facts: [...target.facts],
        related: [...target.related],
        ...(target.roles ? { roles: [...target.roles] } : {}),
      };
      copied.add(target);
      merged.entities[t] = target;
    }
    added.facts += extendEntity(target, entity, `/entities/${t}`, `/entities/${i}`, origin);
    added.extended.push(entity.id);
  });

  const terms = new Set(merged.contextTerms);
  other.contextTerms.forEach((term, i) => {
    if (terms.has(term)) return;
    origin.push([`/contextTerms/${merged.contextTerms.length}`, `/contextTerms/${i}`]);
    merged.contextTerms.push(term);
    terms.add(term);
  });
  // Search's synonym groups (search only): the person's are added to the bundled ones.
  const synonyms = [...(base.synonyms ?? []), ...(other.synonyms ?? [])];
  if (synonyms.length > 0) merged.synonyms = synonyms;

  const coverage = mergedCoverage(base, other, added.sources.length);
  if (coverage) merged.coverage = coverage;
  return { dataset: merged, added, origin, errors };
}

/**
 * Appends an extra entity's aliases (new texts only), roles, facts and relations (new ones only) to its
 * copy in the merged dataset, noting where each came from; returns how many facts it added.
 */
function extendEntity(target: Entity, entity: Entity, at: string, from: string, origin: [string, string][]): number {
  const known = new Set(target.aliases.map((a) => a.text));
  entity.aliases.forEach((alias, a) => {
    if (known.has(alias.text)) return;
    origin.push([`${at}/aliases/${target.aliases.length}`, `${from}/aliases/${a}`]);
    target.aliases.push(alias);
  });
  (entity.roles ?? []).forEach((role, r) => {
    target.roles ??= [];
    origin.push([`${at}/roles/${target.roles.length}`, `${from}/roles/${r}`]);
    target.roles.push(role);
  });
  entity.facts.forEach((fact, f) => {
    origin.push([`${at}/facts/${target.facts.length}`, `${from}/facts/${f}`]);
    target.facts.push(fact);
  });
  entity.related.forEach((relation, r) => {
    if (target.related.some((x) => x.id === relation.id && x.relation === relation.relation)) return;
    origin.push([`${at}/related/${target.related.length}`, `${from}/related/${r}`]);
    target.related.push(relation);
  });
  return entity.facts.length;
}

/**
 * The freshness of the merged facts: the later of the two "facts up to" dates, and the base's articles
 * plus the extra's (its own count when it gives a coverage, else the sources it added).
 */
function mergedCoverage(base: Dataset, other: Dataset, addedSources: number): Coverage | undefined {
  const own = datasetCoverage(base);
  const extra = other.coverage ?? (addedSources > 0 ? datasetCoverage(other) : undefined);
  if (!own || !extra) return own ?? extra;
  return {
    factsUpTo: comparePartialDates(extra.factsUpTo, own.factsUpTo) > 0 ? extra.factsUpTo : own.factsUpTo,
    articleCount: own.articleCount + (other.coverage ? other.coverage.articleCount : addedSources),
  };
}

// ---------------------------------------------------------------------------------------------
// The validation-free merge (the content script's path)


/**
 * The little of the shape the merge and the page's matcher lean on. Not the schema: a stored record
 * was validated when it was imported; this only keeps a damaged one from reaching the page.
 */
function looksLikeDataset(data: unknown): data is Dataset {
  if (!isObject(data) || !isString(data.version) || !isStrings(data.contextTerms)) return false;
  if (!Array.isArray(data.sources) || !data.sources.every((s) => isObject(s) && isString(s.id) && isString(s.title))) return false;
  if (!Array.isArray(data.entities)) return false;
  return data.entities.every(
    (e) =>
      isObject(e) &&
      isString(e.id) &&
      isString(e.name) &&
      isEntityType(e.type) &&
      Array.isArray(e.aliases) &&
      e.aliases.every((a) => isObject(a) && isString(a.text) && a.text.trim() !== '') &&
      Array.isArray(e.facts) &&
      e.facts.every((f) => isObject(f) && isString(f.id) && isString(f.text) && isStrings(f.sources)) &&
      Array.isArray(e.related) &&
      e.related.every((r) => isObject(r) && isString(r.id)) &&
      (e.roles === undefined || (Array.isArray(e.roles) && e.roles.every((r) => isObject(r) && isStrings(r.sources)))),
  );
}

const fold = (text: string) => foldText(text, { accents: 'keep' });
const aliasRequires = (alias: Alias) => alias.requires ?? 'none';

/**
 * What an extra dataset could break in the merged one when the base changed after the extra was
 * checked (an extension update): its ids clashing with new ones, its references pointing at items
 * the base no longer has, its aliases claimed by new entities. Returns the first problem, or null.
 * The same rules as `validateDataset`, limited to what the extra brought in.
 */
function mergeProblem(merged: Dataset, base: Dataset, other: Dataset): string | null {
  const sources = new Set(merged.sources.map((s) => s.id));
  const entities = new Set<string>();
  for (const entity of merged.entities) {
    if (entities.has(entity.id)) return `duplicate entity id "${entity.id}"`;
    entities.add(entity.id);
  }
  const baseFacts = new Set(base.entities.flatMap((e) => e.facts.map((f) => f.id)));
  const seenFacts = new Set<string>();
  const missingSource = (ids: readonly string[] | undefined) => (ids ?? []).find((id) => !sources.has(id));
  const figuresProblem = (figures: readonly Figure[] | undefined) => {
    for (const figure of figures ?? []) {
      if (!entities.has(figure.subject)) return `unknown entity "${figure.subject}"`;
      const source = missingSource(figure.sources);
      if (source !== undefined) return `unknown source "${source}"`;
    }
    return null;
  };

  for (const entity of other.entities) {
    for (const fact of entity.facts) {
      if (baseFacts.has(fact.id) || seenFacts.has(fact.id)) return `duplicate fact id "${fact.id}"`;
      seenFacts.add(fact.id);
      const source = missingSource(fact.sources) ?? fact.disputed?.claims.map((c) => missingSource(c.sources)).find((s) => s);
      if (source !== undefined) return `unknown source "${source}"`;
      if (fact.quoteBy !== undefined && !entities.has(fact.quoteBy)) return `unknown entity "${fact.quoteBy}"`;
      const figures = figuresProblem(fact.figures) ?? fact.disputed?.claims.map((c) => figuresProblem(c.figures)).find((p) => p);
      if (figures) return figures;
    }
    for (const role of entity.roles ?? []) {
      const source = missingSource(role.sources);
      if (source !== undefined) return `unknown source "${source}"`;
      if (role.org !== undefined && !entities.has(role.org)) return `unknown entity "${role.org}"`;
    }
    for (const relation of entity.related) {
      if (relation.id === entity.id || !entities.has(relation.id)) return `unknown or own entity "${relation.id}"`;
    }
  }

  // Aliases: an extra entity's alias (or one it added to a base entity) against every other entity's.
  const touched = new Set(other.entities.map((e) => e.id));
  const owners = new Map<string, { entity: string; alias: Alias }[]>();
  const contextAliases = new Set<string>();
  for (const entity of merged.entities) {
    const own = new Map<string, Alias>();
    for (const alias of entity.aliases) {
      const key = fold(alias.text);
      if (aliasRequires(alias) === 'context') contextAliases.add(key);
      const twin = own.get(key);
      if (twin) {
        const distinct = alias.caseSensitive === true && twin.caseSensitive === true && alias.text !== twin.text;
        if (!distinct && touched.has(entity.id)) return `duplicate alias "${alias.text}" in entity "${entity.id}"`;
        continue;
      }
      own.set(key, alias);
      const list = owners.get(key) ?? [];
      for (const prior of list) {
        const clash = aliasRequires(alias) === 'none' || aliasRequires(prior.alias) === 'none';
        if (clash && (touched.has(entity.id) || touched.has(prior.entity))) {
          return `alias "${alias.text}" of entity "${entity.id}" conflicts with one of entity "${prior.entity}"`;
        }
      }
      list.push({ entity: entity.id, alias });
      owners.set(key, list);
    }
  }
  for (const term of merged.contextTerms) {
    if (contextAliases.has(fold(term))) return `context term "${term}" is an alias that requires context`;
  }
  return null;
}

/**
 * Merges an extra dataset that was validated when it was imported (a stored record) into `base`,
 * without the JSON Schema validator: the content script's path, run in every frame. The rules are
 * `mergeDatasets`'s; anything that would not merge cleanly (a conflict, a reference the base no longer
 * has, a damaged record) gives `ok: false` with one error, never a throw and never a half-merge.
 * Neither input is changed; the result shares their unchanged objects (datasets are never changed
 * once built).
 */
export function mergeValidated(base: Dataset, extra: unknown, fileName = 'imported dataset'): MergeResult {
  const refuse = (message: string): MergeResult => ({ ok: false, errors: [{ file: fileName, path: '', message }] });
  try {
    if (!looksLikeDataset(extra)) return refuse('not a dataset (it may have been damaged in storage)');
    const parts = mergeParts(base, extra, fileName);
    if (parts.errors.length > 0) return { ok: false, errors: parts.errors };
    const problem = mergeProblem(parts.dataset, base, extra);
    if (problem) return refuse(`no longer merges with the bundled dataset: ${problem}`);
    return { ok: true, dataset: parts.dataset, added: parts.added };
  } catch (error) {
    return refuse(`could not be merged: ${(error as Error)?.message ?? String(error)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The checked merge (an import)

/**
 * Merges a user-imported dataset (`extra`, unvalidated JSON) into `base`. Nothing is renamed:
 *
 * - An extra entity whose id is new is added. One whose id exists in base with the same `type`
 *   *extends* it: its aliases (those not already there), roles, facts and relations are appended;
 *   base's name and summary stay. A different `type` is a conflict.
 * - Extra sources keep their own ids. A source id already in base is accepted only if the two
 *   sources are identical; otherwise it is a conflict.
 * - Fact ids must stay unique across the merged dataset; an alias already claimed by another
 *   entity is a conflict too (same rule as within one dataset).
 * - Extra facts may cite base sources and relate to base entities.
 *
 * Any conflict rejects the whole import (nothing is half-merged): the errors name the extra file and
 * JSON pointers into it. The merged result passes `validateDataset`. This is the import's path (the
 * options page): the schema, then the merge `mergeValidated` does, then every cross-reference check
 * with precise messages. A record it accepted can later be merged with `mergeValidated` alone.
 */
export function mergeDatasets(base: Dataset, extra: unknown, fileName = 'imported dataset'): MergeResult {
  // 1. The extra file's own shape (its references may point into base, so only the schema part counts here).
  const shapeErrors = validateDatasetShape(extra, fileName);
  if (shapeErrors.length > 0) return { ok: false, errors: shapeErrors };
  const other = structuredClone(extra) as Dataset; // the caller's object is never shared or changed

  // 2. The merged dataset, remembering where each appended item came from in the extra file.
  const { dataset: merged, added, origin, errors } = mergeParts(base, other, fileName);
  if (errors.length > 0) return { ok: false, errors };

  // 3. Cross-references over the whole: problems land on the later (extra) occurrence; map them back.
  const check = validateDataset(merged, fileName);
  if (!check.ok) {
    return {
      ok: false,
      errors: check.errors.map((error) => {
        const hit = origin
          .filter(([prefix]) => error.path === prefix || error.path.startsWith(`${prefix}/`))
          .sort((a, b) => b[0].length - a[0].length)[0];
        return hit
          ? { ...error, file: fileName, path: hit[1] + error.path.slice(hit[0].length) }
          : { ...error, file: `${fileName} (merged with the bundled dataset)` };
      }),
    };
  }
  return { ok: true, dataset: check.dataset, added };
}
