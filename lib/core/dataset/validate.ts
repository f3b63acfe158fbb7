/**
 * Validation of a dataset: first its shape against `assets/dataset.schema.json` (with
 * @cfworker/json-schema, which needs no eval and so runs under an extension's CSP), then the
 * invariants a schema cannot express: unique ids, references that resolve, alias conflicts, real
 * calendar dates, disputed facts whose sources match their claims.
 *
 * Nothing here throws on bad input: every problem comes back as a DatasetError with the file, a JSON
 * pointer into it and a message saying what was expected and what was found.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schemaJson from '../../../assets/dataset.schema.json';
import { partialDateProblem } from './format';
import type { Alias, Dataset, Fact, Figure } from './types';
import { datasetFieldErrors } from './validate-fields';

export interface DatasetError {
  /** The file the problem is in, e.g. "assets/dataset.json". */
  file: string;
  /** JSON pointer to the offending value ("" for the whole document). */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

export type DatasetValidation = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

type JsonSchema = Record<string, unknown>;
export const datasetSchema = schemaJson as unknown as JsonSchema;

let validator: Validator | undefined;
function schemaValidator(): Validator {
  // shortCircuit = false: report every problem, not just the first.
  validator ??= new Validator(datasetSchema as never, '2020-12', false);
  return validator;
}

// ---------------------------------------------------------------------------------------------
// JSON pointers

function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join('');
}

function unescapeSegment(segment: string): string {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment); // the validator URI-encodes its pointers
  } catch {
    // keep the raw segment
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}

function segmentsOf(location: string): string[] {
  const body = location.replace(/^#/, '');
  if (body === '' || body === '/') return [];
  return body.slice(1).split('/').map(unescapeSegment);
}

function valueAt(root: unknown, segments: string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (node && typeof node === 'object') node = (node as Record<string, unknown>)[segment];
    else return undefined;
  }
  return node;
}

/** The schema object that holds the keyword at `keywordLocation`, following local $refs. */
function schemaAt(keywordLocation: string): JsonSchema | undefined {
  const segments = segmentsOf(keywordLocation);
  segments.pop(); // the keyword itself
  let node: unknown = datasetSchema;
  for (const segment of segments) {
    if (!node || typeof node !== 'object') return undefined;
    const current = node as JsonSchema;
    if (segment === '$ref' && typeof current.$ref === 'string') {
      node = valueAt(datasetSchema, segmentsOf(current.$ref));
    } else {
      node = Array.isArray(current) ? current[Number(segment)] : current[segment];
    }
  }
  // A node that is itself only a $ref (e.g. { "$ref": "#/$defs/id" }) describes what it refers to.
  while (node && typeof node === 'object' && typeof (node as JsonSchema).$ref === 'string') {
    node = valueAt(datasetSchema, segmentsOf((node as JsonSchema).$ref as string));
  }
  return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Human-readable descriptions

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `the string ${JSON.stringify(shown)}`;
  }
  return `the ${typeof value} ${String(value)}`;
}

function describeType(type: unknown): string {
  const names: Record<string, string> = {
    object: 'an object',
    array: 'an array',
    string: 'a string',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
    null: 'null',
  };
  const list = Array.isArray(type) ? type : [type];
  return list.map((t) => names[String(t)] ?? String(t)).join(' or ');
}

function expectedFrom(schema: JsonSchema | undefined, fallback: string): string {
  return typeof schema?.description === 'string' ? schema.description : fallback;
}

/** Keywords that only say "something below failed"; the leaf errors below them are reported instead. */
const WRAPPER_KEYWORDS = new Set([
  'properties',
  'items',
  'prefixItems',
  '$ref',
  '$dynamicRef',
  'allOf',
  'anyOf',
  'oneOf',
  'then',
  'else',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'false', // the child of additionalProperties: false, reported by additionalProperties itself
]);

function schemaErrors(data: unknown, file: string): DatasetError[] {
  const result = schemaValidator().validate(data);
  if (result.valid) return [];
  const errors: DatasetError[] = [];
  const seen = new Set<string>();
  const add = (path: string, message: string) => {
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    errors.push({ file, path, message });
  };
  const units = result.errors as OutputUnit[];
  const failedMinLength = new Set(
    units.filter((u) => u.keyword === 'minLength').map((u) => u.instanceLocation),
  );

  for (const unit of units) {
    if (WRAPPER_KEYWORDS.has(unit.keyword)) continue;
    const segments = segmentsOf(unit.instanceLocation);
    const path = pointer(...segments);
    const value = valueAt(data, segments);
    const schema = schemaAt(unit.keywordLocation);

    switch (unit.keyword) {
      case 'type':
        add(path, `expected ${describeType(schema?.type)}, found ${describeValue(value)}`);
        break;
      case 'required': {
        const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
        const present = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
        const missing = required.filter((key) => !(key in present));
        for (const key of missing) add(path, `missing required property "${key}"`);
        if (missing.length === 0) add(path, unit.error);
        break;
      }
      case 'additionalProperties': {
        const allowed = Object.keys((schema?.properties as JsonSchema | undefined) ?? {});
        const extra =
          value && typeof value === 'object'
            ? Object.keys(value as object).filter((key) => !allowed.includes(key))
            : [];
        for (const key of extra) {
          add(pointer(...segments, key), `unexpected property "${key}" (allowed here: ${allowed.join(', ')})`);
        }
        break;
      }
      case 'enum': {
        const options = Array.isArray(schema?.enum) ? (schema.enum as unknown[]) : [];
        add(path, `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}, found ${describeValue(value)}`);
        break;
      }
      case 'const':
        add(path, `expected ${JSON.stringify(schema?.const)}, found ${describeValue(value)}`);
        break;
      case 'pattern':
        if (failedMinLength.has(unit.instanceLocation)) break; // "" already reported as too short
        add(path, `expected ${expectedFrom(schema, `a string matching ${String(schema?.pattern)}`)}, found ${describeValue(value)}`);
        break;
      case 'minLength':
        add(path, `expected ${expectedFrom(schema, `at least ${String(schema?.minLength)} characters`)}, found ${describeValue(value)}`);
        break;
      case 'maxLength':
        add(path, `expected at most ${String(schema?.maxLength)} characters, found ${describeValue(value)}`);
        break;
      case 'minItems':
        add(path, `expected ${expectedFrom(schema, `at least ${String(schema?.minItems)} item(s)`)}, found ${describeValue(value)}`);
        break;
      case 'maxItems':
        add(path, `expected at most ${String(schema?.maxItems)} item(s), found ${describeValue(value)}`);
        break;
      case 'uniqueItems': {
        const list = Array.isArray(value) ? value : [];
        const keys = list.map((v) => JSON.stringify(v));
        const dupIndex = keys.findIndex((k, i) => keys.indexOf(k) !== i);
        const dup = dupIndex >= 0 ? keys[dupIndex] : '?';
        add(dupIndex >= 0 ? pointer(...segments, dupIndex) : path, `expected distinct items, found ${dup} more than once`);
        break;
      }
      default:
        add(path, unit.error);
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Invariants beyond the schema

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

const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase('en');
const requiresOf = (alias: Alias) => alias.requires ?? 'none';
const ORG_TYPES = new Set(['company', 'team']);
const hasQuotationMark = (text: string) => /["“”]/.test(text);

function semanticErrors(dataset: Dataset, file: string): DatasetError[] {
  const errors: DatasetError[] = [];
  const add = (path: string, message: string) => errors.push({ file, path, message });
  const checkDate = (path: string, date: string | undefined) => {
    if (date === undefined) return;
    const problem = partialDateProblem(date);
    if (problem) add(path, problem);
  };

  checkDate('/version', dataset.version);
  datasetFieldErrors(dataset, add);

  // Sources
  const sourceIds: string[] = [];
  const sourceAt = new Map<string, string>();
  dataset.sources.forEach((source, i) => {
    const path = pointer('sources', i);
    const first = sourceAt.get(source.id);
    if (first) add(`${path}/id`, `duplicate source id "${source.id}" (already used at ${first})`);
    else {
      sourceAt.set(source.id, `${path}/id`);
      sourceIds.push(source.id);
    }
    checkDate(`${path}/date`, source.date);
  });
  const checkSources = (path: string, ids: readonly string[], within?: { ids: readonly string[]; what: string }) => {
    ids.forEach((id, i) => {
      if (!sourceAt.has(id)) add(`${path}/${i}`, expectedIds('source', id, sourceIds));
      else if (within && !within.ids.includes(id)) {
        add(
          `${path}/${i}`,
          `source "${id}" is not among the sources of the ${within.what} (${within.ids.map((s) => `"${s}"`).join(', ')})`,
        );
      }
    });
  };

  // Entity ids (all of them first, so references may point forwards)
  const entityIds: string[] = [];
  const entityAt = new Map<string, { path: string; type: string }>();
  dataset.entities.forEach((entity, i) => {
    const path = pointer('entities', i, 'id');
    const first = entityAt.get(entity.id);
    if (first) add(path, `duplicate entity id "${entity.id}" (already used at ${first.path})`);
    else {
      entityAt.set(entity.id, { path, type: entity.type });
      entityIds.push(entity.id);
    }
  });
  const checkEntityRef = (path: string, id: string) => {
    if (!entityAt.has(id)) add(path, expectedIds('entity', id, entityIds));
  };

  // Aliases, across the whole dataset
  const aliasOwners = new Map<string, { entity: string; alias: Alias; path: string }[]>();
  const contextAliases = new Map<string, { entity: string; alias: Alias }>();
  const factAt = new Map<string, string>();

  const checkFigures = (path: string, figures: readonly Figure[] | undefined, ownerSources: readonly string[], what: string) => {
    (figures ?? []).forEach((figure, k) => {
      const fp = `${path}/${k}`;
      if (!Number.isFinite(figure.value)) add(`${fp}/value`, `expected a finite number, found ${String(figure.value)}`);
      checkEntityRef(`${fp}/subject`, figure.subject);
      checkDate(`${fp}/asOf`, figure.asOf);
      checkSources(`${fp}/sources`, figure.sources, { ids: ownerSources, what });
    });
  };

  const checkFact = (fact: Fact, path: string) => {
    const first = factAt.get(fact.id);
    if (first) add(`${path}/id`, `duplicate fact id "${fact.id}" (already used at ${first}); fact ids are unique across all entities`);
    else factAt.set(fact.id, `${path}/id`);
    checkDate(`${path}/date`, fact.date);
    checkSources(`${path}/sources`, fact.sources);
    if (fact.quoteBy !== undefined) {
      checkEntityRef(`${path}/quoteBy`, fact.quoteBy);
      if (!hasQuotationMark(fact.text)) {
        add(`${path}/text`, `expected the quote in quotation marks (the fact has quoteBy "${fact.quoteBy}"), found no quotation mark`);
      }
    }
    checkFigures(`${path}/figures`, fact.figures, fact.sources, 'fact');
    if (fact.disputed) {
      const cited = new Set<string>();
      fact.disputed.claims.forEach((claim, c) => {
        const cp = `${path}/disputed/claims/${c}`;
        checkSources(`${cp}/sources`, claim.sources, { ids: fact.sources, what: 'disputed fact' });
        claim.sources.forEach((s) => cited.add(s));
        checkDate(`${cp}/date`, claim.date);
        checkFigures(`${cp}/figures`, claim.figures, claim.sources, 'claim');
      });
      fact.sources.forEach((s, i) => {
        if (!cited.has(s) && sourceAt.has(s)) {
          add(`${path}/sources/${i}`, `source "${s}" of a disputed fact is not cited by any of its claims (a disputed fact's sources are the union of its claims' sources)`);
        }
      });
    }
  };

  dataset.entities.forEach((entity, i) => {
    const ep = pointer('entities', i);

    const ownFolded = new Map<string, number>();
    entity.aliases.forEach((alias, a) => {
      const ap = `${ep}/aliases/${a}`;
      const key = fold(alias.text);
      const dup = ownFolded.get(key);
      if (dup !== undefined) {
        // "WIRED" and "Wired" may both be listed when both are case-sensitive (with different requirements).
        const other = entity.aliases[dup]!;
        const distinct = alias.caseSensitive === true && other.caseSensitive === true && alias.text !== other.text;
        if (!distinct) {
          add(`${ap}/text`, `duplicate alias "${alias.text}" in entity "${entity.id}" (same as ${ep}/aliases/${dup} "${other.text}"; only two case-sensitive spellings may share a text)`);
        }
        return;
      }
      ownFolded.set(key, a);
      const owners = aliasOwners.get(key) ?? [];
      for (const other of owners) {
        if (requiresOf(alias) === 'none' || requiresOf(other.alias) === 'none') {
          add(
            `${ap}/text`,
            `alias "${alias.text}" of entity "${entity.id}" conflicts with alias "${other.alias.text}" of entity "${other.entity}" at ${other.path} (an alias text may belong to two entities only when both require "context" or "full-name")`,
          );
        }
      }
      owners.push({ entity: entity.id, alias, path: `${ap}/text` });
      aliasOwners.set(key, owners);
      if (requiresOf(alias) === 'context' && !contextAliases.has(key)) contextAliases.set(key, { entity: entity.id, alias });
    });

    (entity.roles ?? []).forEach((role, r) => {
      const rp = `${ep}/roles/${r}`;
      if (role.org !== undefined) {
        const org = entityAt.get(role.org);
        if (!org) checkEntityRef(`${rp}/org`, role.org);
        else if (!ORG_TYPES.has(org.type)) {
          add(`${rp}/org`, `expected the id of a company or team, found "${role.org}", which is a ${org.type}`);
        }
      }
      checkDate(`${rp}/from`, role.from);
      checkDate(`${rp}/to`, role.to);
      if (role.from && role.to && !partialDateProblem(role.from) && !partialDateProblem(role.to) && role.from > role.to) {
        add(`${rp}/to`, `expected "to" on or after "from" (${role.from}), found ${role.to}`);
      }
      checkSources(`${rp}/sources`, role.sources);
    });

    entity.facts.forEach((fact, f) => checkFact(fact, `${ep}/facts/${f}`));

    const relationSeen = new Set<string>();
    entity.related.forEach((relation, r) => {
      const rp = `${ep}/related/${r}`;
      if (relation.id === entity.id) add(`${rp}/id`, `an entity cannot be related to itself ("${entity.id}")`);
      else checkEntityRef(`${rp}/id`, relation.id);
      const key = `${relation.id}\u0000${relation.relation}`;
      if (relationSeen.has(key)) add(rp, `duplicate relation "${relation.relation}" to "${relation.id}"`);
      relationSeen.add(key);
    });
  });

  dataset.contextTerms.forEach((term, t) => {
    const tp = pointer('contextTerms', t);
    if (term !== term.toLocaleLowerCase('en')) add(tp, `expected a lowercase term, found "${term}"`);
    const clash = contextAliases.get(fold(term));
    if (clash) {
      add(
        tp,
        `context term "${term}" is itself the alias "${clash.alias.text}" of entity "${clash.entity}", which requires context: that alias would always vouch for itself`,
      );
    }
  });

  return errors;
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Validates parsed JSON as a dataset. Never throws: returns the typed dataset, or every problem found.
 * Shape errors (from the JSON Schema) are reported alone; the cross-reference checks run once the
 * shape is right, since they rely on it.
 */
export function validateDataset(data: unknown, fileName = 'assets/dataset.json'): DatasetValidation {
  try {
    const shape = schemaErrors(data, fileName);
    if (shape.length > 0) return { ok: false, errors: shape };
    const dataset = data as Dataset;
    const semantic = semanticErrors(dataset, fileName);
    return semantic.length > 0 ? { ok: false, errors: semantic } : { ok: true, dataset };
  } catch (error) {
    return {
      ok: false,
      errors: [{ file: fileName, path: '', message: `could not be validated: ${(error as Error)?.message ?? String(error)}` }],
    };
  }
}

/**
 * Only the shape check (the JSON Schema), for data whose references may point elsewhere (an import
 * merged into the bundled dataset). Never throws.
 */
export function validateDatasetShape(data: unknown, fileName = 'imported dataset'): DatasetError[] {
  try {
    return schemaErrors(data, fileName);
  } catch (error) {
    return [{ file: fileName, path: '', message: `could not be validated: ${(error as Error)?.message ?? String(error)}` }];
  }
}

/** Parses JSON text (e.g. a user's import) and validates it; a syntax error becomes a DatasetError too. */
export function validateDatasetText(text: string, fileName = 'imported dataset'): DatasetValidation {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ file: fileName, path: '', message: `expected valid JSON, found a syntax error: ${(error as Error).message}` }] };
  }
  return validateDataset(data, fileName);
}

/** One line per error: `assets/dataset.json: /entities/3/facts/0/sources/1: unknown source id "foo" (...)`. */
export function formatDatasetErrors(errors: readonly DatasetError[]): string {
  return errors
    .map((e) => `${e.file}: ${e.path === '' ? '(document)' : e.path}: ${e.message.replace(/\s*\n\s*/g, ' ')}`)
    .join('\n');
}
