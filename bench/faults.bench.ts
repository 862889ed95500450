import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as argon2 from 'argon2';
import Redis from 'ioredis';
import { Client } from 'pg';
import { CREATE_CASE_EXAMPLE } from '../apps/api/src/http/cases/cases.dto';
import { migrate } from '../scripts/migrate';
import { PrivateCluster } from '../scripts/pg-private-cluster';
import { appEnv, assertDone, Benchmark, BenchContext, repoRoot, round, runningFromSources, tsBootSource } from './lib';

const CLIENTS = 4;
const PASSWORD = 'Bench-mnio-2026!';
/** How long each server stays down (smoke: 1 s). */
const OUTAGE_SECONDS = Number(process.env.BENCH_FAULTS_OUTAGE_SECONDS || 7);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A private redis-server without persistence (as the notifications tests start theirs): a restart loses every queue. */
class PrivateRedis {
  private child?: ChildProcess;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 200; i++) {
      const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        if ((await probe.ping()) === 'PONG') return;
      } catch {
        await sleep(50);
      } finally {
        probe.disconnect();
      }
    }
    throw new Error('redis-server did not start');
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

/** One of the application's processes (api or worker), from dist/ or, in the smoke run, from the sources; its JSON log lines go to `onLine`. */
class AppProcess {
  private child?: ChildProcess;
  private tail = '';

  constructor(
    private readonly name: 'api' | 'worker',
    private readonly env: NodeJS.ProcessEnv,
    private readonly onLine: (line: Record<string, unknown>) => void = () => undefined,
  ) {}

  start(): void {
    const args = runningFromSources()
      ? ['-e', tsBootSource(join(repoRoot(), 'apps', this.name, 'src', 'main.ts'))]
      : [join(__dirname, '..', 'apps', this.name, 'src', 'main.js')];
    const child = spawn(process.execPath, args, { cwd: repoRoot(), env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    child.stdout!.on('data', (c: Buffer) => {
      buffer += c.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const l of lines) {
        this.tail = (this.tail + l + '\n').slice(-4000);
        if (!l.startsWith('{')) continue;
        try {
          this.onLine(JSON.parse(l) as Record<string, unknown>);
        } catch {
          // not a log line
        }
      }
    });
    child.stderr!.on('data', (c: Buffer) => (this.tail = (this.tail + c.toString()).slice(-4000)));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGTERM') process.stderr.write(`  ${this.name} exited (${signal ?? code}): ${this.tail}\n`);
    });
    this.child = child;
  }

  get alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => (clearTimeout(kill), resolve()));
      child.kill('SIGTERM');
    });
  }
}

interface Answer {
  /** ms since the load started (performance.now origin of the run). */
  start: number;
  end: number;
  status: number;
  code?: string;
  retryAfter?: string | null;
  id?: string;
}

/** `clients` loops of `POST /api/cases`, each as its own case worker, until `stop()`; every answer kept. */
function creationLoad(url: string, auths: string[]) {
  const answers: Answer[] = [];
  let running = true;
  let n = 0;
  const body = JSON.stringify({
    ...CREATE_CASE_EXAMPLE,
    identity: { ...CREATE_CASE_EXAMPLE.identity, lastName: 'Faultname__N__', firstNames: ['Faultfirst__N__'], aliases: ['Faultalias__N__'] },
  });
  const loop = async (auth: string) => {
    while (running) {
      const start = performance.now();
      const a: Answer = { start, end: start, status: 0 };
      try {
        const res = await fetch(`${url}/api/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: auth },
          body: body.split('__N__').join(`f${n++}`),
          signal: AbortSignal.timeout(30_000),
        });
        a.status = res.status;
        a.retryAfter = res.headers.get('retry-after');
        const json = (await res.json().catch(() => ({}))) as { id?: string; code?: string };
        if (res.status === 201) a.id = json.id;
        else a.code = json.code;
      } catch {
        a.status = 0; // no answer (connection refused, reset or timed out)
      }
      a.end = performance.now();
      answers.push(a);
      if (a.status !== 201) await sleep(20); // a client that meets an error does not spin
    }
  };
  const loops = auths.map((a) => loop(a));
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

interface OutageFigures {
  byStatus: Record<string, number>;
  /** From the server's return (restart command done) to the first 201 that ended after it. */
  firstSuccessMs: number;
  downSeconds: number;
}

/** Answers that ended while the server was away, by status (and code), and the time to the first success after its return. */
function outageFigures(answers: Answer[], down: number, up: number): OutageFigures {
  const byStatus: Record<string, number> = {};
  for (const a of answers) {
    if (a.end < down || a.end > up) continue;
    const key = a.status === 0 ? 'no_answer' : a.code ? `${a.status}_${a.code}` : String(a.status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  const first = answers.filter((a) => a.status === 201 && a.end >= up).reduce((m, a) => Math.min(m, a.end), Infinity);
  return { byStatus, firstSuccessMs: first === Infinity ? NaN : first - up, downSeconds: (up - down) / 1000 };
}

async function waitFor(what: string, cond: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await cond()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Outages under load (issue 17 §6), on a private PostgreSQL cluster and a private redis-server started here
 * (the run's benchmark database is not used): the API and one worker as their own processes, creations at
 * 4 clients; PostgreSQL is stopped (`pg_ctl stop -m fast`) and started again, then Redis is killed and started
 * again, each down for OUTAGE_SECONDS. Reports the answers by status during each outage, the time to the first
 * success after each return, the outbox's drain time after Redis's return, the API's outage log lines, and
 * asserts that no acknowledged creation (201) is missing from the table.
 */
export const faults: Benchmark = {
  name: 'faults',
  description: `outages under creations at ${CLIENTS} clients: private PostgreSQL then Redis restarted (${OUTAGE_SECONDS} s down each); answers during each outage, time to first success, outbox drain, acknowledged creations lost (target 0)`,
  async run(ctx: BenchContext) {
    const outageMs = (ctx.smoke ? 1 : OUTAGE_SECONDS) * 1000;
    const steadyMs = (ctx.smoke ? 1 : Math.max(3, Math.round(ctx.seconds / 3))) * 1000;
    ctx.log('starting a private PostgreSQL cluster and a private redis-server (the run\'s benchmark database is not used)');
    const cluster = await PrivateCluster.create({ backups: false, settings: { fsync: 'off', max_connections: '50' } });
    const redis = new PrivateRedis(await freePort());
    let api: AppProcess | undefined;
    let worker: AppProcess | undefined;
    let load: ReturnType<typeof creationLoad> | undefined;
    const events: { event: string; at: number; refusedRequests?: number }[] = [];
    let requestFailedLines = 0;
    const failedKinds = new Set<string>();
    const db = new Client({ connectionString: cluster.url('mnio_bench_faults') });
    let dbOpen = false;
    try {
      await redis.start();
      const admin = new Client({ connectionString: cluster.url('postgres') });
      await admin.connect();
      await admin.query('CREATE DATABASE mnio_bench_faults');
      await admin.end();
      const ownerUrl = cluster.url('mnio_bench_faults');
      const appUrl = cluster.url('mnio_bench_faults', 'mnio_app');
      await migrate(ownerUrl, appUrl);

      await db.connect();
      dbOpen = true;
      const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
      const org = randomUUID();
      await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Association banc pannes 93', '{93}')`, [org]);
      const creators = Array.from({ length: CLIENTS }, (_, i) => ({ id: randomUUID(), email: `faults${i}@bench.mnio.test` }));
      for (const c of creators) {
        await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Bench worker', $3)`, [c.id, c.email, hash]);
        await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'case_worker')`, [c.id, org]);
      }

      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...appEnv(ownerUrl, redis.url, ctx.queuePrefix),
        DATABASE_URL: appUrl,
        DATABASE_OWNER_URL: ownerUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        MNIO_METRICS_PORT: '0',
        WORKER_METRICS_PORT: '0',
        WORKER_HEALTH_PORT: '0',
        MNIO_API_PROCESSES: '1',
        PUBLIC_URL: 'https://mnio.bench',
      };
      const t0 = performance.now();
      api = new AppProcess('api', { ...env, LOG_LEVEL: 'info' }, (line) => {
        if (line.event === 'database_unreachable' || line.event === 'database_reachable') {
          events.push({ event: line.event, at: performance.now() - t0, refusedRequests: line.refusedRequests as number | undefined });
          const { time: _time, pid: _pid, hostname: _host, ...shown } = line;
          ctx.log(`API log: ${JSON.stringify(shown)}`);
        }
        if (line.msg === 'request failed') {
          requestFailedLines++;
          // Only the error's class and code (the filter logs nothing else): what was not recognised as an outage.
          failedKinds.add(JSON.stringify(line.err));
        }
      });
      worker = new AppProcess('worker', env);
      api.start();
      worker.start();
      const url = `http://127.0.0.1:${port}`;
      await waitFor('the API', async () => (await fetch(`${url}/health/ready`)).status === 200, 180_000);
      const auths: string[] = [];
      for (const c of creators) {
        const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: c.email, password: PASSWORD }) });
        const body = (await res.json()) as { accessToken?: string };
        if (!body.accessToken) throw new Error(`bench login failed: ${res.status}`);
        auths.push(`Bearer ${body.accessToken}`);
      }
      // The worker is up once it relays: wait for an empty outbox after a first creation.
      const first = await fetch(`${url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auths[0] }, body: JSON.stringify(CREATE_CASE_EXAMPLE) });
      if (first.status !== 201) throw new Error(`first creation answered ${first.status}`);
      const backlog = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_messages WHERE relayed_at IS NULL`)).rows[0].n;
      await waitFor('the worker to relay the outbox', async () => (await backlog()) === 0, 180_000);

      ctx.log(`creations at ${CLIENTS} clients: ${steadyMs / 1000} s steady, PostgreSQL down ${outageMs / 1000} s, ${steadyMs / 1000} s, Redis down ${outageMs / 1000} s, ${steadyMs / 1000} s`);
      load = creationLoad(url, auths);
      await sleep(steadyMs);

      dbOpen = false;
      await db.end().catch(() => undefined);
      const pgDown = performance.now();
      await cluster.stop('fast');
      await sleep(outageMs);
      await cluster.start();
      const pgUp = performance.now();
      await sleep(steadyMs);

      const redisDown = performance.now();
      await redis.stop();
      await sleep(outageMs);
      await redis.start();
      const redisUp = performance.now();
      await sleep(steadyMs);
      await load.stop();

      const check = new Client({ connectionString: ownerUrl });
      await check.connect();
      let drainMs: number;
      let acknowledged: string[];
      let missing: number;
      try {
        const b = async () => (await check.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_messages WHERE relayed_at IS NULL`)).rows[0].n;
        const backlogAtStop = await b();
        await waitFor('the outbox to drain after Redis returned', async () => (await b()) === 0, 300_000);
        drainMs = performance.now() - redisUp;
        acknowledged = load.answers.filter((a) => a.status === 201 && a.id).map((a) => a.id!);
        const found = (await check.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE id = ANY($1::uuid[])`, [acknowledged])).rows[0].n;
        missing = acknowledged.length - found;
        ctx.log(`outbox: ${backlogAtStop} messages pending when the load stopped; drained ${round(drainMs / 1000)} s after Redis returned`);
      } finally {
        await check.end();
      }

      const pg = outageFigures(load.answers, pgDown, pgUp);
      const rd = outageFigures(load.answers, redisDown, redisUp);
      const all = load.answers.length;
      const fiveHundreds = load.answers.filter((a) => a.status >= 500 && a.status !== 503).length;
      const unavailable = load.answers.filter((a) => a.status === 503);
      const badUnavailable = unavailable.filter((a) => a.code !== 'SERVICE_UNAVAILABLE' || !a.retryAfter).length;
      const unreachableLines = events.filter((e) => e.event === 'database_unreachable').length;
      const reachable = events.filter((e) => e.event === 'database_reachable');
      const refusedLogged = reachable.reduce((n, e) => n + (e.refusedRequests ?? 0), 0);

      assertDone('acknowledged creations', acknowledged.length, 10);
      if (missing !== 0) throw new Error(`${missing} acknowledged creations (201) are missing from the cases table`);
      if (fiveHundreds) {
        const codes = [...new Set(load.answers.filter((a) => a.status >= 500 && a.status !== 503).map((a) => `${a.status} ${a.code}`))];
        throw new Error(`${fiveHundreds} answers were 5xx other than 503 (${codes.join(', ')}; the API logged ${[...failedKinds].join(', ') || 'nothing'})`);
      }
      if (badUnavailable) throw new Error(`${badUnavailable} answers 503 without SERVICE_UNAVAILABLE and Retry-After`);
      if (!(pg.firstSuccessMs >= 0)) throw new Error('no creation succeeded after PostgreSQL returned');
      if (!(rd.firstSuccessMs >= 0)) throw new Error('no creation succeeded after Redis returned');
      const refusedDuringPg = pg.byStatus['503_SERVICE_UNAVAILABLE'] ?? 0;
      if (refusedDuringPg && (unreachableLines !== 1 || reachable.length !== 1)) {
        throw new Error(`the API logged ${unreachableLines} « unreachable » and ${reachable.length} « reachable » lines for one outage (expected 1 and 1)`);
      }
      if (requestFailedLines) throw new Error(`the API logged ${requestFailedLines} « request failed » errors: ${[...failedKinds].join(", ")}`);

      const fmt = (s: Record<string, number>) => Object.entries(s).map(([k, v]) => `${k}: ${v}`).join(', ') || 'none';
      return {
        summary: `0 of ${acknowledged.length} acknowledged creations lost; PostgreSQL down ${round(pg.downSeconds)} s: ${fmt(pg.byStatus)}, first success ${round(pg.firstSuccessMs)} ms after its return; Redis down ${round(rd.downSeconds)} s: ${fmt(rd.byStatus)}; outbox drained ${round(drainMs / 1000)} s after Redis returned`,
        metrics: {
          requests: all,
          acknowledged_creations: acknowledged.length,
          acknowledged_lost: missing,
          answers_5xx_not_503: fiveHundreds,
          pg_down_s: round(pg.downSeconds),
          pg_outage_201: pg.byStatus['201'] ?? 0,
          pg_outage_503: refusedDuringPg,
          pg_outage_other: Object.entries(pg.byStatus).filter(([k]) => k !== '201' && k !== '503_SERVICE_UNAVAILABLE').reduce((n, [, v]) => n + v, 0),
          pg_first_success_ms: round(pg.firstSuccessMs),
          redis_down_s: round(rd.downSeconds),
          redis_outage_201: rd.byStatus['201'] ?? 0,
          redis_outage_other: Object.entries(rd.byStatus).filter(([k]) => k !== '201').reduce((n, [, v]) => n + v, 0),
          redis_first_success_ms: round(rd.firstSuccessMs),
          outbox_drain_s: round(drainMs / 1000),
          log_unreachable_lines: unreachableLines,
          log_reachable_lines: reachable.length,
          log_refused_requests: refusedLogged,
        },
        notes: [
          `answers that ended while PostgreSQL was down: ${fmt(pg.byStatus)}; while Redis was down: ${fmt(rd.byStatus)}`,
          `API log: ${unreachableLines} « database unreachable » line(s), ${reachable.length} « database reachable » line(s) counting ${refusedLogged} refused requests (all 503 answers of the run: ${unavailable.length}); no « request failed » error line`,
          `time to first success is measured from the moment the restart command returned (pg_ctl start -w, redis-server answering PING)`,
        ],
      };
    } finally {
      if (load) await load.stop().catch(() => undefined);
      if (dbOpen) await db.end().catch(() => undefined);
      await api?.stop().catch(() => undefined);
      await worker?.stop().catch(() => undefined);
      await redis.stop().catch(() => undefined);
      await cluster.destroy().catch(() => undefined);
    }
  },
};
