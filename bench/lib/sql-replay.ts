import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Client, Pool, PoolClient } from 'pg';
import { benchPool } from './bench-pool';
import { CTX_REQUEST_ID, SESSION_OPTIONS } from '@mnio/platform';
import type { HttpLoadResult } from './http-load';
import { median, round, timedLoop, TimedLoopResult } from './percentiles';
import { PgBaseline, runPgBaseline } from './pg-baseline';
import { BenchContext, measuringRoundSeconds } from './types';

/**
 * The SQL of one API operation, recorded in the API process and replayed from a bare `pg` pool: the
 * ceiling the application's own statements allow, against which `app / replay` says how much the
 * application adds on top of its SQL (issue 17 §1).
 *
 * Recording wraps `pg`'s `Client.prototype.query` (the driver TypeORM uses) in this process, where
 * `bootApi` boots the API: every statement sent in the async context of one request (nestjs-cls's request
 * id, which the caller sets with `X-Request-Id`) is kept with its parameters, the connection it went
 * through and its result rows. Background work of the API (outbox relay, gauges) runs outside any request
 * and is not recorded. `log_statement` on the server was the other way; it needs a private server (the
 * benchmarks share one) and loses which connection and which transaction a statement belonged to.
 */

export interface RecordedStatement {
  text: string;
  values: unknown[];
  /** The prepared statement's name when the API sent it under one (`prepared()`, ADR 0003): the replay does the same. */
  name?: string;
  /** Which connection of the pool sent it (0, 1… in order of first use within the operation). */
  connection: number;
  /** The first rows it returned (for the values later statements take from them). */
  rows: Record<string, unknown>[];
}

export interface RecordedOperation {
  statements: RecordedStatement[];
}

type QueryFn = (this: Client, ...args: unknown[]) => unknown;

interface Recording {
  requestId: string;
  statements: RecordedStatement[];
  connections: Map<Client, number>;
}

let active: Recording | null = null;
let cls: ClsService | null = null;
let originalQuery: QueryFn | null = null;
/**
 * Units of work that are not HTTP requests (a worker's job): the key `runAsUnit` gives the async context, which
 * `recordUnit` records as `recordOperation` records a request id.
 */
const units = new AsyncLocalStorage<string>();

/** Deep copy of a parameter as pg will serialise it (arrays copied; strings, numbers, dates, buffers kept). */
function copyValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copyValue);
  if (v instanceof Date) return new Date(v.getTime());
  return v;
}

/**
 * Installs the recorder on `pg` in this process (once; `stopSqlRecorder` removes it). `app` gives the request
 * context (nestjs-cls) that `recordOperation` keys on; without it only `recordUnit` records.
 */
export function startSqlRecorder(app?: INestApplicationContext): void {
  if (app) cls = app.get(ClsService, { strict: false });
  if (originalQuery) return;
  const original = Client.prototype.query as unknown as QueryFn;
  originalQuery = original;
  (Client.prototype as unknown as { query: QueryFn }).query = function recordingQuery(this: Client, ...args: unknown[]) {
    const rec = active;
    const inUnit = rec !== null && units.getStore() === rec.requestId;
    // (text, values), or the ({ name, text, values }) of a prepared statement.
    const config = typeof args[0] === 'object' && args[0] !== null && typeof (args[0] as { text?: unknown }).text === 'string' ? (args[0] as { name?: string; text: string; values?: unknown[] }) : null;
    const text = config ? config.text : args[0];
    if (!rec || typeof text !== 'string' || typeof args[args.length - 1] === 'function' || (!inUnit && (!cls?.isActive() || cls.get(CTX_REQUEST_ID) !== rec.requestId))) {
      return original.apply(this, args);
    }
    if (!rec.connections.has(this)) rec.connections.set(this, rec.connections.size);
    const values = config ? config.values : args[1];
    const statement: RecordedStatement = { text, values: Array.isArray(values) ? (values as unknown[]).map(copyValue) : [], connection: rec.connections.get(this)!, rows: [] };
    if (config?.name) statement.name = config.name;
    rec.statements.push(statement);
    const result = original.apply(this, args) as Promise<{ rows?: Record<string, unknown>[] }>;
    return result.then((r) => {
      statement.rows = (r?.rows ?? []).slice(0, 20).map((row) => ({ ...row }));
      return r;
    });
  };
}

export function stopSqlRecorder(): void {
  if (originalQuery) (Client.prototype as unknown as { query: QueryFn }).query = originalQuery;
  originalQuery = null;
  active = null;
  cls = null;
}

/**
 * Records the statements of one operation: `send(requestId)` must make exactly one API request carrying
 * `X-Request-Id: requestId`, and resolve when its answer has arrived.
 */
export async function recordOperation(send: (requestId: string) => Promise<void>): Promise<RecordedOperation> {
  if (!originalQuery) throw new Error('startSqlRecorder(app) first');
  if (active) throw new Error('one recording at a time');
  const rec: Recording = { requestId: `bench-rec-${randomUUID()}`, statements: [], connections: new Map() };
  active = rec;
  try {
    await send(rec.requestId);
  } finally {
    active = null;
  }
  if (!rec.statements.length) throw new Error('no SQL recorded for the operation (did the request carry the X-Request-Id?)');
  return { statements: rec.statements };
}

/**
 * Runs `fn` as the unit of work `key` (e.g. `outbox:<id>` around a worker's job handler): statements it sends
 * are recorded while `recordUnit(key, …)` waits. Outside a recording it only runs `fn`.
 */
export function runAsUnit<T>(key: string, fn: () => T): T {
  return units.run(key, fn);
}

/**
 * Records the statements of one unit of work that is not an HTTP request: `start()` must make exactly one
 * `runAsUnit(key, …)` run (e.g. publish the event whose job handler is wrapped in it), and resolve when that
 * run has ended. `startSqlRecorder()` first (with or without an app).
 */
export async function recordUnit(key: string, start: () => Promise<void>): Promise<RecordedOperation> {
  if (!originalQuery) throw new Error('startSqlRecorder() first');
  if (active) throw new Error('one recording at a time');
  const rec: Recording = { requestId: key, statements: [], connections: new Map() };
  active = rec;
  try {
    await start();
  } finally {
    active = null;
  }
  if (!rec.statements.length) throw new Error(`no SQL recorded for the unit ${key} (did it run inside runAsUnit?)`);
  return { statements: rec.statements };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const IS_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A case reference, `DD-YYYY-NNNNNN`. */
const REFERENCE = /\b(\d{2,3}|2A|2B)-(\d{4})-(\d{6,})\b/g;

function collectStrings(v: unknown, into: string[]): void {
  if (typeof v === 'string') into.push(v);
  else if (Array.isArray(v)) for (const x of v) collectStrings(x, into);
}

/**
 * What must change from one replay to the next, found by comparing two recordings of the same operation
 * (two requests with the same shape): a UUID that appears in the first and nowhere in the second was made
 * by the operation (the case's id, the request id, an outbox message's id) and gets a fresh value per
 * replay, the same in every statement of that replay; a UUID found in both (the actor, the organisation, a
 * seeded case) is kept. Other values that differ between the two (the blind indexes of distinct names) are
 * made unique with a per-replay suffix when they are array elements; references `DD-YYYY-NNNNNN` are
 * replaced by a unique `DD-YYYY-9NNNNNN` (seven digits: never one the API gives) in every replay.
 */
export interface ReplayPlan {
  statements: RecordedStatement[];
  freshUuids: Set<string>;
  /** [statement, parameter] whose array elements get a per-replay suffix. */
  uniqueArrays: [number, number][];
  /** [statement, parameter, statement, column]: the value comes from an earlier statement's first row in the same replay. */
  links: { statement: number; param: number; from: number; column: string; plusOne: boolean }[];
}

export function planReplay(a: RecordedOperation, b: RecordedOperation): ReplayPlan {
  if (a.statements.length !== b.statements.length || a.statements.some((s, i) => s.text !== b.statements[i].text)) {
    const diff = a.statements.findIndex((s, i) => s.text !== b.statements[i]?.text);
    throw new Error(`two recordings of the operation differ in shape (${a.statements.length} and ${b.statements.length} statements; first difference at ${diff}): record operations of the same shape`);
  }
  const inB: string[] = [];
  for (const s of b.statements) collectStrings(s.values, inB);
  const seenInB = new Set(inB.join('\n').match(UUID)?.map((u) => u.toLowerCase()) ?? []);
  const freshUuids = new Set<string>();
  const uniqueArrays: [number, number][] = [];
  const links: ReplayPlan['links'] = [];
  a.statements.forEach((s, i) => {
    const inA: string[] = [];
    collectStrings(s.values, inA);
    for (const u of inA.join('\n').match(UUID) ?? []) if (!seenInB.has(u.toLowerCase())) freshUuids.add(u.toLowerCase());
    s.values.forEach((v, p) => {
      const other = b.statements[i].values[p];
      if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string') && JSON.stringify(v) !== JSON.stringify(other) && !v.some((x) => IS_UUID.test(x as string))) {
        uniqueArrays.push([i, p]);
      }
      // Values read earlier in the same operation: an audit stream's head (hash, and seq + 1 for the next entry), a
      // row's version (optimistic concurrency: `… AND version = $n`).
      if ((typeof v === 'string' && v.length >= 16 && !IS_UUID.test(v)) || ((typeof v === 'number' || typeof v === 'string') && /\bversion\b/.test(s.text))) {
        for (let j = i - 1; j >= 0; j--) {
          const row = a.statements[j].rows[0];
          const column =
            row &&
            Object.keys(row).find((k) => (typeof v === 'string' && v.length >= 16 ? typeof row[k] === 'string' && row[k] === v : /^version$/i.test(k) && row[k] !== null && String(row[k]) === String(v)));
          if (column) {
            links.push({ statement: i, param: p, from: j, column, plusOne: false });
            break;
          }
        }
      }
      if ((typeof v === 'number' || typeof v === 'string') && /\bseq\b/.test(s.text)) {
        for (let j = i - 1; j >= 0; j--) {
          const row = a.statements[j].rows[0];
          if (row && 'seq' in row) {
            if (Number(row.seq) + 1 === Number(v) && String(v) !== '') links.push({ statement: i, param: p, from: j, column: 'seq', plusOne: true });
            break;
          }
        }
      }
    });
  });
  return { statements: a.statements, freshUuids, uniqueArrays, links };
}

let replayCounter = 0;

/**
 * Replays one recorded operation on a bare pool: each recorded connection is checked out when first used
 * and released once it is done (at once outside a transaction, at COMMIT or ROLLBACK inside one), as the
 * API's pool does. `substitutions` replaces values for this replay (e.g. the recorded case's id by the
 * worker's own case). `rewrite`, last, may change any parameter (after the substitutions): ids that are not UUIDs,
 * such as an outbox message's bigint id and the `outbox-<id>` event key made from it.
 */
export async function replayOnce(pool: Pool, plan: ReplayPlan, substitutions: Map<string, string> = new Map(), rewrite?: (value: unknown) => unknown): Promise<void> {
  const n = ++replayCounter;
  const fresh = new Map<string, string>();
  const references = new Map<string, string>();
  const swap = (s: string): string =>
    s
      .replace(UUID, (u) => substitutions.get(u) ?? substitutions.get(u.toLowerCase()) ?? (plan.freshUuids.has(u.toLowerCase()) ? fresh.get(u.toLowerCase()) ?? fresh.set(u.toLowerCase(), randomUUID()).get(u.toLowerCase())! : u))
      .replace(REFERENCE, (ref, dd: string, yyyy: string) => references.get(ref) ?? references.set(ref, `${dd}-${yyyy}-9${String(n).padStart(6, '0')}`).get(ref)!);
  const value = (v: unknown): unknown => (typeof v === 'string' ? swap(v) : Array.isArray(v) ? v.map(value) : v);
  const held = new Map<number, { client: PoolClient; inTransaction: boolean }>();
  const results: Record<string, unknown>[][] = [];
  try {
    for (let i = 0; i < plan.statements.length; i++) {
      const s = plan.statements[i];
      const values = s.values.map(value).map((v) => (rewrite ? rewrite(v) : v));
      for (const [si, p] of plan.uniqueArrays) if (si === i) values[p] = (values[p] as string[]).map((x) => `${x}~r${n}`);
      for (const l of plan.links) {
        if (l.statement !== i) continue;
        const live = results[l.from]?.[0]?.[l.column];
        if (live !== undefined && live !== null) values[l.param] = l.plusOne ? Number(live) + 1 : live;
      }
      let conn = held.get(s.connection);
      if (!conn) held.set(s.connection, (conn = { client: await pool.connect(), inTransaction: false }));
      const verb = s.text.trimStart().slice(0, 20).toUpperCase();
      if (verb.startsWith('START TRANSACTION') || verb.startsWith('BEGIN')) conn.inTransaction = true;
      const r = await (s.name ? conn.client.query({ name: s.name, text: s.text, values }) : conn.client.query(s.text, values));
      results[i] = r.rows;
      if (verb.startsWith('COMMIT') || verb.startsWith('ROLLBACK')) conn.inTransaction = false;
      const next = plan.statements[i + 1];
      if (!conn.inTransaction && next?.connection !== s.connection) {
        conn.client.release();
        held.delete(s.connection);
      }
    }
  } catch (e) {
    for (const c of held.values()) {
      if (c.inTransaction) await c.client.query('ROLLBACK').catch(() => undefined);
    }
    throw e;
  } finally {
    for (const c of held.values()) c.client.release();
  }
}

/** A readable list of the recorded statements (first line of each, and which connection), for notes and logs. */
export function describeOperation(op: RecordedOperation): string[] {
  return op.statements.map((s, i) => `${i + 1}. [c${s.connection}]${s.name ? ' (prepared)' : ''} ${s.text.replace(/\s+/g, ' ').slice(0, 110)}`);
}

export interface ReplayComparisonOptions {
  ctx: BenchContext;
  /** What one operation is, plural: `creations`. */
  what: string;
  /** Clients of the API run, replay workers, pg-baseline clients. */
  concurrency: number;
  /** One measuring run of the API at `concurrency` for `seconds` (an `httpLoad`). */
  app: (seconds: number) => Promise<HttpLoadResult>;
  plan: ReplayPlan;
  /** Where the replay connects: the application's role (`process.env.DATABASE_URL` in a benchmark), as the API does. */
  replayUrl: string;
  /** The replay pool's size: the API's (`DATABASE_POOL_SIZE`, default 20). */
  poolSize: number;
  /** Per replay worker, values to put in place of recorded ones (e.g. the recorded case by the worker's own). */
  substitutions?: (worker: number) => Map<string, string>;
  /**
   * Instead, values for each replay in turn (called before every replay of worker `worker`): operations that
   * consume what they act on, such as accepting one orientation after another.
   */
  nextSubstitutions?: (worker: number) => Map<string, string>;
  rounds?: number;
}

export interface ReplayComparison {
  summary: string;
  metrics: Record<string, number>;
  notes: string[];
  /** Operations the API answered as expected, over every round. */
  appDone: number;
  /** Replays completed, over every round. */
  replayed: number;
  baselineTps?: number;
}

/**
 * The API, the replay of its SQL and pg-baseline, alternating in short rounds (so that load from elsewhere
 * on the shared machine hits the three alike): `app / replay` is what the application adds on top of its
 * SQL, `replay / pg-baseline` how heavy that SQL is against one-row inserts. Medians of the rounds, with
 * each round's ratio in the notes; the API's CPU milliseconds per request beside them.
 */
export async function replayComparison(o: ReplayComparisonOptions): Promise<ReplayComparison> {
  const rounds = o.ctx.smoke ? 1 : o.rounds ?? 3;
  // Four seconds in the smoke run: on a machine loaded 15 times over a creation took 5 s at 16 clients, and a
  // window of a second or two saw no answer at all.
  const seconds = o.ctx.smoke ? 4 : measuringRoundSeconds(o.ctx, rounds);
  // The session settings of the API's own connections (JIT off), so that the replay runs its SQL as the API does.
  const pool = benchPool({ connectionString: o.replayUrl, max: o.poolSize, application_name: 'mnio-bench-replay', options: SESSION_OPTIONS });
  const subs = Array.from({ length: o.concurrency }, (_, w) => o.substitutions?.(w) ?? new Map<string, string>());
  const results: { app: HttpLoadResult; replay: TimedLoopResult; baseline: PgBaseline | null }[] = [];
  try {
    for (let r = 1; r <= rounds; r++) {
      o.ctx.log(`round ${r}/${rounds}: API ${o.what}, then their SQL replayed, then pg-baseline; ${o.concurrency} clients, ${seconds} s each`);
      // A round without a single answer (seen on a machine loaded 15 times over) counts as a rate of 0 and is
      // named in the notes; the benchmark fails only when no round got one.
      const app = await o.app(seconds);
      const replay = await timedLoop({ concurrency: o.concurrency, seconds, warmupSeconds: o.ctx.smoke ? 0.5 : 1, op: (w) => replayOnce(pool, o.plan, o.nextSubstitutions?.(w) ?? subs[w]) });
      if (replay.errors) throw new Error(`${replay.errors} replays failed: ${replay.firstError}`);
      const baseline = await runPgBaseline(o.ctx.databaseUrl, seconds, o.concurrency, o.ctx.log);
      results.push({ app, replay, baseline });
    }
  } finally {
    await pool.end();
  }
  if (!results.some((r) => r.app.requests > 0)) throw new Error(`the API answered no ${o.what} (status codes ${JSON.stringify(results.map((r) => r.app.statusCodes))})`);
  const silent = results.flatMap((r, i) => (r.app.requests === 0 ? [i + 1] : []));
  const appRate = median(results.map((r) => r.app.requestsPerSec));
  const replayRate = median(results.map((r) => r.replay.opsPerSec));
  const appOverReplay = results.map((r) => r.app.requestsPerSec / r.replay.opsPerSec);
  const withBaseline = results.filter((r) => r.baseline) as { app: HttpLoadResult; replay: TimedLoopResult; baseline: PgBaseline }[];
  const replayOverBaseline = withBaseline.map((r) => r.replay.opsPerSec / r.baseline.tps);
  const apiCpu = results.map((r) => r.app.serverCpuMsPerRequest);
  const replayCpu = results.map((r) => (r.replay.processCpuPercent * 10 * r.replay.seconds) / Math.max(1, r.replay.ops));
  const baselineTps = withBaseline.length ? median(withBaseline.map((r) => r.baseline.tps)) : undefined;
  const spread = (xs: number[]) => xs.map(round).join(', ');
  return {
    summary:
      `${round(appRate)} ${o.what}/s (p95 ${round(median(results.map((r) => r.app.latencyMs.p95)))} ms), replay of their SQL ${round(replayRate)}/s: app/replay ${round(median(appOverReplay))}` +
      (replayOverBaseline.length ? `, replay/pg-baseline ${round(median(replayOverBaseline))}` : '') +
      `; API CPU ${round(median(apiCpu))} ms per request`,
    metrics: {
      app_per_s: round(appRate),
      app_p50_ms: round(median(results.map((r) => r.app.latencyMs.p50))),
      app_p95_ms: round(median(results.map((r) => r.app.latencyMs.p95))),
      replay_per_s: round(replayRate),
      replay_p95_ms: round(median(results.map((r) => r.replay.latencyMs.p95))),
      app_over_replay: round(median(appOverReplay)),
      ...(replayOverBaseline.length ? { replay_over_pg_baseline: round(median(replayOverBaseline)), pg_baseline_tps: round(baselineTps!) } : {}),
      api_cpu_ms_per_request: round(median(apiCpu)),
      replay_driver_cpu_ms_per_op: round(median(replayCpu)),
      statements_per_op: o.plan.statements.length,
      connections_per_op: new Set(o.plan.statements.map((s) => s.connection)).size,
    },
    notes: [
      ...(silent.length ? [`${o.what}: no API answer at all within round(s) ${silent.join(', ')} (counted as 0/s; status codes ${JSON.stringify(silent.map((i) => results[i - 1].app.statusCodes))}, errors ${silent.map((i) => results[i - 1].app.errors).join(', ')})`] : []),
      `${o.what}: medians of ${rounds} alternating rounds of ${seconds} s (API, replay, pg-baseline), ${o.concurrency} clients; per round app/replay ${spread(appOverReplay)}` +
        (replayOverBaseline.length ? `; replay/pg-baseline ${spread(replayOverBaseline)}` : '') +
        `; API CPU ms per request ${spread(apiCpu)}`,
      `${o.what}: one operation is ${o.plan.statements.length} statements over ${new Set(o.plan.statements.map((s) => s.connection)).size} pool connection(s), replayed from a bare pg pool of ${o.poolSize} as the API's role`,
    ],
    appDone: results.reduce((n, r) => n + r.app.requests, 0),
    replayed: results.reduce((n, r) => n + r.replay.ops, 0),
    baselineTps,
  };
}
