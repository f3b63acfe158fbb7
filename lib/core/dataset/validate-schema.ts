/**
 * The dataset's shape against `assets/dataset.schema.json` (with @cfworker/json-schema, which needs no
 * eval and so runs under an extension's CSP), each problem said as what was expected and what was found,
 * at a JSON pointer into the file.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schemaJson from '../../../assets/dataset.schema.json';

export interface DatasetError {
  /** The file the problem is in, e.g. "assets/dataset.json". */
  file: string;
  /** JSON pointer to the offending value ("" for the whole document). */
  path: string;
  /** What was expected and what was found. */
  message: string;
}

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

/** Every problem the JSON Schema finds in `data`, each once. */
export function schemaErrors(data: unknown, file: string): DatasetError[] {
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
    if (unit.keyword === 'pattern' && failedMinLength.has(unit.instanceLocation)) continue; // "" already reported as too short
    reportUnit(unit, data, add);
  }
  return errors;
}

/** Says one leaf problem of the validator's as what was expected and what was found. */
function reportUnit(unit: OutputUnit, data: unknown, add: (path: string, message: string) => void): void {
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

