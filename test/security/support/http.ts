import request from 'supertest';
import type { TestApi } from '../../support/app';
import type { Route } from './openapi';

export interface Answer {
  status: number;
  /** The body as the client reads it: parsed JSON, or text for other types. */
  body: unknown;
  text: string;
}

export interface Call {
  route: Route;
  bearer?: string;
  path: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** Sent as is with `content-type: application/json` (broken or deeply nested JSON). */
  raw?: string;
  headers?: Record<string, string>;
}

export function urlOf(route: Route, values: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** One request to the in-process API. */
export async function send(api: TestApi, call: Call): Promise<Answer> {
  let req = request(api.app.getHttpServer())[call.route.method](urlOf(call.route, call.path));
  if (call.bearer) req = req.set('Authorization', call.bearer);
  for (const [k, v] of Object.entries(call.headers ?? {})) req = req.set(k, v);
  if (call.query && Object.keys(call.query).length) req = req.query(call.query as Record<string, string>);
  // superagent sends objects only: a scalar or null body goes as its JSON text.
  const raw = call.raw ?? (call.route.method !== 'get' && call.body !== undefined && (call.body === null || typeof call.body !== 'object') ? JSON.stringify(call.body) : undefined);
  if (raw !== undefined) req = req.set('content-type', 'application/json').send(raw);
  else if (call.route.method !== 'get' && call.body !== undefined) req = req.send(call.body as object);
  const res = await req;
  return { status: res.status, body: res.body, text: res.text };
}

/** An answer as it may be compared with another: status and body, without the per-request correlation id. */
export function comparable(a: Answer): string {
  const body = a.body && typeof a.body === 'object' && !Array.isArray(a.body) && Object.keys(a.body).length ? { ...(a.body as object), correlationId: undefined } : a.text;
  return JSON.stringify({ status: a.status, body });
}

/** Runs tasks with at most `width` in flight (the machine is small and shared). */
export async function pool<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, lane));
  return out;
}
