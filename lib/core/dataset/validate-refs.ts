/**
 * The invariants a schema cannot express, check by check: unique ids, references that resolve, alias
 * conflicts, real calendar dates, quotes in quotation marks, disputed facts whose sources match their
 * claims, context terms that are no alias needing context. Run once the shape is right.
 */
import { partialDateProblem } from './format';
import type { Alias, Dataset, Entity, Fact, Figure } from './types';
import { datasetFieldErrors } from './validate-fields';
import { pointer, type DatasetError } from './validate-schema';
import { fold } from '../fold';

type Add = (path: string, message: string) => void;

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length]!;
}

function expectedIds(kind: string, found: string, known: readonly string[]): string {
  if (known.length === 0) return `unknown ${kind} id "${found}" (there are no ${kind}s)`;
  if (known.length <= 12) {
    return `unknown ${kind} id "${found}" (expected one of: ${known.map((k) => `"${k}"`).join(', ')})`;
  }
  const ranked = [...known]
    .map((id) => ({ id, distance: levenshtein(found, id) }))
    .sort((x, y) => x.distance - y.distance || x.id.localeCompare(y.id));
  const near = ranked.filter((r) => r.distance <= Math.max(3, Math.floor(found.length / 3)));
  const closest = (near.length > 0 ? near : ranked).slice(0, 5).map((r) => r.id);
  return `unknown ${kind} id "${found}" (expected one of the ${known.length} ${kind} ids; closest: ${closest
    .map((k) => `"${k}"`)
    .join(', ')})`;
}

/** Alias texts compare with case and compatibility forms aside, accents kept ("Café" is not "Cafe"). */
const aliasKey = (text: string) => fold(text, { accents: 'keep' });
const requiresOf = (alias: Alias) => alias.requires ?? 'none';
const ORG_TYPES = new Set(['company', 'team']);
const hasQuotationMark = (text: string) => /["“”]/.test(text);

/** What the checks know of the whole dataset: its ids (all first, so references may point forwards). */
class ReferenceChecks {
  readonly sourceIds: string[] = [];
  readonly sourceAt = new Map<string, string>();
  readonly entityIds: string[] = [];
  readonly entityAt = new Map<string, { path: string; type: string }>();
  readonly factAt = new Map<string, string>();
  /** Alias texts (folded) across the whole dataset, with who holds them. */
  readonly aliasOwners = new Map<string, { entity: string; alias: Alias; path: string }[]>();
  readonly contextAliases = new Map<string, { entity: string; alias: Alias }>();

  constructor(readonly add: Add) {}

  date(path: string, date: string | undefined): void {
    if (date === undefined) return;
    const problem = partialDateProblem(date);
    if (problem) this.add(path, problem);
  }

  indexSources(dataset: Dataset): void {
    dataset.sources.forEach((source, i) => {
      const path = pointer('sources', i);
      const first = this.sourceAt.get(source.id);
      if (first) this.add(`${path}/id`, `duplicate source id "${source.id}" (already used at ${first})`);
      else {
        this.sourceAt.set(source.id, `${path}/id`);
        this.sourceIds.push(source.id);
      }
      this.date(`${path}/date`, source.date);
    });
  }

  indexEntities(dataset: Dataset): void {
    dataset.entities.forEach((entity, i) => {
      const path = pointer('entities', i, 'id');
      const first = this.entityAt.get(entity.id);
      if (first) this.add(path, `duplicate entity id "${entity.id}" (already used at ${first.path})`);
      else {
        this.entityAt.set(entity.id, { path, type: entity.type });
        this.entityIds.push(entity.id);
      }
    });
  }

  sources(path: string, ids: readonly string[], within?: { ids: readonly string[]; what: string }): void {
    ids.forEach((id, i) => {
      if (!this.sourceAt.has(id)) this.add(`${path}/${i}`, expectedIds('source', id, this.sourceIds));
      else if (within && !within.ids.includes(id)) {
        this.add(
          `${path}/${i}`,
          `source "${id}" is not among the sources of the ${within.what} (${within.ids.map((s) => `"${s}"`).join(', ')})`,
        );
      }
    });
  }

  entityRef(path: string, id: string): void {
    if (!this.entityAt.has(id)) this.add(path, expectedIds('entity', id, this.entityIds));
  }

  figures(path: string, figures: readonly Figure[] | undefined, ownerSources: readonly string[], what: string): void {
    (figures ?? []).forEach((figure, k) => {
      const fp = `${path}/${k}`;
      if (!Number.isFinite(figure.value)) this.add(`${fp}/value`, `expected a finite number, found ${String(figure.value)}`);
      this.entityRef(`${fp}/subject`, figure.subject);
      this.date(`${fp}/asOf`, figure.asOf);
      this.sources(`${fp}/sources`, figure.sources, { ids: ownerSources, what });
    });
  }

  fact(fact: Fact, path: string): void {
    const first = this.factAt.get(fact.id);
    if (first) this.add(`${path}/id`, `duplicate fact id "${fact.id}" (already used at ${first}); fact ids are unique across all entities`);
    else this.factAt.set(fact.id, `${path}/id`);
    this.date(`${path}/date`, fact.date);
    this.sources(`${path}/sources`, fact.sources);
    if (fact.quoteBy !== undefined) {
      this.entityRef(`${path}/quoteBy`, fact.quoteBy);
      if (!hasQuotationMark(fact.text)) {
        this.add(`${path}/text`, `expected the quote in quotation marks (the fact has quoteBy "${fact.quoteBy}"), found no quotation mark`);
      }
    }
    this.figures(`${path}/figures`, fact.figures, fact.sources, 'fact');
    if (fact.disputed) this.dispute(fact, path);
  }

  /** A disputed fact's claims cite only its sources, and its sources are all cited by a claim. */
  dispute(fact: Fact, path: string): void {
    const cited = new Set<string>();
    fact.disputed!.claims.forEach((claim, c) => {
      const cp = `${path}/disputed/claims/${c}`;
      this.sources(`${cp}/sources`, claim.sources, { ids: fact.sources, what: 'disputed fact' });
      claim.sources.forEach((s) => cited.add(s));
      this.date(`${cp}/date`, claim.date);
      this.figures(`${cp}/figures`, claim.figures, claim.sources, 'claim');
    });
    fact.sources.forEach((s, i) => {
      if (!cited.has(s) && this.sourceAt.has(s)) {
        this.add(`${path}/sources/${i}`, `source "${s}" of a disputed fact is not cited by any of its claims (a disputed fact's sources are the union of its claims' sources)`);
      }
    });
  }

  aliases(entity: Entity, ep: string): void {
    const ownFolded = new Map<string, number>();
    entity.aliases.forEach((alias, a) => {
      const ap = `${ep}/aliases/${a}`;
      const key = aliasKey(alias.text);
      const dup = ownFolded.get(key);
      if (dup !== undefined) {
        // "WIRED" and "Wired" may both be listed when both are case-sensitive (with different requirements).
        const other = entity.aliases[dup]!;
        const distinct = alias.caseSensitive === true && other.caseSensitive === true && alias.text !== other.text;
        if (!distinct) {
          this.add(`${ap}/text`, `duplicate alias "${alias.text}" in entity "${entity.id}" (same as ${ep}/aliases/${dup} "${other.text}"; only two case-sensitive spellings may share a text)`);
        }
        return;
      }
      ownFolded.set(key, a);
      this.sharedAlias(entity, alias, key, `${ap}/text`);
    });
  }

  /** An alias text two entities hold is allowed only when both need context or the full name. */
  sharedAlias(entity: Entity, alias: Alias, key: string, path: string): void {
    const owners = this.aliasOwners.get(key) ?? [];
    for (const other of owners) {
      if (requiresOf(alias) === 'none' || requiresOf(other.alias) === 'none') {
        this.add(
          path,
          `alias "${alias.text}" of entity "${entity.id}" conflicts with alias "${other.alias.text}" of entity "${other.entity}" at ${other.path} (an alias text may belong to two entities only when both require "context" or "full-name")`,
        );
      }
    }
    owners.push({ entity: entity.id, alias, path });
    this.aliasOwners.set(key, owners);
    if (requiresOf(alias) === 'context' && !this.contextAliases.has(key)) this.contextAliases.set(key, { entity: entity.id, alias });
  }

  roles(entity: Entity, ep: string): void {
    (entity.roles ?? []).forEach((role, r) => {
      const rp = `${ep}/roles/${r}`;
      if (role.org !== undefined) {
        const org = this.entityAt.get(role.org);
        if (!org) this.entityRef(`${rp}/org`, role.org);
        else if (!ORG_TYPES.has(org.type)) {
          this.add(`${rp}/org`, `expected the id of a company or team, found "${role.org}", which is a ${org.type}`);
        }
      }
      this.date(`${rp}/from`, role.from);
      this.date(`${rp}/to`, role.to);
      if (role.from && role.to && !partialDateProblem(role.from) && !partialDateProblem(role.to) && role.from > role.to) {
        this.add(`${rp}/to`, `expected "to" on or after "from" (${role.from}), found ${role.to}`);
      }
      this.sources(`${rp}/sources`, role.sources);
    });
  }

  relations(entity: Entity, ep: string): void {
    const relationSeen = new Set<string>();
    entity.related.forEach((relation, r) => {
      const rp = `${ep}/related/${r}`;
      if (relation.id === entity.id) this.add(`${rp}/id`, `an entity cannot be related to itself ("${entity.id}")`);
      else this.entityRef(`${rp}/id`, relation.id);
      const key = `${relation.id}\u0000${relation.relation}`;
      if (relationSeen.has(key)) this.add(rp, `duplicate relation "${relation.relation}" to "${relation.id}"`);
      relationSeen.add(key);
    });
  }

  contextTerms(dataset: Dataset): void {
    dataset.contextTerms.forEach((term, t) => {
      const tp = pointer('contextTerms', t);
      if (term !== term.toLocaleLowerCase('en')) this.add(tp, `expected a lowercase term, found "${term}"`);
      const clash = this.contextAliases.get(aliasKey(term));
      if (clash) {
        this.add(
          tp,
          `context term "${term}" is itself the alias "${clash.alias.text}" of entity "${clash.entity}", which requires context: that alias would always vouch for itself`,
        );
      }
    });
  }
}

/** Every invariant the schema cannot express that `dataset` breaks (its shape is taken as right). */
export function referenceErrors(dataset: Dataset, file: string): DatasetError[] {
  const errors: DatasetError[] = [];
  const check = new ReferenceChecks((path, message) => errors.push({ file, path, message }));
  check.date('/version', dataset.version);
  datasetFieldErrors(dataset, check.add);
  check.indexSources(dataset);
  check.indexEntities(dataset);
  dataset.entities.forEach((entity, i) => {
    const ep = pointer('entities', i);
    check.aliases(entity, ep);
    check.roles(entity, ep);
    entity.facts.forEach((fact, f) => check.fact(fact, `${ep}/facts/${f}`));
    check.relations(entity, ep);
  });
  check.contextTerms(dataset);
  return errors;
}
