/**
 * The bundled dataset and helpers over datasets. `assets/dataset.json` is validated at build time
 * (the wxt `build:before` hook) and by the unit tests, so it is trusted here without re-checking.
 */
import raw from '../../assets/dataset.json';
import type { Dataset, Entity, Source } from './types';
import { validateDataset, validateDatasetShape, type DatasetError } from './validate';

export const bundledDataset: Dataset = raw as unknown as Dataset;

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
 * JSON pointers into it. The merged result passes `validateDataset`.
 */
export function mergeDatasets(base: Dataset, extra: unknown, fileName = 'imported dataset'): MergeResult {
  // 1. The extra file's own shape (its references may point into base, so only the schema part counts here).
  const shapeErrors = validateDatasetShape(extra, fileName);
  if (shapeErrors.length > 0) return { ok: false, errors: shapeErrors };
  const other = structuredClone(extra) as Dataset; // the caller's object is never shared or changed

  const errors: DatasetError[] = [];
  const baseEntities = entityById(base);
  const baseSources = sourceById(base);

  // 2. Build the merged dataset, remembering where each appended item came from in the extra file.
  const merged: Dataset = structuredClone(base);
  // Grows with `merged` while it is built, so not the shared (frozen-in-time) `entityById` index.
  const mergedEntities = new Map(merged.entities.map((entity) => [entity.id, entity]));
  const origin: [mergedPrefix: string, extraPrefix: string][] = [];
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
    const target = mergedEntities.get(entity.id);
    const baseEntity = baseEntities.get(entity.id);
    if (!target || !baseEntity) {
      origin.push([`/entities/${merged.entities.length}`, `/entities/${i}`]);
      merged.entities.push(entity);
      mergedEntities.set(entity.id, entity);
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
    const t = merged.entities.indexOf(target);
    const known = new Set(target.aliases.map((a) => a.text));
    entity.aliases.forEach((alias, a) => {
      if (known.has(alias.text)) return;
      origin.push([`/entities/${t}/aliases/${target.aliases.length}`, `/entities/${i}/aliases/${a}`]);
      target.aliases.push(alias);
    });
    (entity.roles ?? []).forEach((role, r) => {
      target.roles ??= [];
      origin.push([`/entities/${t}/roles/${target.roles.length}`, `/entities/${i}/roles/${r}`]);
      target.roles.push(role);
    });
    entity.facts.forEach((fact, f) => {
      origin.push([`/entities/${t}/facts/${target.facts.length}`, `/entities/${i}/facts/${f}`]);
      target.facts.push(fact);
      added.facts += 1;
    });
    entity.related.forEach((relation, r) => {
      if (target.related.some((x) => x.id === relation.id && x.relation === relation.relation)) return;
      origin.push([`/entities/${t}/related/${target.related.length}`, `/entities/${i}/related/${r}`]);
      target.related.push(relation);
    });
    added.extended.push(entity.id);
  });

  const terms = new Set(merged.contextTerms);
  other.contextTerms.forEach((term, i) => {
    if (terms.has(term)) return;
    origin.push([`/contextTerms/${merged.contextTerms.length}`, `/contextTerms/${i}`]);
    merged.contextTerms.push(term);
    terms.add(term);
  });
  merged.version = base.version >= other.version ? base.version : other.version;

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
