import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { Job, Queue } from 'bullmq';
import Redis from 'ioredis';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { EMAIL_QUEUE } from '@mnio/notifications';
import { FieldCipher, loadConfig } from '@mnio/platform';
import {
  assertDone, benchPool, Benchmark, BenchContext, describeOperation, measuringRoundSeconds, median, planReplay, RecordedOperation, recordUnit, repoRoot, replayOnce, round,
  runAsUnit, runningFromSources, runPgBaseline, startSqlRecorder, stopSqlRecorder, summarize, timedLoop, tsBootSource,
} from './lib';

const RATE = 50;
/** Cases the synthetic events name, all visible to the benchmark's organisation (the worker checks that each recipient still sees the case). */
const CASES = 500;

/** An SMTP server that counts what it accepts, with the time of each message. */
async function smtpSink(): Promise<{ url: string; times: number[]; close(): Promise<void> }> {
  const times: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        times.push(performance.now());
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return { url: `smtp://127.0.0.1:${port}`, times, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function sparePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A private redis-server without persistence, so the outage can be a real one (and lose what Redis held). */
class PrivateRedis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}
  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const r = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      r.on('error', () => undefined);
      const ok = await r.connect().then(() => r.ping(), () => null);
      r.disconnect();
      if (ok === 'PONG') return;
      await new Promise((res) => setTimeout(res, 50));
    }
    throw new Error('redis-server did not start');
  }
  async stop(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise((res) => (c.once('exit', res), c.kill('SIGKILL')));
  }
}

/**
 * The worker as its own process, one as in production: the built one (dist/apps/worker/src/main.js), or
 * its sources in the smoke run. Its stderr is shown only if it dies.
 */
function startWorker(env: NodeJS.ProcessEnv): ChildProcess {
  const args = runningFromSources()
    ? ['-e', tsBootSource(join(repoRoot(), 'apps', 'worker', 'src', 'main.ts'))]
    : [join(__dirname, '..', 'apps', 'worker', 'src', 'main.js')];
  const child = spawn(process.execPath, args, { cwd: repoRoot(), env, stdio: ['ignore', 'ignore', 'pipe'] });
  let tail = '';
  child.stderr!.on('data', (c: Buffer) => {
    tail = (tail + c.toString()).slice(-2000);
    if (process.env.BENCH_LOG_LEVEL) process.stderr.write(c);
  });
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') process.stderr.write(`  worker exited (${signal ?? code}): ${tail}\n`);
  });
  return child;
}

interface Seeded {
  org: string;
  /** Cases the organisation sees, as the worker's case-access check reads them. */
  cases: { id: string; reference: string }[];
}

/** One Ac.Sé coordination with two members (the recipients of each event) and CASES cases it sees. */
async function seed(db: Client): Promise<Seeded> {
  const org = randomUUID();
  await db.query(`INSERT INTO organisations (id, kind, name, national) VALUES ($1, 'acse_coordination', 'Bench Ac.Sé', true)`, [org]);
  let author = '';
  for (const role of ['coordinator', 'case_worker']) {
    const u = await db.query<{ id: string }>(`INSERT INTO users (email, display_name) VALUES ($1, 'Bench user') RETURNING id`, [`${role}.${org.slice(0, 8)}@bench.mnio.test`]);
    await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, $3)`, [u.rows[0].id, org, role]);
    author = u.rows[0].id;
  }
  const config = loadConfig();
  const identity = new FieldCipher(config.encryptionKeys, config.currentKeyId).encryptJson({ lastName: 'BANC', firstName: 'Essai' }, 'bench');
  const cases = Array.from({ length: CASES }, (_, i) => ({ id: randomUUID(), reference: `93-2026-9${String(i).padStart(5, '0')}` }));
  await db.query(
    `INSERT INTO cases (id, reference, territory, owner_organisation_id, created_by, sex, age_band, minor, age_uncertain, foreign_national,
                        exploitation_forms, exploited_in_france, exploited_abroad, identity_enc, viewer_org_ids, identity_org_ids)
     SELECT c.id, c.ref, '93', $3, $4, 'female', '25-34', false, false, true, '{sexual_exploitation}', true, false, $5, ARRAY[$3]::uuid[], ARRAY[$3]::uuid[]
     FROM unnest($1::uuid[], $2::text[]) AS c(id, ref)`,
    [cases.map((c) => c.id), cases.map((c) => c.reference), org, author, identity],
  );
  return { org, cases };
}

let seq = 0;
function payload({ org, cases }: Seeded): string {
  const c = cases[seq++ % cases.length];
  return JSON.stringify({
    orientationId: randomUUID(), caseId: c.id, reference: c.reference, territory: '93',
    targetKind: 'acse', targetOrganisationId: org, requesterOrganisationId: org,
  });
}

/** Inbox rows written for these events (two recipients each when the fan-out found them). */
async function inboxRows(db: Client, ids: string[]): Promise<number> {
  const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE event_key = ANY($1)`, [ids.map((id) => `outbox-${id}`)]);
  return r.rows[0].n;
}

/** Inserts one event as OutboxService does (insert and NOTIFY in one statement); returns its id once committed. */
async function publishOne(db: Client, org: Seeded): Promise<string> {
  const r = await db.query<{ id: string }>(
    `WITH m AS (INSERT INTO outbox_messages (type, payload) VALUES ('OrientationRequested', $1) RETURNING id) SELECT m.id, pg_notify('mnio_outbox', '') FROM m`,
    [payload(org)],
  );
  return r.rows[0].id;
}

/** Publishes at RATE per second for `seconds`; returns each event's commit time. */
async function publishAtRate(db: Client, org: Seeded, seconds: number): Promise<Map<string, number>> {
  const committed = new Map<string, number>();
  const start = performance.now();
  for (let i = 0; i < seconds * RATE; i++) {
    const due = start + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const id = await publishOne(db, org);
    committed.set(id, performance.now());
  }
  return committed;
}

async function fannedOut(db: Client, ids: string[]): Promise<string[]> {
  const r = await db.query<{ outbox_id: string }>(`SELECT outbox_id FROM notification_fanouts WHERE outbox_id = ANY($1)`, [ids]);
  return r.rows.map((x) => x.outbox_id);
}

async function waitUntil(ctx: BenchContext, what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await probe())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  ctx.log(`${what}: done`);
}

/** Commit-to-inbox latency: an event counts as in the inbox when its fan-out (inbox rows and mark, one transaction) is visible. */
async function latencyPhase(ctx: BenchContext, db: Client, poll: Client, org: Seeded, seconds: number) {
  const seen = new Map<string, number>();
  const pending = new Set<string>();
  let publishing = true;
  const poller = (async () => {
    while (publishing || pending.size) {
      if (pending.size) for (const id of await fannedOut(poll, [...pending])) if (pending.delete(id)) seen.set(id, performance.now());
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const committed = new Map<string, number>();
  const start = performance.now();
  for (let i = 0; i < seconds * RATE; i++) {
    const wait = start + (i * 1000) / RATE - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const id = await publishOne(db, org);
    committed.set(id, performance.now());
    pending.add(id);
  }
  publishing = false;
  await poller;
  const warm = [...committed.entries()].slice(ctx.smoke ? 0 : RATE * 5);
  assertDone('inbox rows of the latency phase (2 recipients per event)', await inboxRows(db, warm.map(([id]) => id)), warm.length * 2);
  const latency = summarize(warm.map(([id, t]) => seen.get(id)! - t));
  const server = await db.query<{ ms: number }>(
    `SELECT extract(epoch FROM (SELECT min(n.created_at) FROM notifications n WHERE n.event_key = 'outbox-' || o.id) - o.created_at) * 1000 AS ms
     FROM outbox_messages o WHERE o.id = ANY($1)`,
    [warm.map(([id]) => id)],
  );
  ctx.log(`latency: ${latency.count} events, p50 ${round(latency.p50)} ms, p95 ${round(latency.p95)} ms, p99 ${round(latency.p99)} ms`);
  return { latency, server: summarize(server.rows.map((r) => Number(r.ms))) };
}

/** Outbox ids of the recorded events and everything after them; replays take fresh ids from REPLAY_IDS_FROM, below them. */
const RECORDED_IDS_FROM = 1_000_000;
const REPLAY_IDS_FROM = 100_000;

/** The events queue's concurrency in the worker (`@Processor(EVENTS_QUEUE, { concurrency: 8 })` in apps/worker/src/events.processor.ts). */
const WORKER_CONCURRENCY = 8;

/** One OrientationRequested event about this case, as OutboxService writes it, under an id taken beforehand (the recording's key). */
async function publishWithId(db: Client, id: string, org: string, c: { id: string; reference: string }): Promise<void> {
  const body = { orientationId: randomUUID(), caseId: c.id, reference: c.reference, territory: '93', targetKind: 'acse', targetOrganisationId: org, requesterOrganisationId: org };
  await db.query(`WITH m AS (INSERT INTO outbox_messages (id, type, payload) VALUES ($1, 'OrientationRequested', $2) RETURNING id) SELECT pg_notify('mnio_outbox', '') FROM m`, [id, JSON.stringify(body)]);
}

/**
 * The SQL of one fan-out, recorded in this process: the real worker (`WorkerModule`, as apps/worker/src/main.ts
 * boots it, with the worker process's environment) runs here for the recording only, its events job handler
 * wrapped in `runAsUnit('outbox:<id>')`, so every statement of that job (the message read by id, the fan-out
 * check, recipients and each one's view of the case, preferences, webhooks, the transaction, the pending
 * deliveries read back) is kept and nothing else (relay, reconciler, email jobs). Three events about one case:
 * the first warms the worker up, the other two give `planReplay` its pair. Closed before the worker process starts.
 */
async function recordFanout(ctx: BenchContext, db: Client, org: Seeded, env: Record<string, string>): Promise<{ a: RecordedOperation; b: RecordedOperation; outboxIdA: string }> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  // Loaded here: the processors read their job lock setting when their module loads (see apps/worker/src/main.ts).
  const { WorkerModule } = await import('../apps/worker/src/worker.module');
  const { EventsProcessor } = await import('../apps/worker/src/events.processor');
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: false, abortOnError: false });
  const ended = new Map<string, () => void>();
  try {
    const processor = app.get(EventsProcessor) as unknown as { handlers: Record<string, (job: Job) => Promise<unknown>> };
    const handle = processor.handlers['*'];
    processor.handlers['*'] = function (this: unknown, job: Job) {
      const key = `outbox:${job.data?.outboxId}`;
      return runAsUnit(key, () => handle.call(this, job)).finally(() => ended.get(key)?.());
    };
    startSqlRecorder(app);
    // Outbox ids from 1,000,000 on: the replay tells the recorded id apart from small numbers (a recipient count), and
    // gives each replay an id below that (100,000 on) that no message has, without moving any high-water mark.
    await db.query(`SELECT setval(pg_get_serial_sequence('outbox_messages', 'id'), greatest(${RECORDED_IDS_FROM}, (SELECT last_value FROM outbox_messages_id_seq)))`);
    const c = org.cases[0];
    const one = async () => {
      // The id is taken first, so that the recording's key is known before the relay can hand the job over.
      const id = (await db.query<{ id: string }>(`SELECT nextval(pg_get_serial_sequence('outbox_messages', 'id'))::text AS id`)).rows[0].id;
      const key = `outbox:${id}`;
      let timer: NodeJS.Timeout | undefined;
      const op = await recordUnit(key, async () => {
        const done = new Promise<void>((resolve, reject) => {
          ended.set(key, resolve);
          timer = setTimeout(() => reject(new Error(`the in-process worker did not fan out ${key} within 60 s`)), 60_000);
        });
        await publishWithId(db, id, org.org, c);
        await done;
      }).finally(() => clearTimeout(timer));
      return { id, op };
    };
    await one();
    const a = await one();
    const b = await one();
    assertDone('inbox rows of the recorded fan-outs (2 recipients per event)', await inboxRows(db, [a.id, b.id]), 4);
    ctx.log(`recorded one fan-out: ${a.op.statements.length} statements`);
    for (const line of describeOperation(a.op)) ctx.log(`  ${line}`);
    return { a: a.op, b: b.op, outboxIdA: a.id };
  } finally {
    stopSqlRecorder();
    await app.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** User + system CPU of a process, in ms (what `process.cpuUsage()` gives inside it), from /proc. */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of proc(5) (utime, stime), in clock ticks of 10 ms (CLK_TCK 100 on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function deliveriesOf(db: Client, eventKeys: string[]): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_deliveries WHERE event_key = ANY($1)`, [eventKeys])).rows[0].n;
}

/**
 * Issue 17 §1 for the fan-out: the worker process against the replay of one fan-out's SQL and pg-baseline, in
 * alternating rounds. A worker round publishes a burst sized to last about a round (from the warm-up burst's
 * rate) and times it from the publishing commit to the last fan-out mark; the email queue is paused meanwhile
 * (the replay holds the fan-out's SQL, not the emails; they are sent between rounds). The replay runs at the
 * events queue's concurrency, each with a fresh outbox id (so a fresh event key: a new fan-out mark, inbox rows,
 * deliveries; the case and the recipients stay), from a bare pool as the application's role.
 */
async function fanoutAgainstReplay(ctx: BenchContext, db: Client, org: Seeded, worker: ChildProcess, redisUrl: string, recorded: { a: RecordedOperation; b: RecordedOperation; outboxIdA: string }) {
  const plan = planReplay(recorded.a, recorded.b);
  const recordedId = recorded.outboxIdA;
  // The outbox id is not a UUID: `rewriteTo` gives each replay its own; it must not also get planReplay's per-replay suffix.
  const holdsRecordedId = (v: unknown): boolean => (Array.isArray(v) ? v.some(holdsRecordedId) : String(v) === recordedId || (typeof v === 'string' && v.includes(`outbox-${recordedId}`)));
  plan.uniqueArrays = plan.uniqueArrays.filter(([i, p]) => !holdsRecordedId(plan.statements[i].values[p]));
  const rounds = ctx.smoke ? 1 : 3;
  const seconds = ctx.smoke ? 1 : measuringRoundSeconds(ctx, rounds);
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', () => undefined);
  const emails = new Queue(EMAIL_QUEUE, { connection, prefix: ctx.queuePrefix });
  const pool = benchPool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20), application_name: 'mnio-bench-replay' });
  const pending = async () => (await db.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status IN ('pending', 'sending')`)).rows[0].n as number;
  /** One burst of `n` events through the worker, emails paused: events/s, worker CPU ms per event. */
  const burst = async (n: number) => {
    await emails.pause();
    const cpu0 = processCpuMs(worker.pid!);
    const ids = (
      await db.query<{ id: string }>(
        `WITH m AS (INSERT INTO outbox_messages (type, payload) SELECT 'OrientationRequested', p::jsonb FROM unnest($1::text[]) AS p RETURNING id) SELECT m.id::text AS id FROM m`,
        [Array.from({ length: n }, () => payload(org))],
      )
    ).rows.map((r) => r.id);
    await db.query(`SELECT pg_notify('mnio_outbox', '')`);
    const t0 = performance.now();
    await waitUntil(ctx, `${n} events fanned out`, async () => (await db.query(`SELECT count(*)::int AS n FROM notification_fanouts WHERE outbox_id = ANY($1)`, [ids])).rows[0].n === n, 600_000);
    const elapsed = (performance.now() - t0) / 1000;
    const cpuMs = processCpuMs(worker.pid!) - cpu0;
    const keys = ids.map((id) => `outbox-${id}`);
    assertDone('inbox rows of the worker round (2 recipients per event)', await inboxRows(db, ids), n * 2);
    assertDone('email deliveries of the worker round (2 per event)', await deliveriesOf(db, keys), n * 2);
    await emails.resume();
    await waitUntil(ctx, 'their emails', async () => (await pending()) === 0, 600_000);
    return { events: n, perSec: n / elapsed, cpuMsPerEvent: cpuMs / n };
  };
  let nextId = REPLAY_IDS_FROM;
  const rewriteTo = (fresh: string) => {
    const rewrite = (v: unknown): unknown =>
      v === recordedId ? fresh : v === Number(recordedId) ? Number(fresh) : typeof v === 'string' ? v.split(`outbox-${recordedId}`).join(`outbox-${fresh}`) : Array.isArray(v) ? v.map(rewrite) : v;
    return rewrite;
  };
  const results: { worker: Awaited<ReturnType<typeof burst>>; replay: Awaited<ReturnType<typeof timedLoop>>; replays: number; baseline: Awaited<ReturnType<typeof runPgBaseline>> }[] = [];
  try {
    const warm = await burst(ctx.smoke ? 20 : 200);
    ctx.log(`fan-out warm-up: ${round(warm.perSec)} events/s`);
    let estimate = warm.perSec;
    for (let r = 1; r <= rounds; r++) {
      const n = Math.max(20, Math.min(20_000, Math.round(estimate * seconds)));
      ctx.log(`round ${r}/${rounds}: worker fan-out of ${n} events, then its SQL replayed, then pg-baseline; ${WORKER_CONCURRENCY} at once, ~${seconds} s each`);
      const w = await burst(n);
      estimate = w.perSec;
      const keys: string[] = [];
      const replay = await timedLoop({
        concurrency: WORKER_CONCURRENCY,
        seconds,
        warmupSeconds: ctx.smoke ? 0.5 : 1,
        op: async () => {
          if (nextId >= RECORDED_IDS_FROM) throw new Error('replay outbox ids exhausted');
          const fresh = String(nextId++);
          await replayOnce(pool, plan, new Map(), rewriteTo(fresh));
          keys.push(`outbox-${fresh}`);
        },
      });
      if (replay.errors) throw new Error(`${replay.errors} replays failed: ${replay.firstError}`);
      assertDone('inbox rows of the replays (2 recipients per event)', (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE event_key = ANY($1)`, [keys])).rows[0].n, keys.length * 2);
      assertDone('fan-out marks of the replays', (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_fanouts WHERE event_key = ANY($1)`, [keys])).rows[0].n, keys.length);
      assertDone('email deliveries of the replays (2 per event)', await deliveriesOf(db, keys), keys.length * 2);
      // The replay enqueues nothing: its delivery rows would wait for the reconciler, which would send them during later rounds.
      await db.query(`DELETE FROM notification_deliveries WHERE event_key = ANY($1)`, [keys]);
      const baseline = await runPgBaseline(ctx.databaseUrl, seconds, WORKER_CONCURRENCY, ctx.log);
      results.push({ worker: w, replay, replays: keys.length, baseline });
    }
  } finally {
    await emails.resume().catch(() => undefined);
    await emails.close();
    connection.disconnect();
    await pool.end();
  }
  const spread = (xs: number[]) => xs.map(round).join(', ');
  const overReplay = results.map((r) => r.worker.perSec / r.replay.opsPerSec);
  const withBaseline = results.filter((r) => r.baseline);
  const replayOverBaseline = withBaseline.map((r) => r.replay.opsPerSec / r.baseline!.tps);
  const cpu = results.map((r) => r.worker.cpuMsPerEvent);
  const metrics: Record<string, number> = {
    fanout_events_per_s: round(median(results.map((r) => r.worker.perSec))),
    fanout_replay_per_s: round(median(results.map((r) => r.replay.opsPerSec))),
    fanout_replay_p95_ms: round(median(results.map((r) => r.replay.latencyMs.p95))),
    fanout_over_replay: round(median(overReplay)),
    ...(replayOverBaseline.length ? { fanout_replay_over_pg_baseline: round(median(replayOverBaseline)), fanout_pg_baseline_tps: round(median(withBaseline.map((r) => r.baseline!.tps))) } : {}),
    worker_cpu_ms_per_event: round(median(cpu)),
    fanout_statements_per_event: plan.statements.length,
  };
  return {
    summary: `fan-out ${metrics.fanout_events_per_s} events/s vs replay ${metrics.fanout_replay_per_s}/s: fan-out/replay ${metrics.fanout_over_replay}` +
      (replayOverBaseline.length ? `, replay/pg-baseline ${metrics.fanout_replay_over_pg_baseline}` : '') + `; worker CPU ${metrics.worker_cpu_ms_per_event} ms per event`,
    metrics,
    notes: [
      `fan-out: medians of ${rounds} alternating rounds (worker burst, replay, pg-baseline) of ~${seconds} s, ${WORKER_CONCURRENCY} at once (the events queue's concurrency); per round fan-out/replay ${spread(overReplay)}` +
        (replayOverBaseline.length ? `; replay/pg-baseline ${spread(replayOverBaseline)}` : '') + `; worker CPU ms per event ${spread(cpu)}; bursts of ${results.map((r) => r.worker.events).join(', ')} events; ${results.map((r) => r.replays).join(', ')} replays`,
      'fan-out: worker rounds from the burst\'s commit to its last fan-out mark (relay included), email queue paused (emails sent between rounds); worker CPU from /proc/<pid>/stat (user + system, as process.cpuUsage in it)',
      `fan-out: one event is ${plan.statements.length} statements over ${new Set(plan.statements.map((s) => s.connection)).size} connection(s): ${describeOperation(recorded.a).join(' | ')}`,
    ],
  };
}

export const notifications: Benchmark = {
  name: 'notifications',
  description: `notifications: commit-to-inbox latency at ${RATE} events/s for 4×seconds (60 s by default), one worker process; email deliveries/s to a local SMTP server vs bare nodemailer; backlog drain after a 4×seconds Redis outage; the fan-out against the replay of its own SQL (alternating rounds, worker CPU per event)`,
  async run(ctx) {
    const redis = new PrivateRedis(await sparePort());
    await redis.start();
    const smtp = await smtpSink();
    const db = new Client({ connectionString: ctx.databaseUrl });
    const poll = new Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    await poll.connect();
    let worker: ChildProcess | undefined;
    try {
      const org = await seed(db);
      const BURST = ctx.smoke ? 100 : 2000;
      const workerEnv = { REDIS_URL: redis.url, SMTP_URL: smtp.url, PUBLIC_URL: 'https://mnio.bench', NOTIFY_RECONCILE_GRACE_MS: '30000' };
      // The SQL of one fan-out, recorded by the worker booted in this process before the worker process starts (phase 4 replays it).
      const recorded = await recordFanout(ctx, db, org, workerEnv);
      worker = startWorker({ ...process.env, ...workerEnv });
      const probe = await publishOne(db, org);
      await waitUntil(ctx, 'worker ready', async () => (await fannedOut(db, [probe])).length === 1, 60_000);

      // 1. Latency at a sustained rate.
      const long = Math.round(ctx.seconds * 4);
      const { latency, server } = await latencyPhase(ctx, db, poll, org, long);

      // 2. Email throughput: a burst of events, two recipients each, emailed by default.
      await waitUntil(ctx, 'emails of the latency phase', async () => (await db.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status IN ('pending', 'sending')`)).rows[0].n === 0, 120_000);
      const mailsBefore = smtp.times.length;
      const burst = await db.query<{ id: string }>(
        `WITH m AS (INSERT INTO outbox_messages (type, payload) SELECT 'OrientationRequested', p::jsonb FROM unnest($1::text[]) AS p RETURNING id)
         SELECT m.id FROM m`,
        [Array.from({ length: BURST }, () => payload(org))],
      );
      await db.query(`SELECT pg_notify('mnio_outbox', '')`);
      const t0 = performance.now();
      await waitUntil(ctx, `${BURST * 2} emails`, async () => smtp.times.length - mailsBefore >= BURST * 2, 300_000);
      const burstTimes = smtp.times.slice(mailsBefore);
      const emailsPerSec = (BURST * 2) / ((burstTimes[burstTimes.length - 1] - t0) / 1000);
      const eventsFanned = burst.rows.length;
      assertDone('inbox rows of the burst (2 recipients per event)', await inboxRows(db, burst.rows.map((r) => r.id)), BURST * 2);

      // The reference: bare nodemailer with the product's pool settings, same server, same process count.
      const transport = createTransport({ url: smtp.url, pool: true, maxConnections: 4 });
      const bareStart = performance.now();
      let sent = 0;
      await Promise.all(Array.from({ length: 16 }, async () => {
        while (sent < BURST) {
          sent++;
          await transport.sendMail({ from: 'bench@mnio.test', to: 'x@bench.mnio.test', subject: '[mnio] Demande d’orientation reçue — 93-2026-000001', text: 'Bonjour,\n'.repeat(20), html: '<p>Bonjour</p>'.repeat(20) });
        }
      }));
      const barePerSec = BURST / ((performance.now() - bareStart) / 1000);
      transport.close();

      // 3. A Redis outage at the sustained rate: events pile up in the outbox; measure the drain after the restart.
      await redis.stop();
      ctx.log(`redis stopped for ${long} s`);
      const during = await publishAtRate(db, org, long);
      const backlog = (await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE relayed_at IS NULL`)).rows[0].n as number;
      const restart = performance.now();
      await redis.start();
      const ids = [...during.keys()];
      await waitUntil(ctx, `${ids.length} events notified after the outage`, async () => (await db.query(`SELECT count(*)::int AS n FROM notification_fanouts WHERE outbox_id = ANY($1)`, [ids])).rows[0].n === ids.length, 600_000);
      const drainSeconds = (performance.now() - restart) / 1000;
      assertDone('inbox rows of the events published during the outage', await inboxRows(db, ids), ids.length * 2);
      await waitUntil(ctx, 'their emails', async () => (await db.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status IN ('pending', 'sending')`)).rows[0].n === 0, 600_000);
      const allDoneSeconds = (performance.now() - restart) / 1000;
      const duplicates = (await db.query(`SELECT count(*)::int AS n FROM (SELECT event_key, user_id FROM notifications GROUP BY 1, 2 HAVING count(*) > 1) d`)).rows[0].n as number;

      // 4. The fan-out against the replay of its own SQL (issue 17 §1), last so that the figures above are as before.
      const fanout = await fanoutAgainstReplay(ctx, db, org, worker, redis.url, recorded);

      const ratio = round(emailsPerSec / barePerSec);
      return {
        summary: `inbox p95 ${round(latency.p95)} ms at ${RATE} ev/s (target < 250); ${round(emailsPerSec)} emails/s (${ratio}× bare nodemailer); ${backlog} events backlog drained in ${round(drainSeconds)} s; ${fanout.summary}`,
        metrics: {
          inbox_latency_p50_ms: round(latency.p50),
          inbox_latency_p95_ms: round(latency.p95),
          inbox_latency_p99_ms: round(latency.p99),
          inbox_latency_max_ms: round(latency.max),
          inbox_latency_events: latency.count,
          server_side_latency_p95_ms: round(server.p95),
          emails_per_s: round(emailsPerSec),
          burst_events: eventsFanned,
          outage_seconds: long,
          outage_backlog_events: backlog,
          drain_seconds: round(drainSeconds),
          drain_events_per_s: round(ids.length / drainSeconds),
          drain_with_emails_seconds: round(allDoneSeconds),
          duplicate_inbox_rows: duplicates,
          ...fanout.metrics,
        },
        baseline: { label: 'bare nodemailer, same SMTP server, pool of 4, 16 in flight', value: round(barePerSec), unit: 'emails/s' },
        ratio,
        notes: [
          'latency: publish commit → fan-out commit seen by a 5 ms poller (inbox rows and the fan-out mark commit together); first 5 s not counted',
          'server_side_latency: notifications.created_at − outbox created_at (transaction starts; excludes the fan-out commit)',
          'drain: from redis-server restart (empty: no persistence) to the last backlog event in the inbox; the relay was blocked meanwhile',
          ...fanout.notes,
        ],
      };
    } finally {
      if (worker && worker.exitCode === null) await new Promise((res) => (worker!.once('exit', res), worker!.kill('SIGTERM')));
      await db.end();
      await poll.end();
      await smtp.close();
      await redis.stop();
    }
  },
};
