import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import schema from '../../../assets/dataset.schema.json';
import { ENTITY_TYPES } from '../../../lib/core/dataset';

/**
 * assets/dataset.schema.json must say exactly what lib/core/dataset/types.ts says: the same properties,
 * the same required ones, the same entity types. Read the interfaces from the source text.
 */
const typesSource = readFileSync(path.resolve(__dirname, '../../../lib/core/dataset/types.ts'), 'utf8');

function interfaceFields(name: string): { all: string[]; required: string[] } {
  const start = typesSource.indexOf(`export interface ${name} {`);
  if (start < 0) throw new Error(`no interface ${name} in types.ts`);
  let depth = 0;
  let body = '';
  for (let i = typesSource.indexOf('{', start); i < typesSource.length; i++) {
    const ch = typesSource[i]!;
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (depth === 0) break;
    // Keep only top-level text (depth 1), dropping nested object types and comments.
    if (depth === 1 && ch !== '{') body += ch;
    else if (depth > 1) body += ' ';
  }
  body = body.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const fields = [...body.matchAll(/^\s*(\w+)(\?)?:/gm)];
  return { all: fields.map((m) => m[1]!).sort(), required: fields.filter((m) => !m[2]).map((m) => m[1]!).sort() };
}

type Node = { properties?: Record<string, unknown>; required?: string[] };
const defs = (schema as unknown as { $defs: Record<string, Node> }).$defs;

describe('the JSON Schema matches types.ts', () => {
  const pairs: [string, Node][] = [
    ['Dataset', schema as unknown as Node],
    ['Source', defs.source!],
    ['Alias', defs.alias!],
    ['Role', defs.role!],
    ['Figure', defs.figure!],
    ['Claim', defs.claim!],
    ['Fact', defs.fact!],
    ['Relation', defs.relation!],
    ['Entity', defs.entity!],
  ];

  test.each(pairs)('%s', (name, node) => {
    const fields = interfaceFields(name);
    expect(Object.keys(node.properties ?? {}).sort()).toEqual(fields.all);
    expect([...(node.required ?? [])].sort()).toEqual(fields.required);
    expect((node as { additionalProperties?: unknown }).additionalProperties).toBe(false);
  });

  test('Fact.disputed', () => {
    const disputed = (defs.fact!.properties!.disputed as Node & { additionalProperties: unknown });
    expect(Object.keys(disputed.properties!).sort()).toEqual(['claims', 'note']);
    expect([...disputed.required!].sort()).toEqual(['claims', 'note']);
    expect(disputed.additionalProperties).toBe(false);
  });

  test('EntityType', () => {
    // The union is made from the one table of types; the schema's enum lists the same, in its order.
    expect((defs.entity!.properties!.type as { enum: string[] }).enum).toEqual([...ENTITY_TYPES]);
  });

  test('Alias.requires', () => {
    const union = /requires\?: ([^;]+);/.exec(typesSource)![1]!;
    const values = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    expect((defs.alias!.properties!.requires as { enum: string[] }).enum).toEqual(values);
  });

  test('Fact.importance', () => {
    expect((defs.fact!.properties!.importance as { enum: number[] }).enum).toEqual([1, 2, 3]);
    expect(typesSource).toMatch(/importance\?: 1 \| 2 \| 3;/);
  });
});
