import type { OpenAPIObject } from '@nestjs/swagger';
import { openApiDocument } from '../../../scripts/openapi-export';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  nullable?: boolean;
  example?: unknown;
  default?: unknown;
};

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

/** One operation of the document: its method, path template, parameters and JSON body schema. */
export interface Route {
  method: Method;
  path: string;
  /** `GET /api/cases/{id}` */
  label: string;
  pathParams: Parameter[];
  query: Parameter[];
  body?: Schema;
  bodyRequired: boolean;
  /** Not behind the bearer guard (`@Public()` routes carry no security requirement). */
  public: boolean;
}

const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];

let cached: Promise<OpenAPIObject> | undefined;

/** The API's own OpenAPI document, built in-process from the module graph (no server, no database). */
export function document(): Promise<OpenAPIObject> {
  cached ??= openApiDocument();
  return cached;
}

/** Every operation of the document, in document order; `/health` probes are not API routes and are left out. */
export async function routes(): Promise<Route[]> {
  const doc = await document();
  const out: Route[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const method of METHODS) {
      const op = (item as Record<string, unknown>)[method] as
        | { parameters?: Parameter[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> }; security?: unknown[] }
        | undefined;
      if (!op) continue;
      const params = (op.parameters ?? []).map((p) => ({ ...p, schema: p.schema ?? { type: 'string' } }));
      const body = op.requestBody?.content?.['application/json']?.schema;
      out.push({
        method,
        path,
        label: `${method.toUpperCase()} ${path}`,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        body: body ? resolve(doc, body) : undefined,
        bodyRequired: op.requestBody?.required ?? false,
        public: !op.security || op.security.length === 0,
      });
    }
  }
  return out;
}

/** The schema with every `$ref` replaced by its target; a schema that refers to itself stops at the cycle. */
export function resolve(doc: OpenAPIObject, schema: Schema, seen: ReadonlySet<string> = new Set()): Schema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return { type: 'object' };
    return resolve(doc, (doc.components?.schemas?.[name] ?? {}) as Schema, new Set([...seen, name]));
  }
  const out: Schema = { ...schema };
  if (schema.items) out.items = resolve(doc, schema.items, seen);
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(doc, v, seen)]));
  if (schema.allOf) {
    const { allOf, ...rest } = out;
    return allOf!.map((s) => resolve(doc, s, seen)).reduce(merge, rest);
  }
  if (schema.oneOf) out.oneOf = schema.oneOf.map((s) => resolve(doc, s, seen));
  if (schema.anyOf) out.anyOf = schema.anyOf.map((s) => resolve(doc, s, seen));
  return out;
}

function merge(a: Schema, b: Schema): Schema {
  return { ...a, ...b, properties: { ...a.properties, ...b.properties }, required: [...(a.required ?? []), ...(b.required ?? [])] };
}
