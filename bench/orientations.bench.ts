import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { Client } from 'pg';
import { AccessTokenService, FieldCipher, loadConfig } from '@mnio/platform';
import {
  assertDone, Benchmark, BenchApi, BenchContext, bootApi, bulkInsert, describeOperation, httpLoad, HttpLoadResult, median, PgBaseline, planReplay, recordOperation, replayComparison,
  ReplayComparison, round, runPgBaseline, startSqlRecorder, stopSqlRecorder, summarize, timedLoop, measuringRoundSeconds,
} from './lib';

const CLIENTS = 16;
const HOSTS = 100;
/** The first SMALL_HOSTS hosts have SMALL_CAPACITY places and fill within a second: acceptances keep meeting full hosts. */
const SMALL_HOSTS = 20;
const SMALL_CAPACITY = 3;
const LARGE_CAPACITY = 500;
/** Requested DNA orientations waiting for an answer, one case each, spread at random over the hosts. */
const POOL = Number(process.env.BENCH_ORIENTATION_POOL || 24_000);
/** Orientations in the table when the inbox is measured (the pool included). */
const TOTAL = Number(process.env.BENCH_ORIENTATIONS || 200_000);
const ROUNDS = 3;
const INBOX_CONNECTIONS = 4;
/**
 * The acceptance against the replay of its SQL (issue 17 §1): one host per client, with room for every
 * acceptance, and this many requested orientations for each; each API round takes the next APP_PER_ROUND of a
 * host's list, the replays take from the end of it.
 */
const REPLAY_PER_HOST = Number(process.env.BENCH_ACCEPT_REPLAY_PER_HOST || 3_200);
const APP_PER_ROUND = Number(process.env.BENCH_ACCEPT_APP_PER_ROUND || 400);
const TERRITORIES = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((t) => t !== '20'), '2A', '2B', '971', '972', '973', '974', '976'];
const ACSE_OPEN = ['requested', 'assessment', 'searching_place'];
const ACSE_CLOSED = ['ended', 'refused', 'cancelled'];

interface AcceptRound {
  seconds: number;
  accepted: number;
  noPlace: number;
  otherStatus: Record<string, number>;
  used: number;
  exhausted: boolean;
  latencyMs: ReturnType<typeof summarize>;
}

/**
 * HTTP load that autocannon's fixed path cannot give: every request accepts another orientation
 * (`POST /api/orientations/:id/transitions`) with the token of the host it is addressed to. Runs in its own
 * thread, like `httpLoad`, and reads each answer's error code.
 */
const ACCEPT_WORKER = `
const { parentPort, workerData: o } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const autocannon = require('autocannon');
let seq = o.from;
let exhausted = false;
const samples = [];
const other = {};
let accepted = 0, noPlace = 0;
const start = performance.now();
const measureFrom = start + o.warmup * 1000;
const instance = autocannon({
  url: o.url, connections: o.connections, duration: o.warmup + o.seconds,
  requests: [{
    setupRequest: (req) => {
      if (seq >= o.jobs.length) { exhausted = true; seq = o.from; }
      const [id, host] = o.jobs[seq++];
      return { ...req, method: 'POST', path: '/api/orientations/' + id + '/transitions', body: '{"action":"accept"}',
        headers: { 'content-type': 'application/json', authorization: o.tokens[host] } };
    },
    onResponse: (status, body) => {
      if (performance.now() < measureFrom) return;
      let code = String(status);
      if (status !== 200) { try { code = status + ' ' + JSON.parse(body).code; } catch { /* keep the status */ } }
      if (status === 200) accepted++;
      else if (code === '409 NO_PLACE_AVAILABLE') noPlace++;
      else other[code] = (other[code] || 0) + 1;
    },
  }],
}, (err) => {
  if (err) return parentPort.postMessage({ ok: false, error: err.message });
  parentPort.postMessage({ ok: true, samples, accepted, noPlace, other, used: seq - o.from, exhausted, seconds: (performance.now() - measureFrom) / 1000 });
});
instance.on('response', (_c, status, _b, responseTime) => { if (performance.now() >= measureFrom && (status === 200 || status === 409)) samples.push(responseTime); });
`;

function acceptLoad(o: { url: string; jobs: [string, number][]; tokens: string[]; from: number; seconds: number; warmup: number }): Promise<AcceptRound> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(ACCEPT_WORKER, { eval: true, workerData: { ...o, connections: CLIENTS } });
    worker.once('message', (m: { ok: boolean; error?: string; samples: number[]; accepted: number; noPlace: number; other: Record<string, number>; used: number; exhausted: boolean; seconds: number }) =>
      m.ok ? resolve({ ...m, otherStatus: m.other, latencyMs: summarize(m.samples) }) : reject(new Error(m.error)));
    worker.once('error', reject);
  });
}

/**
 * Orientations under load. (1) Acceptances: 16 clients accept DNA orientations spread at random over 100
 * hosts, each request with the token of the host addressed, in 3 rounds alternating with pg-baseline (16
 * clients); 20 hosts have 3 places and fill at once, so acceptances keep racing for the last places; at the end
 * one SQL check compares every counter with capacity and with the orientations holding its places.
 * (2) The work queue: GET /api/orientations?inbox=true with 200,000 orientations in the table (44,000
 * addressed to the Ac.Sé coordination), first page, state filter, territory filter, and a host's queue (two
 * index branches); reference: the bare index scan for the same page over one connection per client.
 */
export const orientations: Benchmark = {
  name: 'orientations',
  description: `accept orientations, ${CLIENTS} clients over ${HOSTS} hosts (reference: pg-baseline); inbox latency with ${TOTAL.toLocaleString('en')} orientations`,
  async run(ctx) {
    const config = loadConfig();
    const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
    const seeded = await seed(ctx.databaseUrl, cipher, ctx.log);

    const api = await bootApi();
    const rounds: { load: AcceptRound; baseline: PgBaseline | null }[] = [];
    const inbox: Record<string, HttpLoadResult> = {};
    let bare;
    let replayed: ReplayComparison | undefined;
    try {
      const tokens = api.app.get(AccessTokenService);
      const bearer = (u: { id: string; session: string }) => `Bearer ${tokens.sign({ sub: u.id, sid: u.session, mfa: false })}`;
      const hostTokens = seeded.hostUsers.map(bearer);
      const roundSeconds = measuringRoundSeconds(ctx, ROUNDS);
      let from = 0;
      for (let r = 1; r <= (ctx.smoke ? 1 : ROUNDS); r++) { // one round proves the smoke run
        ctx.log(`round ${r}/${ROUNDS}: accept, ${CLIENTS} clients, ${roundSeconds} s (+2 s warm-up); then pg-baseline, ${CLIENTS} clients, ${roundSeconds} s`);
        const load = await acceptLoad({ url: api.url, jobs: seeded.pool, tokens: hostTokens, from, seconds: roundSeconds, warmup: 2 });
        if (load.exhausted) throw new Error(`the pool of ${POOL} orientations ran out: raise BENCH_ORIENTATION_POOL`);
        if (Object.keys(load.otherStatus).length) throw new Error(`unexpected answers: ${JSON.stringify(load.otherStatus)}`);
        from += load.used;
        rounds.push({ load, baseline: await runPgBaseline(ctx.databaseUrl, roundSeconds, CLIENTS, ctx.log) });
      }

      replayed = await acceptanceAgainstReplay(ctx, api, seeded, bearer, config.databasePoolSize);

      const acse = seeded.acseUsers.map((u) => ({ authorization: bearer(u) }));
      const host = [{ authorization: bearer(seeded.hostUsers[HOSTS - 1]) }];
      const measure = async (label: string, path: string, headers: Record<string, string>[]) => {
        ctx.log(`inbox (${label}): ${INBOX_CONNECTIONS} connections, ${roundSeconds} s`);
        inbox[label] = await httpLoad({ url: api.url, path, connectionHeaders: headers, connections: INBOX_CONNECTIONS, seconds: roundSeconds });
        if (inbox[label].unexpected) throw new Error(`inbox ${label}: statuses ${JSON.stringify(inbox[label].statusCodes)}`);
      };
      await measure('acse', '/api/orientations?inbox=true&limit=50', acse);
      await measure('acse_requested', '/api/orientations?inbox=true&state=requested&limit=50', acse);
      await measure('acse_territory', '/api/orientations?inbox=true&territory=93&limit=50', acse);
      await measure('host', '/api/orientations?inbox=true&limit=50', host);

      ctx.log(`reference: the bare index scan of the same page, ${INBOX_CONNECTIONS} connections, ${roundSeconds} s`);
      const pgs = await Promise.all(Array.from({ length: INBOX_CONNECTIONS }, async () => {
        const c = new Client({ connectionString: ctx.databaseUrl });
        await c.connect();
        return c;
      }));
      try {
        bare = await timedLoop({
          concurrency: INBOX_CONNECTIONS, seconds: roundSeconds,
          op: async (w) => {
            await pgs[w].query(`SELECT * FROM orientations o WHERE o.target_organisation_id = $1 ORDER BY o.requested_at DESC, o.id DESC LIMIT 51`, [seeded.acse]);
          },
        });
      } finally {
        await Promise.all(pgs.map((c) => c.end()));
      }
    } finally {
      await api.close();
    }

    const check = await overbooking(ctx.databaseUrl, seeded.hosts);
    const accepted = rounds.reduce((n, r) => n + r.load.accepted, 0);
    if (check.broken) throw new Error(`over-booking or drift on ${check.broken} (host, kind) counters`);
    if (check.accepted < accepted) throw new Error(`${accepted} acceptances answered 200 but ${check.accepted} orientations hold a place`);

    const rate = median(rounds.map((r) => r.load.accepted / r.load.seconds));
    const attempts = median(rounds.map((r) => (r.load.accepted + r.load.noPlace) / r.load.seconds));
    const p = (k: 'p50' | 'p95' | 'p99') => round(median(rounds.map((r) => r.load.latencyMs[k])));
    const measured = rounds.filter((r) => r.baseline) as { load: AcceptRound; baseline: PgBaseline }[];
    const ratios = measured.map((r) => r.load.accepted / r.load.seconds / r.baseline.tps);
    const baseline = measured.length ? median(measured.map((r) => r.baseline.tps)) : undefined;
    const ratio = ratios.length ? median(ratios) : undefined;
    const inboxP95 = round(inbox.acse.latencyMs.p95);
    return {
      summary:
        `${round(rate)} acceptances/s (p95 ${p('p95')} ms; ${round(attempts)} answers/s with NO_PLACE_AVAILABLE)` +
        (baseline ? ` vs pg-baseline ${round(baseline)} tps: ratio ${round(ratio!)}` : ' (no pg-baseline)') +
        `; 0 over-booked; inbox p95 ${inboxP95} ms with ${TOTAL.toLocaleString('en')} orientations (bare index scan p95 ${round(bare!.latencyMs.p95)} ms)` +
        `; hosts with room: ${replayed!.summary}`,
      metrics: {
        acceptances_per_s: round(rate),
        answers_per_s: round(attempts),
        accepted: accepted,
        no_place_available: rounds.reduce((n, r) => n + r.load.noPlace, 0),
        accept_p50_ms: p('p50'),
        accept_p95_ms: p('p95'),
        accept_p99_ms: p('p99'),
        places_held_after: check.accepted,
        full_small_hosts: check.fullSmallHosts,
        overbooked_counters: check.broken,
        orientations_in_table: check.total,
        inbox_acse_p50_ms: round(inbox.acse.latencyMs.p50),
        inbox_acse_p95_ms: inboxP95,
        inbox_acse_p99_ms: round(inbox.acse.latencyMs.p99),
        inbox_acse_per_s: round(inbox.acse.requestsPerSec),
        inbox_acse_requested_p95_ms: round(inbox.acse_requested.latencyMs.p95),
        inbox_acse_territory_p95_ms: round(inbox.acse_territory.latencyMs.p95),
        inbox_host_p95_ms: round(inbox.host.latencyMs.p95),
        bare_index_scan_p95_ms: round(bare!.latencyMs.p95),
        ...Object.fromEntries(Object.entries(replayed!.metrics).map(([k, v]) => [`accept_replay_${k}`, v])),
      },
      ...(baseline ? { baseline: { label: `pg-baseline one-row insert, ${CLIENTS} clients`, value: round(baseline), unit: 'tps' }, ratio: round(ratio!) } : {}),
      notes: [
        `medians of ${ROUNDS} alternating rounds` + (ratios.length ? `; ratios per round: ${ratios.map(round).join(', ')}` : ''),
        `${HOSTS} hosts: ${SMALL_HOSTS} with ${SMALL_CAPACITY} women's places (full after the first second), ${HOSTS - SMALL_HOSTS} with ${LARGE_CAPACITY}; requests at random over all of them`,
        'an acceptance is one transaction: orientation row lock, conditional UPDATE of the host counter, answer deadline closed, orientation update, history, audit (2 statements), outbox',
        'over-booking check: every (host, kind) counter within capacity and equal to the orientations holding its places',
        'acceptance latency over every answer (200 and 409 NO_PLACE_AVAILABLE)',
        `inbox: ${INBOX_CONNECTIONS} clients (4 Ac.Sé users: distinct audit streams), page of 50, one audit entry per page`,
        `against the replay of its SQL: ${CLIENTS} clients, each the operator of its own host with room for every acceptance`,
        ...replayed!.notes,
      ],
    };
  },
};

interface Seeded {
  acse: string;
  hosts: string[];
  hostUsers: { id: string; session: string }[];
  acseUsers: { id: string; session: string }[];
  /** [orientation id, host index] of the requested DNA orientations, shuffled. */
  pool: [string, number][];
  /** One host per client for the replay comparison, its operator, and its requested orientations. */
  replay: { host: string; user: { id: string; session: string }; orientations: { id: string; caseId: string }[] }[];
}

async function seed(databaseUrl: string, cipher: FieldCipher, log: (m: string) => void): Promise<Seeded> {
  const asso = randomUUID();
  const acse = randomUUID();
  const hosts = Array.from({ length: HOSTS }, () => randomUUID());
  const crps = Array.from({ length: 50 }, () => randomUUID());
  const channels = Array.from({ length: 300 }, () => randomUUID());
  const user = (org: string) => ({ id: randomUUID(), session: randomUUID(), org });
  const requester = user(asso);
  const hostUsers = hosts.map(user);
  const acseUsers = Array.from({ length: INBOX_CONNECTIONS }, () => user(acse));
  const replayHosts = Array.from({ length: CLIENTS }, () => randomUUID());
  const replayUsers = replayHosts.map(user);
  const users = [requester, ...hostUsers, ...acseUsers, ...replayUsers];
  const orgs: [string, string, string[], Record<string, unknown>][] = [
    [asso, 'association', ['93'], { pspApproved: true }],
    [acse, 'acse_coordination', [], {}],
    ...hosts.map((h, i): [string, string, string[], Record<string, unknown>] => [h, 'host', [TERRITORIES[(i * 7) % TERRITORIES.length]], { dnaDedicated: true, acseNetwork: true }]),
    ...replayHosts.map((h, i): [string, string, string[], Record<string, unknown>] => [h, 'host', [TERRITORIES[(i * 11) % TERRITORIES.length]], { dnaDedicated: true, acseNetwork: true }]),
    ...crps.map((c, i): [string, string, string[], Record<string, unknown>] => [c, 'crp', [TERRITORIES[i % TERRITORIES.length]], {}]),
    ...channels.map((c, i): [string, string, string[], Record<string, unknown>] => [c, 'association', [TERRITORIES[i % TERRITORIES.length]], {}]),
  ];
  await bulkInsert(databaseUrl, { table: 'organisations', columns: ['id', 'kind', 'name', 'national', 'territories', 'attributes'], count: orgs.length,
    row: (i) => [orgs[i][0], orgs[i][1], `Bench ${orgs[i][1]} ${i}`, orgs[i][2].length === 0, orgs[i][2], orgs[i][3]] });
  await bulkInsert(databaseUrl, { table: 'users', columns: ['id', 'email', 'display_name'], count: users.length, row: (i) => [users[i].id, `bench.${i}@bench.mnio.test`, `Bench ${i}`] });
  await bulkInsert(databaseUrl, { table: 'memberships', columns: ['user_id', 'organisation_id', 'role'], count: users.length,
    row: (i) => [users[i].id, users[i].org, users[i].org === asso ? 'case_worker' : users[i].org === acse ? 'coordinator' : 'host_operator'] });
  const allHosts = [...hosts, ...replayHosts];
  await bulkInsert(databaseUrl, { table: 'auth_sessions', columns: ['id', 'user_id', 'expires_at'], count: users.length,
    row: (i) => [users[i].session, users[i].id, new Date(Date.now() + 8 * 3600_000)] });
  await bulkInsert(databaseUrl, { table: 'host_places', columns: ['host_id', 'place_kind', 'capacity'], count: allHosts.length,
    row: (i) => [allHosts[i], 'women', i < SMALL_HOSTS ? SMALL_CAPACITY : i < HOSTS ? LARGE_CAPACITY : 1_000_000] });

  // Cases: one per pool orientation, one per replay host's orientation, then one per four other orientations
  // (four distinct targets each).
  const rest = TOTAL - POOL;
  const pending = POOL + CLIENTS * REPLAY_PER_HOST;
  const caseCount = pending + Math.ceil(rest / 4);
  const caseIds = Array.from({ length: caseCount }, () => randomUUID());
  const territoryOf = (c: number) => (c % 4 === 0 ? '93' : TERRITORIES[c % TERRITORIES.length]);
  const identity = cipher.encryptJson({ sex: 'female', lastName: 'Bench' }, 'bench');
  const t0 = Date.parse('2024-01-01T00:00:00Z');
  const span = Date.now() - 86_400_000 - t0;
  log(`seeding ${caseCount.toLocaleString('en')} cases and ${TOTAL.toLocaleString('en')} orientations`);
  await bulkInsert(databaseUrl, {
    table: 'cases', label: 'cases', batchSize: 2000, count: caseCount,
    columns: ['id', 'reference', 'territory', 'owner_organisation_id', 'created_by', 'sex', 'age_band', 'minor', 'age_uncertain', 'nationality', 'foreign_national',
      'exploitation_forms', 'exploited_in_france', 'exploited_abroad', 'identity_enc', 'viewer_org_ids', 'identity_org_ids', 'created_at'],
    row: (c) => [caseIds[c], `${territoryOf(c)}-B${String(c).padStart(8, '0')}`, territoryOf(c), asso, requester.id, 'female', '25-34', false, false, 'NG', true,
      ['sexual_exploitation'], true, true, identity, [asso], [asso], new Date(t0 + Math.floor((c / caseCount) * span))],
  });

  const pool: [string, number][] = [];
  const rows: unknown[][] = [];
  const now = Date.now();
  const replay: Seeded['replay'] = replayHosts.map((host, w) => ({ host, user: replayUsers[w], orientations: [] }));
  const pendingHost: string[] = [];
  for (let i = 0; i < pending; i++) {
    const id = randomUUID();
    let host: string;
    if (i < POOL) {
      const h = Math.floor(Math.random() * HOSTS);
      pool.push([id, h]);
      host = hosts[h];
    } else {
      const w = (i - POOL) % CLIENTS;
      replay[w].orientations.push({ id, caseId: caseIds[i] });
      host = replayHosts[w];
    }
    pendingHost.push(host);
    rows.push([id, caseIds[i], `${territoryOf(i)}-B${String(i).padStart(8, '0')}`, territoryOf(i), 'dna', null, host, 'requested', true, 'asylum_accommodation',
      'women', host, 'asylum_seeker', new Date(now - (pending - i) * 1000), null]);
  }
  for (let j = 0; j < rest; j++) {
    const c = pending + Math.floor(j / 4);
    const slot = j % 4;
    const closed = j % 10 !== 0;
    const at = new Date(t0 + Math.floor((j / rest) * span));
    const ref = `${territoryOf(c)}-B${String(c).padStart(8, '0')}`;
    if (slot === 0) {
      const state = closed ? ACSE_CLOSED[j % 3] : ACSE_OPEN[j % 3];
      rows.push([randomUUID(), caseIds[c], ref, territoryOf(c), 'acse', null, acse, state, !closed, 'local_danger', 'women', state === 'ended' ? hosts[j % HOSTS] : null, null, at, closed ? at : null]);
    } else if (slot === 1) {
      rows.push([randomUUID(), caseIds[c], ref, territoryOf(c), 'crp', null, crps[j % crps.length], closed ? 'ended' : 'waiting_list', !closed, 'psychotrauma_care', null, null, null, at, closed ? at : null]);
    } else {
      rows.push([randomUUID(), caseIds[c], ref, territoryOf(c), 'general', slot === 2 ? 'siao_115' : 'chrs', channels[(j * 3 + slot) % channels.length], closed ? 'done' : 'requested', !closed,
        'accommodation', null, null, null, at, closed ? at : null]);
    }
  }
  await bulkInsert(databaseUrl, {
    table: 'orientations', label: 'orientations', batchSize: 2000, count: rows.length,
    columns: ['id', 'case_id', 'case_reference', 'territory', 'target_kind', 'channel', 'target_organisation_id', 'state', 'open', 'reason_code', 'place_kind',
      'host_organisation_id', 'asylum_status', 'requested_at', 'closed_at'].concat(['requester_organisation_id', 'requested_by']),
    row: (i) => [...rows[i], asso, requester.id],
  });
  // What a request leaves behind that an acceptance touches: the target's grant and its answer deadline.
  await bulkInsert(databaseUrl, { table: 'case_access', columns: ['case_id', 'organisation_id', 'reason', 'source_id'], count: pending, row: (i) => [caseIds[i], pendingHost[i], 'orientation', rows[i][0]] });
  await bulkInsert(databaseUrl, { table: 'case_deadlines', columns: ['case_id', 'territory', 'kind', 'due_on', 'alert_on', 'responsible_organisation_id', 'source_ref'], count: pending,
    row: (i) => [caseIds[i], territoryOf(i), 'orientation_answer', '2026-12-31', '2026-12-30', pendingHost[i], rows[i][0]] });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`UPDATE cases c SET viewer_org_ids = c.viewer_org_ids || a.organisation_id FROM case_access a WHERE a.case_id = c.id`);
    await db.query('ANALYZE');
  } finally {
    await db.end();
  }
  for (let i = pool.length - 1; i > 0; i--) {
    const k = Math.floor(Math.random() * (i + 1));
    [pool[i], pool[k]] = [pool[k], pool[i]];
  }
  return { acse, hosts, hostUsers, acseUsers, pool, replay };
}

/** Every counter within capacity and equal to the orientations holding its places; how many hold one. */
async function overbooking(databaseUrl: string, hosts: string[]): Promise<{ broken: number; accepted: number; fullSmallHosts: number; total: number }> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ broken: number; accepted: number; full: number; total: number }>(
      `SELECT (SELECT count(*)::int FROM host_places p WHERE p.reserved + p.occupied > p.capacity
                 OR p.reserved <> (SELECT count(*) FROM orientations o WHERE o.host_organisation_id = p.host_id AND o.place_kind = p.place_kind AND o.place_status = 'reserved')
                 OR p.occupied <> (SELECT count(*) FROM orientations o WHERE o.host_organisation_id = p.host_id AND o.place_kind = p.place_kind AND o.place_status = 'occupied')) AS broken,
              (SELECT count(*)::int FROM orientations WHERE state = 'accepted' AND place_status = 'reserved') AS accepted,
              (SELECT count(*)::int FROM host_places WHERE host_id = ANY($1) AND reserved = capacity) AS full,
              (SELECT count(*)::int FROM orientations) AS total`,
      [hosts.slice(0, SMALL_HOSTS)],
    );
    return { broken: rows[0].broken, accepted: rows[0].accepted, fullSmallHosts: rows[0].full, total: rows[0].total };
  } finally {
    await db.end();
  }
}

/**
 * An acceptance through the API against the replay of its own SQL (issue 17 §1): client i accepts, as the
 * operator of replay host i, one requested orientation after another; the replay worker i replays the
 * recorded statements on the next orientation of the same host. Every host has room for all of them, so the
 * comparison times the acceptance itself, not the race for the last place measured above.
 */
async function acceptanceAgainstReplay(ctx: BenchContext, api: BenchApi, seeded: Seeded, bearer: (u: { id: string; session: string }) => string, poolSize: number): Promise<ReplayComparison> {
  const rounds = ctx.smoke ? 1 : ROUNDS;
  const hosts = seeded.replay;
  const appPart = rounds * APP_PER_ROUND;
  const tokens = hosts.map((h) => bearer(h.user));
  // The replays take each host's orientations from the end of its list; the API's rounds from the start.
  const cursor = hosts.map((h) => h.orientations.length - 1);
  const take = (w: number) => {
    if (cursor[w] < appPart) throw new Error(`replay host ${w} ran out of orientations: raise BENCH_ACCEPT_REPLAY_PER_HOST (${REPLAY_PER_HOST})`);
    return hosts[w].orientations[cursor[w]--];
  };
  const accept = (o: { id: string }) => async (requestId: string) => {
    const res = await fetch(`${api.url}/api/orientations/${o.id}/transitions`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: tokens[0], 'x-request-id': requestId }, body: '{"action":"accept"}',
    });
    if (res.status !== 200) throw new Error(`recording an acceptance: ${res.status} ${await res.text()}`);
  };
  const warm = take(0);
  const recorded = take(0);
  startSqlRecorder(api.app);
  let plan;
  try {
    await accept(warm)(`bench-warm-${warm.id}`);
    const a = await recordOperation(accept(recorded));
    plan = planReplay(a, await recordOperation(accept(take(0))));
    ctx.log(`one acceptance's SQL:\n${describeOperation(a).join('\n')}`);
  } finally {
    stopSqlRecorder();
  }
  const first = hosts[0];
  let appRound = 0;
  const result = await replayComparison({
    ctx,
    what: 'acceptances',
    concurrency: CLIENTS,
    plan,
    replayUrl: process.env.DATABASE_URL!,
    poolSize,
    nextSubstitutions: (w) => {
      const o = take(w);
      return new Map([[recorded.id, o.id], [recorded.caseId, o.caseId], [first.host, hosts[w].host], [first.user.id, hosts[w].user.id], [first.user.session, hosts[w].user.session]]);
    },
    app: (seconds) => {
      const r = appRound++;
      return httpLoad({
        url: api.url, path: '', method: 'POST', bodies: ['{"action":"accept"}'], connections: CLIENTS, seconds, warmupSeconds: ctx.smoke ? 0 : 1, expectStatus: 200,
        connectionPathLists: hosts.map((h) => h.orientations.slice(r * APP_PER_ROUND, (r + 1) * APP_PER_ROUND).map((o) => `/api/orientations/${o.id}/transitions`)),
        connectionHeaders: tokens.map((t) => ({ authorization: t })),
      });
    },
  });
  const db = new Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    const ids = hosts.flatMap((h) => h.orientations.map((o) => o.id));
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orientations WHERE id = ANY($1::uuid[]) AND state = 'accepted' AND place_status = 'reserved'`, [ids]);
    // The recordings' three acceptances, and every answer and replay counted.
    assertDone('acceptances that hold a place, by the answers and the replays', rows[0].n - 3, result.appDone + result.replayed);
  } finally {
    await db.end();
  }
  return result;
}
