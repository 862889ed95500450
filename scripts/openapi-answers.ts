import type { OpenAPIObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

/**
 * An OpenAPI 3.0 schema as the JSON Schema ajv checks, strict about answers: `nullable` becomes a `null` type,
 * and an object that lists its properties admits no other (a field the API adds without declaring it is drift,
 * as much as one it drops or retypes). `#/components/schemas/X` references keep pointing into the document.
 */
function strict(schema: unknown, inAllOf = false): unknown {
  if (Array.isArray(schema)) return schema.map((x) => strict(x, inAllOf));
  if (!schema || typeof schema !== 'object') return schema;
  const s = schema as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'nullable' || k === 'example' || k === 'examples') continue;
    // The members of an allOf each see only their part of the object: they cannot close it.
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, ps]) => [p, strict(ps)])) : k === 'allOf' ? (v as unknown[]).map((x) => strict(x, true)) : strict(v);
  }
  if (s.properties && !inAllOf && s.additionalProperties === undefined && !s.allOf && !s.anyOf && !s.oneOf) out.additionalProperties = false;
  if (s.nullable === true) {
    if (typeof out.type === 'string' && !out.allOf && !out.$ref) {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

/** One declared answer: the route's method and path template, its status, the JSON schema of its body. */
interface Declared {
  pattern: RegExp;
  params: number;
  method: string;
  status: number;
  validate?: ValidateFunction;
}

/**
 * Checks answers against the JSON schemas the OpenAPI document declares for them. `check(method, path,
 * status, body)` gives the differences in plain words (empty when the answer is as declared); an answer whose
 * route or status the document does not declare is itself a difference.
 */
export class AnswerContract {
  private readonly declared: Declared[] = [];

  constructor(doc: OpenAPIObject) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema({ $id: 'mnio', components: strict(doc.components ?? {}) } as Json);
    for (const [path, item] of Object.entries(doc.paths)) {
      const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);
      for (const [method, op] of Object.entries(item as Json)) {
        const responses = (op as { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }).responses ?? {};
        for (const [status, response] of Object.entries(responses)) {
          const schema = response.content?.['application/json']?.schema;
          const rewritten = schema ? JSON.parse(JSON.stringify(strict(schema)).replace(/"#\/components\//g, '"mnio#/components/')) : undefined;
          this.declared.push({ pattern, params: (path.match(/\{/g) ?? []).length, method: method.toUpperCase(), status: Number(status), validate: rewritten ? ajv.compile(rewritten) : undefined });
        }
      }
    }
  }

  check(method: string, path: string, status: number, body: unknown): string[] {
    const url = path.split('?')[0];
    const candidates = this.declared.filter((d) => d.method === method.toUpperCase() && d.pattern.test(url));
    // `/api/hosts/board` before `/api/hosts/{id}`: the template with fewer parameters is the route.
    candidates.sort((a, b) => a.params - b.params);
    if (!candidates.length) return [`${method} ${url}: no such route in the document`];
    const declared = candidates.find((d) => d.status === status);
    if (!declared) return [`${method} ${url}: answered ${status}, which the document does not declare`];
    if (!declared.validate) return [];
    if (declared.validate(body)) return [];
    return (declared.validate.errors ?? []).map((e) => `${method} ${url} ${status}: ${e.instancePath || '(body)'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  }
}
