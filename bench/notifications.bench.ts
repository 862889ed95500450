import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { createTransport } from 'nodemailer';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { FieldCipher, loadConfig } from '@mnio/platform';
import { assertDone, Benchmark, BenchContext, repoRoot, round, runningFromSources, summarize, tsBootSource } from './lib';

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

export const notifications: Benchmark = {
  name: 'notifications',
  description: `notifications: commit-to-inbox latency at ${RATE} events/s for 4×seconds (60 s by default), one worker process; email deliveries/s to a local SMTP server vs bare nodemailer; backlog drain after a 4×seconds Redis outage`,
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
      worker = startWorker({ ...process.env, REDIS_URL: redis.url, SMTP_URL: smtp.url, PUBLIC_URL: 'https://mnio.bench', NOTIFY_RECONCILE_GRACE_MS: '30000' });
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

      const ratio = round(emailsPerSec / barePerSec);
      return {
        summary: `inbox p95 ${round(latency.p95)} ms at ${RATE} ev/s (target < 250); ${round(emailsPerSec)} emails/s (${ratio}× bare nodemailer); ${backlog} events backlog drained in ${round(drainSeconds)} s`,
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
        },
        baseline: { label: 'bare nodemailer, same SMTP server, pool of 4, 16 in flight', value: round(barePerSec), unit: 'emails/s' },
        ratio,
        notes: [
          'latency: publish commit → fan-out commit seen by a 5 ms poller (inbox rows and the fan-out mark commit together); first 5 s not counted',
          'server_side_latency: notifications.created_at − outbox created_at (transaction starts; excludes the fan-out commit)',
          'drain: from redis-server restart (empty: no persistence) to the last backlog event in the inbox; the relay was blocked meanwhile',
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
