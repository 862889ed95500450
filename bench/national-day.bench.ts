import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { AccessTokenService } from '@mnio/platform';
import { CREATE_CASE_EXAMPLE } from '../apps/api/src/http/cases/cases.dto';
import { assertDone, Benchmark, bootApi, Country, CountryAccount, CountryRole, round, seedCountry, summarize } from './lib';

const CASES = Number(process.env.BENCH_NATIONAL_CASES || 100_000);
const TERRITORIES = Number(process.env.BENCH_NATIONAL_TERRITORIES || 101);
const CASE_WORKERS = Number(process.env.BENCH_NATIONAL_CASE_WORKERS || 20);
/** Mean think time between a person's actions (exponential), in seconds. */
const THINK_SECONDS = Number(process.env.BENCH_NATIONAL_THINK_SECONDS || 10);
const STEPS = (process.env.BENCH_NATIONAL_STEPS || '25,50,100,250,500,1000,2000,3000,4000,6000,8000,10000').split(',').map(Number);
/** Seconds each step is measured, after its new users have started. */
const HOLD_SECONDS = Number(process.env.BENCH_NATIONAL_HOLD_SECONDS || 10);
const TARGET_P95_MS = 200;
/** A kind's p95 is judged only over this many answers in a step (rarer kinds are reported, not judged). */
const MIN_JUDGED = 20;

/** One kind of request a role makes: `path` with `{}` replaced by an item of list `list` (at random, or each once in turn with `once`). */
interface Action {
  kind: string;
  w: number;
  method: 'GET' | 'POST';
  path: string;
  list?: number;
  once?: boolean;
  body?: string;
  /** `__N__` in the body replaced by the thread's random tag and a counter (distinct names across runs). */
  unique?: boolean;
  expect: number;
}

interface KindStats {
  samples: number[];
  status: Record<string, number>;
}

interface Snapshot {
  kinds: Record<string, KindStats>;
  /** CPU of the load thread since it started (ms). */
  cpuMs: number;
  /** Actions skipped because their pool ran out (orientation requests and answers). */
  exhausted: Record<string, number>;
}

/**
 * The virtual users, in one worker thread (plain JavaScript, so it runs from the sources and from dist/): user i acts as
 * account i % accounts, starts after a random delay within `rampMs`, then loops: pick an action of its role by weight,
 * send it over a keep-alive connection, record kind, status and latency, think for an exponential time of mean
 * `thinkMs`. The parent raises the number of users step by step and takes a snapshot (then reset) of the answers.
 */
const LOAD_WORKER = `
const { parentPort, workerData: o } = require('node:worker_threads');
const http = require('node:http');
const fs = require('node:fs');
const { performance } = require('node:perf_hooks');
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 1e6 });
const u = new URL(o.url);
let stats = {};
let exhausted = {};
// names unique across this thread and every other run's: a bare counter restarts with each thread
let target = 0, running = 0, seq = 0;
const runTag = require('node:crypto').randomBytes(4).toString('hex');
const cursors = o.accounts.map(() => ({}));
const cpuMs = () => { try { const f = fs.readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; } catch { return NaN; } };
const record = (kind, ms, status) => {
  const s = stats[kind] || (stats[kind] = { samples: [], status: {} });
  s.status[status] = (s.status[status] || 0) + 1;
  if (status >= 200 && status < 300) s.samples.push(ms);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
let thinkMs = o.thinkMs;
const think = () => -Math.log(1 - Math.random()) * thinkMs;
function choose(a, ai) {
  const total = a.mix.reduce((t, x) => t + x.w, 0);
  for (let tries = 0; tries < 8; tries++) {
    let r = Math.random() * total;
    const x = a.mix.find((m) => (r -= m.w) < 0) || a.mix[a.mix.length - 1];
    if (x.list === undefined) return { x, path: x.path };
    const list = o.lists[x.list];
    if (!list.length) continue;
    if (!x.once) return { x, path: x.path.replace('{}', list[Math.floor(Math.random() * list.length)]) };
    const c = cursors[ai][x.kind] || 0;
    if (c >= list.length) { exhausted[x.kind] = (exhausted[x.kind] || 0) + 1; continue; }
    cursors[ai][x.kind] = c + 1;
    return { x, path: x.path.replace('{}', list[c]) };
  }
  return null;
}
function send(method, path, auth, body) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const headers = { authorization: auth };
    if (body) { headers['content-type'] = 'application/json'; headers['content-length'] = Buffer.byteLength(body); }
    const req = http.request({ host: u.hostname, port: u.port, method, path, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - t0 }));
    });
    req.setTimeout(o.timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 'ERR', ms: performance.now() - t0 }));
    if (body) req.write(body);
    req.end();
  });
}
let rotation = 0;
async function user(i) {
  await sleep(thinkMs ? Math.random() * o.rampMs : 0);
  while (i < target) {
    // Without think time (the reference), the user goes through every account in turn: every role's mix, one request at a time.
    const ai = thinkMs ? i % o.accounts.length : rotation++ % o.accounts.length;
    const a = o.accounts[ai];
    const c = choose(a, ai);
    if (c) {
      const body = c.x.body && c.x.unique ? c.x.body.split('__N__').join(runTag + 'x' + seq++) : c.x.body;
      const r = await send(c.x.method, c.path, a.auth, body);
      record(c.x.kind, r.ms, r.status === c.x.expect ? r.status : (r.status === 'ERR' ? 'ERR' : r.status));
    }
    await sleep(think());
  }
  running--;
  if (running === 0 && target === 0) parentPort.postMessage({ type: 'stopped' });
}
parentPort.on('message', (m) => {
  if (m.type === 'users') {
    const from = target;
    target = m.n;
    for (let i = from; i < m.n; i++) { running++; user(i); }
  } else if (m.type === 'think') {
    thinkMs = m.ms;
  } else if (m.type === 'snapshot') {
    parentPort.postMessage({ type: 'snapshot', kinds: stats, cpuMs: cpuMs(), exhausted });
    stats = {};
    exhausted = {};
  } else if (m.type === 'stop') {
    target = 0;
    if (running === 0) parentPort.postMessage({ type: 'stopped' });
  }
});
`;

interface StepResult {
  users: number;
  seconds: number;
  perSec: number;
  errors: number;
  /** Per kind: answers per second, p50/p95/p99 ms, non-2xx answers. */
  kinds: Record<string, { n: number; perSec: number; p50: number; p95: number; p99: number; bad: number; status: Record<string, number> }>;
  apiCpuPercent: number;
  loadCpuPercent: number;
  pgCpuPercent: number;
  loopDelayMs: { p50: number; p99: number; max: number };
  pgActive: Record<string, number>;
  pgStatements: [string, number][];
  load: number[];
  verdict: string | null;
}

/**
 * A country's day (issue 17 §4): a country seeded like ten years of the whole mechanism (`seedCountry`), virtual
 * users of every role with think time doing a realistic mix, ramped step by step until a kind's p95 exceeds 200 ms
 * or errors appear. Reports the users sustained, requests per second and p50/p95/p99 per kind, and where the time
 * goes at the knee (API CPU, PostgreSQL backends' CPU and what they were doing, the API's event-loop delay).
 */
export const nationalDay: Benchmark = {
  name: 'national-day',
  description: `virtual users of every role with ${THINK_SECONDS} s think time over ${CASES.toLocaleString('en')} cases, ramped until p95 > ${TARGET_P95_MS} ms or errors`,
  async run(ctx) {
    const thinkSeconds = ctx.smoke ? 0.5 : THINK_SECONDS;
    const steps = ctx.smoke ? [20, 40] : STEPS;
    const hold = ctx.smoke ? 2 : HOLD_SECONDS;
    const t0 = performance.now();
    const country = await seedCountry(ctx.databaseUrl, {
      cases: CASES, territories: TERRITORIES, caseWorkersPerTerritory: CASE_WORKERS, log: ctx.log,
      ...(ctx.smoke ? { answersPerHost: 20, requestsPerOwner: 20, notificationsPerAccount: 5 } : {}),
    });
    const seedSeconds = (performance.now() - t0) / 1000;
    ctx.log(`country seeded in ${Math.round(seedSeconds)} s: ${JSON.stringify(country.rows)}`);

    const api = await bootApi();
    const worker: { w?: Worker } = {};
    try {
      // Sessions: one real login through the API per role (argon2, throttle and all), and for every other account a
      // token signed by the app's own AccessTokenService on the session seeded for it (thousands of argon2 logins
      // would take minutes on 2 cores: `auth-login` measures them).
      const tokens = api.app.get(AccessTokenService);
      const auth = new Map<string, string>();
      const loginMs: number[] = [];
      for (const role of new Set(country.accounts.map((a) => a.role))) {
        const a = country.accounts.find((x) => x.role === role)!;
        const l0 = performance.now();
        const res = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: a.email, password: country.password }) });
        const body = (await res.json()) as { accessToken?: string };
        if (!body.accessToken) throw new Error(`login of a ${role} answered ${res.status}`);
        loginMs.push(performance.now() - l0);
        auth.set(a.id, `Bearer ${body.accessToken}`);
      }
      for (const a of country.accounts) if (!auth.has(a.id)) auth.set(a.id, `Bearer ${tokens.sign({ sub: a.id, sid: a.session, mfa: false }, 'access', 6 * 3600)}`);

      const { lists, accounts } = plan(country, auth, ctx.smoke);
      await probe(api.url, lists, accounts, ctx.log);

      const db = new Client({ connectionString: ctx.databaseUrl, application_name: 'mnio-bench-sampler' });
      await db.connect();
      const before = await doneCounts(db);
      const w = new Worker(LOAD_WORKER, { eval: true, workerData: { url: api.url, lists, accounts, thinkMs: thinkSeconds * 1000, rampMs: thinkSeconds * 1000, timeoutMs: 10_000 } });
      worker.w = w;
      const messages: ((m: { type: string } & Partial<Snapshot>) => void)[] = [];
      w.on('message', (m: { type: string }) => messages.shift()?.(m));
      const ask = <T>(msg: { type: string; n?: number; ms?: number }) => new Promise<T>((resolve) => { messages.push(resolve as never); w.postMessage(msg); });
      const snapshot = () => ask<Snapshot>({ type: 'snapshot' });

      const results: StepResult[] = [];
      const totals: Record<string, Record<string, number>> = {};
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      let lastCpu = (await snapshot()).cpuMs;
      let reference: StepResult | undefined;
      try {
        // The reference, same run: one user without think time (each request alone on the API), every kind of every role in turn.
        w.postMessage({ type: 'think', ms: 0 });
        w.postMessage({ type: 'users', n: 1 });
        await sleep(hold * 1000);
        w.postMessage({ type: 'users', n: 0 });
        await sleep(500);
        const ref = await snapshot();
        reference = step(1, hold, ref, { apiCpuPercent: NaN, loadCpuPercent: NaN, pgCpuPercent: NaN, loopDelayMs: { p50: NaN, p99: NaN, max: NaN }, pgActive: {}, pgStatements: [] }, true);
        ctx.log(`reference, one user without think time: ${round(reference.perSec)} req/s; ${table(reference).join('; ')}`);
        lastCpu = ref.cpuMs;
        w.postMessage({ type: 'think', ms: thinkSeconds * 1000 });
        for (const users of steps) {
          w.postMessage({ type: 'users', n: users });
          ctx.log(`${users} users: starting (within ${thinkSeconds} s), then ${hold} s measured`);
          await sleep((thinkSeconds + (ctx.smoke ? 0.5 : 2)) * 1000);
          const first = await snapshot();
          for (const [k, s] of Object.entries(first.kinds)) for (const [st, n] of Object.entries(s.status)) ((totals[k] ??= {})[st] = (totals[k][st] ?? 0) + n);
          lastCpu = first.cpuMs;
          const pgBefore = await backendCpu(db);
          const sampler = sampleActivity(db);
          loop.reset();
          const cpu = process.cpuUsage();
          const m0 = performance.now();
          await sleep(hold * 1000);
          const snap = await snapshot();
          const seconds = (performance.now() - m0) / 1000;
          const used = process.cpuUsage(cpu);
          const activity = await sampler.stop();
          const pgAfter = await backendCpu(db);
          const loadCpuMs = snap.cpuMs - lastCpu;
          lastCpu = snap.cpuMs;
          for (const [k, s] of Object.entries(snap.kinds)) for (const [st, n] of Object.entries(s.status)) ((totals[k] ??= {})[st] = (totals[k][st] ?? 0) + n);
          const r = step(users, seconds, snap, {
            apiCpuPercent: (((used.user + used.system) / 1000 - loadCpuMs) / 1000 / seconds) * 100,
            loadCpuPercent: (loadCpuMs / 1000 / seconds) * 100,
            pgCpuPercent: (cpuSince(pgBefore, pgAfter) / 1000 / seconds) * 100,
            loopDelayMs: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
            ...activity,
          }, ctx.smoke);
          results.push(r);
          ctx.log(`${users} users: ${round(r.perSec)} req/s, ${r.errors} errors, worst p95 ${worst(r)} · API CPU ${round(r.apiCpuPercent)}%, PostgreSQL ${round(r.pgCpuPercent)}%, load thread ${round(r.loadCpuPercent)}%, loop delay p99 ${round(r.loopDelayMs.p99)} ms, load average ${r.load.map(round).join(' ')}`);
          ctx.log(`  PostgreSQL backends busy on average ${JSON.stringify(r.pgActive)}; running most often: ${r.pgStatements.map(([q, n]) => `${n} × ${q}`).join(' | ')}`);
          if (r.verdict) ctx.log(`  ${table(r).join('\n  ')}`);
          if (Object.keys(snap.exhausted).length) ctx.log(`pools ran out: ${JSON.stringify(snap.exhausted)}`);
          if (r.verdict) {
            ctx.log(`knee at ${users} users: ${r.verdict}`);
            break;
          }
        }
      } finally {
        loop.disable();
        // Users still thinking are dropped with the thread (requests in flight are abandoned, after the last snapshot).
        await w.terminate();
        worker.w = undefined;
      }
      const after = await doneCounts(db);
      await db.end();

      // The work was done: every kind answered 2xx, and the writes' 2xx answers are rows in the tables.
      const ok = (k: string) => Object.entries(totals[k] ?? {}).filter(([s]) => s.startsWith('2')).reduce((t, [, n]) => t + n, 0);
      // Every kind sent (all of them in the smoke run, whose mix is flat) answered 2xx at least once.
      for (const k of ctx.smoke ? KINDS : Object.keys(totals)) assertDone(`${k} answered 2xx`, ok(k), 1);
      assertDone('cases in the table for the creations answered 201', after.cases - before.cases, ok('create'));
      assertDone('track events in the table for those answered 201', after.events - before.events, ok('track_event'));
      assertDone('orientations asked for the requests answered 201', after.requested - before.requested, ok('orientation_request'));
      assertDone('orientations accepted for the answers answered 200', after.accepted - before.accepted, ok('orientation_answer'));

      const knee = results[results.length - 1].verdict ? results[results.length - 1] : undefined;
      const good = [...results].reverse().find((r) => !r.verdict);
      return report(ctx.smoke, country, results, good, knee, reference, { seedSeconds, loginMs, thinkSeconds, hold });
    } finally {
      await worker.w?.terminate();
      await api.close();
    }
  },
};

const KINDS = ['list', 'case_page', 'identity', 'create', 'track_event', 'orientation_request', 'orientation_answer', 'inbox', 'notifications', 'unread_count', 'deadlines', 'dashboard', 'statistics', 'me', 'admin'];

/** Each role's mix: weights of the kinds of request a person of that role makes in a working day. */
function plan(country: Country, auth: Map<string, string>, smoke: boolean): { lists: string[][]; accounts: { auth: string; role: CountryRole; mix: Action[] }[] } {
  const lists: string[][] = [];
  const listOf = new Map<string, number>();
  const shared = (key: string, ids: () => string[]) => listOf.get(key) ?? (listOf.set(key, lists.push(ids()) - 1), lists.length - 1);
  const year = new Date().getUTCFullYear() - 1;
  const ids = (indexes: number[] | undefined) => (indexes ?? []).map((i) => country.cases[i].id);
  const get = (kind: string, w: number, path: string, list?: number): Action => ({ kind, w, method: 'GET', path, list, expect: 200 });
  const post = (kind: string, w: number, path: string, body: unknown, expect: number, extra: Partial<Action> = {}): Action => ({ kind, w, method: 'POST', path, body: JSON.stringify(body), expect, ...extra });
  // Pools consumed once are split between the accounts that share them (the case workers of one association).
  const poolShare = new Map<string, number>();
  const share = (key: string, pool: string[], parts: number) => {
    const k = poolShare.get(key) ?? 0;
    poolShare.set(key, k + 1);
    const size = Math.ceil(pool.length / parts);
    lists.push(pool.slice(k * size, (k + 1) * size));
    return lists.length - 1;
  };
  const workersIn = new Map<string, number>();
  for (const a of country.accounts) if (a.role === 'case_worker') workersIn.set(a.organisationId, (workersIn.get(a.organisationId) ?? 0) + 1);
  const cellOf = new Map(country.territories.map((t) => [t.code, t]));
  const common = [get('notifications', 5, '/api/notifications'), get('unread_count', 6, '/api/notifications/unread-count'), get('me', 2, '/api/me')];
  const mixOf = (a: CountryAccount): Action[] => {
    const t = a.territory ? cellOf.get(a.territory)! : undefined;
    switch (a.role) {
      case 'case_worker': {
        const own = shared(`own:${a.organisationId}`, () => ids(country.casesByOwner.get(a.organisationId)));
        const body = { ...CREATE_CASE_EXAMPLE, territory: a.territory, identity: { ...CREATE_CASE_EXAMPLE.identity, lastName: 'Paysnom__N__', firstNames: ['Prenom__N__'], aliases: [] } };
        return [get('list', 25, '/api/cases?limit=50'), get('case_page', 30, '/api/cases/{}', own), get('identity', 6, '/api/cases/{}/identity?reason=follow_up', own),
          post('create', 3, '/api/cases', body, 201, { unique: true }), post('track_event', 5, '/api/cases/{}/criminal-events', { event: 'hearing', hearingType: 'uaped' }, 201, { list: own }),
          post('orientation_request', 2, '/api/cases/{}/orientations', { targetKind: 'general', channel: 'lawyer', targetOrganisationId: t!.legalAid, reason: 'legal_aid' }, 201,
            { list: share(`req:${a.organisationId}`, country.requestPool.get(a.organisationId) ?? [], workersIn.get(a.organisationId) ?? 1), once: true }),
          get('deadlines', 5, '/api/deadlines'), ...common];
      }
      case 'coordinator': {
        const own = shared(`own:${a.organisationId}`, () => ids(country.casesByOwner.get(a.organisationId)));
        return [get('list', 30, '/api/cases?limit=50'), get('case_page', 30, '/api/cases/{}', own), get('identity', 3, '/api/cases/{}/identity?reason=follow_up', own),
          get('deadlines', 10, '/api/deadlines'), get('statistics', 3, `/api/statistics/activity?year=${year}`), ...common];
      }
      case 'host_operator':
        return [get('inbox', 35, '/api/orientations?inbox=true&limit=50'), post('orientation_answer', 10, '/api/orientations/{}/transitions', { action: 'accept' }, 200,
          { list: share(`ans:${a.organisationId}`, country.answerPool.get(a.organisationId) ?? [], 1), once: true }), ...common];
      case 'acse_coordinator':
        return [get('inbox', 40, '/api/orientations?inbox=true&limit=50'), get('list', 20, '/api/cases?limit=50'), ...common];
      case 'cell_coordinator':
      case 'cell_member': {
        const cell = shared(`cell:${t!.cell}`, () => ids(country.casesByCell.get(t!.cell)));
        return [get('dashboard', 20, `/api/cells/${t!.cell}/dashboard`), get('list', 25, '/api/cases?limit=50'), get('case_page', 25, '/api/cases/{}', cell), get('deadlines', 5, '/api/deadlines'),
          ...(a.role === 'cell_coordinator' ? [get('statistics', 3, `/api/statistics/activity?year=${year}`)] : []), ...common];
      }
      case 'investigator':
      case 'teh_referent':
        return [get('list', 40, '/api/cases?limit=50'), ...common];
      case 'national_analyst':
        return [get('statistics', 40, `/api/statistics/activity?year=${year}`), get('statistics', 10, `/api/statistics/survey?year=${year}`), get('statistics', 10, `/api/statistics/eu?year=${year}`), ...common];
      case 'platform_admin':
        return [get('admin', 30, '/api/admin/users'), ...common];
      case 'dpo':
        return [...common];
    }
  };
  const accounts = country.accounts.map((a) => {
    let mix = mixOf(a);
    // The smoke run has a few seconds: every kind about as often, so that each is seen.
    if (smoke) mix = mix.map((x) => ({ ...x, w: 1 }));
    return { auth: auth.get(a.id)!, role: a.role, mix };
  });
  // The people are interleaved (user i is account i % n): any number of users is a cross-section of every role.
  const order = accounts.map((_, i) => i).sort((x, y) => ((Math.imul(x + 1, 2654435761) >>> 0) % 9973) - ((Math.imul(y + 1, 2654435761) >>> 0) % 9973) || x - y);
  return { lists, accounts: order.map((i) => accounts[i]) };
}

/** One request of every (role, kind) that reads, before the ramp: a route that does not answer 2xx fails the benchmark at once. */
async function probe(url: string, lists: string[][], accounts: { auth: string; role: CountryRole; mix: Action[] }[], log: (m: string) => void): Promise<void> {
  const seen = new Set<string>();
  for (const a of accounts) {
    for (const x of a.mix) {
      if (x.method !== 'GET' || seen.has(`${a.role}:${x.kind}:${x.path}`)) continue;
      seen.add(`${a.role}:${x.kind}:${x.path}`);
      const list = x.list === undefined ? undefined : lists[x.list];
      if (list && !list.length) continue;
      const path = list ? x.path.replace('{}', list[0]) : x.path;
      const res = await fetch(`${url}${path}`, { headers: { authorization: a.auth } });
      if (res.status !== x.expect) throw new Error(`probe: ${a.role} ${x.kind} ${x.path} answered ${res.status} ${(await res.text()).slice(0, 300)}`);
    }
  }
  log(`probed ${seen.size} (role, read) pairs: all answered 200`);
}

function step(users: number, seconds: number, snap: Snapshot, measured: Omit<StepResult, 'users' | 'seconds' | 'perSec' | 'errors' | 'kinds' | 'load' | 'verdict'>, smoke: boolean): StepResult {
  const kinds: StepResult['kinds'] = {};
  let all = 0;
  let errors = 0;
  for (const [k, s] of Object.entries(snap.kinds)) {
    const l = summarize(s.samples);
    const n = Object.values(s.status).reduce((t, x) => t + x, 0);
    const bad = n - s.samples.length;
    all += n;
    errors += bad;
    kinds[k] = { n, perSec: n / seconds, p50: l.p50, p95: l.p95, p99: l.p99, bad, status: s.status };
  }
  const slow = Object.entries(kinds).filter(([, k]) => k.n - k.bad >= MIN_JUDGED && k.p95 > TARGET_P95_MS).map(([name, k]) => `${name} p95 ${round(k.p95)} ms`);
  const failing = Object.entries(kinds).filter(([, k]) => k.bad > 0).map(([name, k]) => `${name} ${JSON.stringify(Object.fromEntries(Object.entries(k.status).filter(([s]) => !s.startsWith('2'))))}`);
  const verdict = smoke ? (failing.length ? `errors: ${failing.join(', ')}` : null) : [...slow, ...(failing.length ? [`errors: ${failing.join(', ')}`] : [])].join('; ') || null;
  return { users, seconds, perSec: all / seconds, errors, kinds, load: loadavg(), verdict, ...measured };
}

const worst = (r: StepResult) => {
  const [name, k] = Object.entries(r.kinds).filter(([, x]) => x.n - x.bad >= MIN_JUDGED).sort(([, a], [, b]) => b.p95 - a.p95)[0] ?? ['-', { p95: NaN }];
  return `${name} ${round(k.p95)} ms`;
};

/**
 * CPU ms per process of this database's PostgreSQL backends and parallel workers (from /proc). The step's CPU is the
 * sum over the processes seen at its end of what each used since its start (or since it began, for a parallel worker
 * started meanwhile); the workers that ended during the step are missed, so it is a lower bound.
 */
async function backendCpu(db: Client): Promise<Map<number, number>> {
  const { rows } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu.set(pid, (Number(f[11]) + Number(f[12])) * 10);
    } catch {
      // a process that ended
    }
  }
  return cpu;
}

const cpuSince = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((t, [pid, ms]) => t + ms - (before.get(pid) ?? 0), 0);

/** pg_stat_activity sampled every 100 ms: non-idle backends of this database by state and wait event, and the statements running. */
function sampleActivity(db: Client): { stop(): Promise<{ pgActive: Record<string, number>; pgStatements: [string, number][] }> } {
  const states: Record<string, number> = {};
  const statements: Record<string, number> = {};
  let samples = 0;
  let stopped = false;
  const run = (async () => {
    while (!stopped) {
      const { rows } = await db.query<{ state: string; wait: string | null; q: string }>(
        `SELECT state, wait_event_type || ':' || wait_event AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 240) AS q
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS NOT NULL AND state <> 'idle'`,
      );
      samples++;
      for (const r of rows) {
        const key = `${r.state}${r.wait ? ` (${r.wait})` : ''}`;
        states[key] = (states[key] ?? 0) + 1;
        if (r.state === 'active') statements[r.q] = (statements[r.q] ?? 0) + 1;
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await run;
      const per = (n: number) => round(n / Math.max(1, samples));
      return {
        pgActive: Object.fromEntries(Object.entries(states).sort(([, a], [, b]) => b - a).map(([k, n]) => [k, per(n)])),
        pgStatements: Object.entries(statements).sort(([, a], [, b]) => b - a).slice(0, 6).map(([q, n]): [string, number] => [q, per(n)]),
      };
    },
  };
}

async function doneCounts(db: Client): Promise<{ cases: number; events: number; requested: number; accepted: number }> {
  const { rows: [r] } = await db.query<{ cases: number; events: number; requested: number; accepted: number }>(
    `SELECT (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM case_events WHERE track = 'criminal' AND type = 'hearing') AS events,
            (SELECT count(*)::int FROM orientations WHERE target_kind = 'general' AND open) AS requested,
            (SELECT count(*)::int FROM orientations WHERE target_kind = 'dna' AND state = 'accepted') AS accepted`,
  );
  return r;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function table(r: StepResult): string[] {
  return KINDS.filter((k) => r.kinds[k]).map((k) => {
    const x = r.kinds[k];
    return `${k}: ${round(x.perSec)}/s, p50 ${round(x.p50)} ms, p95 ${round(x.p95)} ms, p99 ${round(x.p99)} ms${x.bad ? `, ${x.bad} not 2xx ${JSON.stringify(x.status)}` : ''}`;
  });
}

function report(smoke: boolean, country: Country, results: StepResult[], good: StepResult | undefined, knee: StepResult | undefined, reference: StepResult | undefined, o: { seedSeconds: number; loginMs: number[]; thinkSeconds: number; hold: number }) {
  const metrics: Record<string, number> = {
    cases_in_table: country.cases.length,
    accounts: country.accounts.length,
    organisations: country.rows.organisations,
    seed_seconds: Math.round(o.seedSeconds),
    think_seconds: o.thinkSeconds,
    users_sustained: good?.users ?? 0,
    req_per_s_sustained: round(good?.perSec ?? 0),
    knee_users: knee?.users ?? NaN,
  };
  for (const [label, r] of [['reference', reference], ['good', good], ['knee', knee]] as const) {
    if (!r) continue;
    for (const k of KINDS) {
      const x = r.kinds[k];
      if (!x) continue;
      metrics[`${label}_${k}_p50_ms`] = round(x.p50);
      metrics[`${label}_${k}_p95_ms`] = round(x.p95);
      metrics[`${label}_${k}_p99_ms`] = round(x.p99);
    }
    if (label === 'reference') continue;
    metrics[`${label}_api_cpu_percent`] = round(r.apiCpuPercent);
    metrics[`${label}_pg_cpu_percent`] = round(r.pgCpuPercent);
    metrics[`${label}_load_thread_cpu_percent`] = round(r.loadCpuPercent);
    metrics[`${label}_loop_delay_p99_ms`] = round(r.loopDelayMs.p99);
  }
  const where = (r: StepResult) =>
    `API process CPU ${round(r.apiCpuPercent)}% of a core (load thread excluded: ${round(r.loadCpuPercent)}%), this database's PostgreSQL backends ${round(r.pgCpuPercent)}%, API event-loop delay p50 ${round(r.loopDelayMs.p50)} / p99 ${round(r.loopDelayMs.p99)} / max ${round(r.loopDelayMs.max)} ms; backends busy on average ${JSON.stringify(r.pgActive)}; statements most often running: ${r.pgStatements.map(([q, n]) => `${n} × ${q}`).join(' | ')}; load average ${r.load.map(round).join(' ')}`;
  return {
    summary: smoke
      ? `smoke: ${results.length} steps, every kind answered`
      : `${good?.users ?? 0} users sustained (${round(good?.perSec ?? 0)} req/s, think ${o.thinkSeconds} s)` + (knee ? `; knee at ${knee.users} users: ${knee.verdict}` : '; no knee within the steps') + `; load average ${results[results.length - 1].load.map(round).join(' ')}`,
    metrics,
    notes: [
      `country: ${country.territories.length} territories, ${country.rows.organisations} organisations, ${country.accounts.length} accounts; rows ${JSON.stringify(country.rows)}; seeded in ${Math.round(o.seedSeconds)} s`,
      `sessions: one login through the API per role (${o.loginMs.length} logins, p50 ${round(summarize(o.loginMs).p50)} ms), the other accounts with tokens signed by the app's AccessTokenService on seeded sessions`,
      `users think an exponential time of mean ${o.thinkSeconds} s between actions; each step held ${o.hold} s after its users started; knee: a kind's p95 > ${TARGET_P95_MS} ms (over ≥ ${MIN_JUDGED} answers) or any answer not 2xx`,
      ...(reference ? [`reference, one user without think time, same run: ${round(reference.perSec)} req/s; ${table(reference).join('; ')}`] : []),
      ...results.map((r) => `${r.users} users: ${round(r.perSec)} req/s, ${r.errors} not 2xx; ${table(r).join('; ')}; ${where(r)}`),
      'API (one process, one event loop), load generator (a worker thread of the same process) and PostgreSQL share this 2-core machine with other engineers\' runs',
    ],
  };
}
