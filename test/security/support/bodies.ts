import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Parameter, Schema } from './openapi';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

/** Values for fields whose name says what they are, where the document gives no example. */
function byName(name: string, idFor: (name: string) => string | undefined): unknown {
  if (/Ids$/.test(name)) return [];
  if (/(Id|^id)$/.test(name)) return idFor(name) ?? randomUUID();
  if (/(On|^date|Date|From|To|^from|^to|Before)$/.test(name)) return today();
  if (/At$/.test(name)) return new Date().toISOString();
  if (name === 'email') return `probe.${randomUUID().slice(0, 8)}@test.mnio.test`;
  if (name === 'url') return 'https://hooks.example.org/mnio';
  if (name === 'territory') return '93';
  // Free text often has a minimum length the document does not state (break-the-glass: 10).
  if (/^(justification|text|title|note)$/.test(name)) return 'Texte de sonde de la suite de sécurité';
  return undefined;
}

/**
 * The smallest value the schema documents: required fields only, the first enum value, the example where
 * there is one. Used by the matrix so that a write is answered by the instance check rather than by the
 * validation pipe; `idFor` gives fields named after a resource (`caseId`…) the fixture's id of the cell.
 */
export function probeValue(schema: Schema, name = '', idFor: (name: string) => string | undefined = () => undefined): unknown {
  if (schema.enum?.length) return schema.enum[0];
  const named = byName(name, idFor);
  if (schema.type === 'object' || schema.properties) {
    const required = schema.required ?? [];
    return Object.fromEntries(required.map((k) => [k, probeValue(schema.properties?.[k] ?? {}, k, idFor)]));
  }
  if (schema.type === 'array') {
    if (named !== undefined && Array.isArray(named)) return named;
    return Array.from({ length: schema.minItems ?? 0 }, () => probeValue(schema.items ?? {}, name, idFor));
  }
  if (schema.example !== undefined) return schema.example;
  if (named !== undefined) return named;
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.type === 'boolean') return false;
  return 'probe';
}

/** Query string of the required query parameters, with probe values. */
export function probeQuery(params: Parameter[], idFor: (name: string) => string | undefined = () => undefined): Record<string, string> {
  return Object.fromEntries(params.filter((p) => p.required).map((p) => [p.name, String(probeValue(p.schema, p.name, idFor))]));
}

/**
 * The smallest documented body with one field made null, for every field the schema documents, and one level down
 * the fields of an object field and of an array field's item: `{ field, body }`. `@IsOptional()` lets a null through
 * as if the field were absent, so code that tests only `=== undefined` would hand the null to PostgreSQL (a NOT NULL
 * column: a 500).
 */
export function nullFieldBodies(schema: Schema, idFor: (name: string) => string | undefined = () => undefined): { field: string; body: Record<string, unknown> }[] {
  const root = probeValue(schema, '', idFor) as Record<string, unknown>;
  const out: { field: string; body: Record<string, unknown> }[] = [];
  for (const [k, s] of Object.entries(schema.properties ?? {})) {
    out.push({ field: k, body: { ...root, [k]: null } });
    if (s.properties) {
      const inner = probeValue(s, k, idFor) as Record<string, unknown>;
      for (const j of Object.keys(s.properties)) out.push({ field: `${k}.${j}`, body: { ...root, [k]: { ...inner, [j]: null } } });
    } else if (s.type === 'array' && s.items?.properties) {
      const item = probeValue(s.items, k, idFor) as Record<string, unknown>;
      for (const j of Object.keys(s.items.properties)) out.push({ field: `${k}[0].${j}`, body: { ...root, [k]: [{ ...item, [j]: null }] } });
    }
  }
  return out;
}

/** Strings a fuzzer's value is made of: each one ≥ 8 characters is looked for in the error body. */
export const MIN_ECHO = 8;

const huge = fc.integer({ min: 5_000, max: 60_000 }).map((n) => 'Ǳ'.repeat(n));
const edgeNumbers = fc.constantFrom(0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 63), 0.5, 1e-320);
const weirdStrings = fc.oneof(
  fc.string({ minLength: 8, maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 8, maxLength: 40 }),
  fc.constantFrom('\u0000nul-inside\u0000', "'; DROP TABLE cases; --", '../../../../etc/passwd', '${jndi:ldap://x}', '<script>alert(1)</script>', '\uD800lonely-surrogate', 'null', '1e309', '0x7fffffff', 'NaN'),
  fc.uuid().map((u) => u.toUpperCase()),
);
const scalar = fc.oneof(weirdStrings, edgeNumbers, fc.boolean(), fc.constant(null));

/** A JSON text nested `depth` times (arrays or objects): past any sane limit, and past what a recursive transform's stack survives (within the body size limit). */
const deep = fc.tuple(fc.constantFrom(40, 1_000, 3_000, 10_000), fc.constantFrom('[', '{')).map(([depth, open]) => ({ depth, open }));

/** A value of a wrong kind, or at the edges of the right kind, for a field of this schema. */
export function fieldArbitrary(schema: Schema): fc.Arbitrary<unknown> {
  const right: fc.Arbitrary<unknown>[] = [];
  if (schema.enum?.length) right.push(fc.constantFrom(...schema.enum), weirdStrings);
  else if (schema.type === 'string') right.push(weirdStrings, huge);
  else if (schema.type === 'integer' || schema.type === 'number') right.push(edgeNumbers, fc.double());
  else if (schema.type === 'boolean') right.push(fc.boolean());
  else if (schema.type === 'array') right.push(fc.array(schema.items ? fieldArbitrary(schema.items) : scalar, { maxLength: 5 }), fc.array(scalar, { minLength: 100, maxLength: 400 }));
  else if (schema.type === 'object' || schema.properties) right.push(objectArbitrary(schema));
  return fc.oneof({ arbitrary: fc.oneof(...(right.length ? right : [scalar])), weight: 3 }, { arbitrary: scalar, weight: 1 }, { arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }), weight: 1 });
}

/** An object for this schema: some of its fields (required ones missing at times), sometimes an extra field. */
export function objectArbitrary(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(schema.properties ?? {});
  const record = fc.record(Object.fromEntries(props.map(([k, s]) => [k, fieldArbitrary(s)])), { requiredKeys: [] });
  const extra = fc.option(fc.tuple(fc.constantFrom('extra', 'isAdmin', '__proto__', 'constructor', 'role', 'ownerOrganisationId'), scalar), { nil: undefined });
  return fc.tuple(record, extra).map(([r, e]) => (e ? { ...r, [e[0]]: e[1] } : r));
}

/** What one fuzz request sends: a JSON body (or raw text, for deep nesting and broken JSON) and a query. */
export interface FuzzInput {
  body?: unknown;
  raw?: string;
  query: Record<string, unknown>;
}

export function requestArbitrary(body: Schema | undefined, query: Parameter[]): fc.Arbitrary<FuzzInput> {
  const queryArb = fc.record(Object.fromEntries(query.map((p) => [p.name, fieldArbitrary(p.schema).map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : v))])), { requiredKeys: [] });
  const rawArb = fc.oneof(
    deep.map(({ depth, open }) => (open === '[' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth))),
    fc.constantFrom('{"a":', '{"__proto__":{"polluted":true}}', '[]', '"just a string"', '12', 'null', '{"a":1,"a":2}', '\uFEFF{}'),
  );
  const bodyArb: fc.Arbitrary<Pick<FuzzInput, 'body' | 'raw'>> = body
    ? fc.oneof({ arbitrary: objectArbitrary(body).map((b) => ({ body: b })), weight: 6 }, { arbitrary: rawArb.map((raw) => ({ raw })), weight: 1 }, { arbitrary: scalar.map((b) => ({ body: b })), weight: 1 })
    : fc.oneof({ arbitrary: fc.constant({}), weight: 3 }, { arbitrary: rawArb.map((raw) => ({ raw })), weight: 1 });
  return fc.tuple(bodyArb, queryArb).map(([b, q]) => ({ ...b, query: q }));
}

/** Sent to every route before the random runs, whatever the seed: the inputs that broke servers before. */
export const EDGE_INPUTS: FuzzInput[] = [
  { raw: '{"a":'.repeat(3_000) + '1' + '}'.repeat(3_000), query: {} },
  { raw: '['.repeat(10_000) + ']'.repeat(10_000), query: {} },
  { raw: '{"a":', query: {} },
  { body: null, query: {} },
];

/** Every string of ≥ MIN_ECHO characters inside a generated value (keys excepted: field paths are named in errors by design). */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.length >= MIN_ECHO) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}
