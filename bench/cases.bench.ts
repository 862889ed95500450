import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { FieldCipher, loadConfig } from '@mnio/platform';
import { CREATE_CASE_EXAMPLE } from '../apps/api/src/http/cases/cases.dto';
import { assertDone, Benchmark, BenchContext, bootApi, bulkInsert, describeOperation, httpLoad, HttpLoadResult, measuringRoundSeconds, median, planReplay, recordOperation, replayComparison, ReplayPlan, round, spawnApi, startSqlRecorder, stopSqlRecorder } from './lib';

const CASES = Number(process.env.BENCH_CASES || 1_000_000);
const CLIENTS = 16;
const PASSWORD = 'Bench-mnio-2026!';
const FORMS = ['sexual_exploitation', 'labour_exploitation', 'domestic_servitude', 'forced_begging', 'forced_criminality'];
const BANDS = ['13-14', '15-17', '18-24', '25-34', '35-44', '45-54'];
const NATIONALITIES = ['NG', 'RO', 'CN', 'BR', 'MA', 'FR', 'VN', 'AL', 'CI', 'UA'];
/**
 * Issue 17 §3: creations and lists also through the real entry point run as 1 process and as this many
 * (`BENCH_API_PROCESSES` or `--processes=N`, default 2; 1 skips; the smoke run sets 1), alternating in rounds.
 */
const API_PROCESSES = Number(process.env.BENCH_API_PROCESSES || 2);
const TERRITORIES = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((t) => t !== '20'), '2A', '2B', '971', '972', '973', '974', '976'];

/**
 * Cases at scale: 1,000,000 cases in the table (a quarter of them in 93, 40% of those owned by the
 * benchmark's association and 60% shared with the 93 cell; the rest over every territory and 2,000
 * organisations). Measures POST /api/cases throughput with 16 clients against pg-baseline (one-row inserts,
 * 16 clients, same run), then GET /api/cases page-of-50 latency for a case worker and for a CLAV coordinator.
 */
export const cases: Benchmark = {
  name: 'cases',
  description: `POST /api/cases (${CLIENTS} clients, one case worker each) vs the replay of its SQL and pg-baseline, and GET /api/cases latency, with ${CASES.toLocaleString('en')} cases`,
  async run(ctx) {
    const config = loadConfig();
    const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
    const db = new Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const asso = randomUUID();
    const cell = randomUUID();
    const others = Array.from({ length: 2000 }, () => randomUUID());
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const worker = { id: randomUUID(), email: 'worker@bench.mnio.test' };
    const coordinator = { id: randomUUID(), email: 'cell@bench.mnio.test' };
    // One case worker per creating client, as in life (one person does not record 16 cases at once): the
    // per-user daily count of duplicate checks is then not one row all 16 clients queue on.
    const creators = Array.from({ length: CLIENTS }, (_, i) => ({ id: i === 0 ? worker.id : randomUUID(), email: i === 0 ? worker.email : `worker${i}@bench.mnio.test` }));
    try {
      await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Association banc d''essai 93', '{93}'), ($2, 'clav_cell', 'Cellule 93 banc', '{93}')`, [asso, cell]);
      await bulkInsert(ctx.databaseUrl, { table: 'organisations', columns: ['id', 'kind', 'name', 'territories'], count: others.length, row: (i) => [others[i], 'association', `Association ${i}`, [TERRITORIES[i % TERRITORIES.length]]] });
      await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Bench worker', $5), ($3, $4, 'Bench cell', $5)`, [worker.id, worker.email, coordinator.id, coordinator.email, hash]);
      await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'case_worker'), ($3, $4, 'cell_coordinator')`, [worker.id, asso, coordinator.id, cell]);
      for (const c of creators.slice(1)) {
        await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Bench worker', $3)`, [c.id, c.email, hash]);
        await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'case_worker')`, [c.id, asso]);
      }
    } finally {
      await db.end();
    }

    const identity = cipher.encryptJson(CREATE_CASE_EXAMPLE.identity, 'bench');
    const start = Date.parse('2021-01-01T00:00:00Z');
    const span = Date.now() - start;
    ctx.log(`seeding ${CASES.toLocaleString('en')} cases`);
    await bulkInsert(ctx.databaseUrl, {
      table: 'cases',
      label: 'cases',
      batchSize: 2000,
      columns: ['id', 'reference', 'territory', 'owner_organisation_id', 'created_by', 'sex', 'age_band', 'minor', 'age_uncertain', 'nationality', 'foreign_national',
        'exploitation_forms', 'exploited_in_france', 'exploited_abroad', 'identification_status', 'identity_enc', 'viewer_org_ids', 'identity_org_ids', 'created_at'],
      count: CASES,
      row: (i) => {
        // Independent pseudo-random attributes (a hash of i per attribute), so that filters combine as in life.
        const pick = (salt: number, n: number) => (((Math.imul(i + 1, 2654435761) >>> 0) ^ Math.imul(salt, 2246822519)) >>> 0) % n;
        const in93 = pick(1, 4) === 0;
        const owner = in93 && pick(2, 10) < 4 ? asso : others[pick(3, others.length)];
        const territory = in93 ? '93' : TERRITORIES[pick(4, TERRITORIES.length)];
        const viewers = in93 && pick(5, 5) < 3 ? [owner, cell] : [owner];
        const band = BANDS[pick(6, BANDS.length)];
        const nationality = NATIONALITIES[pick(7, NATIONALITIES.length)];
        return [randomUUID(), `${territory}-B${String(i).padStart(8, '0')}`, territory, owner, worker.id, pick(8, 3) ? 'female' : 'male', band, band.startsWith('1') && band !== '18-24',
          false, nationality, !['RO', 'FR'].includes(nationality), [FORMS[pick(9, FORMS.length)]], true, pick(10, 2) === 0, pick(11, 3) ? 'presumed_victim' : 'spotted', identity,
          viewers, [owner], new Date(start + Math.floor((i / CASES) * span))];
      },
    });
    const analyse = new Client({ connectionString: ctx.databaseUrl });
    await analyse.connect();
    await analyse.query('ANALYZE');
    await analyse.end();

    const api = await bootApi();
    try {
      const token = async (email: string) => {
        const res = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
        const body = (await res.json()) as { accessToken?: string };
        if (!body.accessToken) throw new Error(`bench login failed: ${res.status}`);
        return `Bearer ${body.accessToken}`;
      };
      const workerAuth = await token(worker.email);
      const cellAuth = await token(coordinator.email);
      const creatorAuth = [workerAuth];
      for (const c of creators.slice(1)) creatorAuth.push(await token(c.email));

      const list = async (auth: string, label: string) => {
        ctx.log(`list as ${label}: 4 connections, ${ctx.seconds} s`);
        return httpLoad({ url: api.url, path: '/api/cases?limit=50', headers: { authorization: auth }, connections: 4, seconds: ctx.seconds });
      };
      const workerList = await list(workerAuth, 'case worker');
      const cellList = await list(cellAuth, 'cell coordinator');
      const filtered = await httpLoad({ url: api.url, path: '/api/cases?limit=50&exploitationForm=forced_begging&identificationStatus=presumed_victim', headers: { authorization: cellAuth }, connections: 4, seconds: ctx.seconds });

      const body = JSON.stringify({
        ...CREATE_CASE_EXAMPLE,
        identity: { ...CREATE_CASE_EXAMPLE.identity, lastName: 'Benchname__N__', firstNames: ['Benchfirst__N__'], aliases: ['Benchalias__N__'] },
      });
      // The SQL of one creation, recorded twice (after a first creation that warms the caches), then replayed.
      startSqlRecorder(api.app);
      let recorded = 0;
      const createOnce = async (requestId?: string) => {
        const res = await fetch(`${api.url}/api/cases`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: workerAuth, ...(requestId ? { 'x-request-id': requestId } : {}) },
          body: body.split('__N__').join(`rec${recorded++}`),
        });
        if (res.status !== 201) throw new Error(`recording a creation: ${res.status} ${await res.text()}`);
      };
      let plan: ReplayPlan;
      try {
        await createOnce();
        const first = await recordOperation(createOnce);
        plan = planReplay(first, await recordOperation(createOnce));
        ctx.log(`one creation's SQL:\n${describeOperation(first).join('\n')}`);
      } finally {
        stopSqlRecorder();
      }
      const compared = await replayComparison({
        ctx,
        what: 'creations',
        concurrency: CLIENTS,
        plan,
        replayUrl: process.env.DATABASE_URL!,
        // The recording is the first worker's; replay worker i creates as case worker i, like API client i.
        substitutions: (w) => new Map([[worker.id, creators[w].id]]),
        poolSize: config.databasePoolSize,
        app: (seconds) =>
          httpLoad({
            url: api.url, path: '/api/cases', method: 'POST', connectionHeaders: creatorAuth.map((authorization) => ({ authorization })), bodies: [body], uniqueToken: '__N__', connections: CLIENTS, seconds, warmupSeconds: ctx.smoke ? 0 : 1, expectStatus: 201,
          }),
      });
      // Every 201 counted and every replay must be a case in the table (warm-up creations included, hence "at least").
      const count = new Client({ connectionString: ctx.databaseUrl });
      await count.connect();
      const { rows: [written] } = await count.query<{ n: number; creators: number }>(`SELECT count(*)::int AS n, count(DISTINCT created_by)::int AS creators FROM cases WHERE reference NOT LIKE '%-B%'`);
      const creatorsSeen = written.creators;
      await count.end();
      assertDone('cases written by the 201 answers and the replays', written.n, compared.appDone + compared.replayed);
      assertDone('case workers whose creations the API recorded (one per client)', creatorsSeen, 2);
      const scaling = API_PROCESSES > 1 ? await measureProcesses(ctx, API_PROCESSES, body, creatorAuth, cellAuth) : undefined;
      const create = { requestsPerSec: compared.metrics.app_per_s };
      const baseline = compared.baselineTps ? { tps: compared.baselineTps } : null;
      const ratio = baseline ? create.requestsPerSec / baseline.tps : undefined;
      return {
        summary:
          `${compared.summary}` +
          (baseline ? `; app/pg-baseline ${round(ratio!)}` : '') +
          `; list p95 ${round(workerList.latencyMs.p95)} ms (case worker), ${round(cellList.latencyMs.p95)} ms (cell coordinator)` +
          (scaling ? `; ${scaling.summary}` : ''),
        metrics: {
          cases_in_table: CASES,
          creations_per_s: round(create.requestsPerSec),
          creating_case_workers: creatorsSeen,
          ...Object.fromEntries(Object.entries(compared.metrics).map(([k, v]) => [`create_${k}`, v])),
          list_worker_p50_ms: round(workerList.latencyMs.p50),
          list_worker_p95_ms: round(workerList.latencyMs.p95),
          list_worker_p99_ms: round(workerList.latencyMs.p99),
          list_worker_per_s: round(workerList.requestsPerSec),
          list_cell_p50_ms: round(cellList.latencyMs.p50),
          list_cell_p95_ms: round(cellList.latencyMs.p95),
          list_cell_p99_ms: round(cellList.latencyMs.p99),
          list_cell_per_s: round(cellList.requestsPerSec),
          list_cell_filtered_p95_ms: round(filtered.latencyMs.p95),
          ...(baseline ? { pg_baseline_tps: round(baseline.tps) } : {}),
          ...(scaling?.metrics ?? {}),
        },
        ...(baseline ? { baseline: { label: `pg-baseline one-row insert, ${CLIENTS} clients, same run`, value: round(baseline.tps), unit: 'tps' }, ratio: round(ratio!) } : {}),
        notes: [
          'API and load generator share this machine (2 cores); the API runs on one Node event loop',
          ...compared.notes,
          ...(scaling?.notes ?? []),
          `a creation: actor reload, the reference (own statement), then one transaction: case + owner grant + blind indexes, history, audit (head lock + one statement), outbox, duplicate search (+ its audit)`,
        ],
      };
    } finally {
      await api.close();
    }
  },
};

/**
 * The API started as its own process(es) (`spawnApi`): once as 1 process and once as `n` behind one port,
 * both up together, the same PostgreSQL budget for each (16 connections: `MNIO_API_DATABASE_CONNECTIONS`,
 * so 16 for one process, 16/n each for n), creations at 16 clients and the cell's list at 4 clients against
 * each in turn, three alternating rounds. Every 201 counted must be a case in the table.
 */
async function measureProcesses(ctx: BenchContext, n: number, body: string, creatorAuth: string[], cellAuth: string) {
  const rounds = ctx.smoke ? 1 : 3;
  const seconds = measuringRoundSeconds(ctx, rounds);
  const budget = { DATABASE_POOL_SIZE: String(CLIENTS), MNIO_API_DATABASE_CONNECTIONS: String(CLIENTS) };
  ctx.log(`the API as 1 process and as ${n}, ${rounds} alternating rounds of ${seconds} s per figure`);
  const one = await spawnApi(1, budget);
  let many: Awaited<ReturnType<typeof spawnApi>> | undefined;
  const db = new Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    many = await spawnApi(n, budget);
    const countCases = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases`)).rows[0].n;
    const before = await countCases();
    const results: { create: HttpLoadResult; list: HttpLoadResult }[][] = [];
    let created = 0;
    for (let r = 1; r <= rounds; r++) {
      const round: { create: HttpLoadResult; list: HttpLoadResult }[] = [];
      for (const api of [one, many]) {
        ctx.log(`round ${r}/${rounds}: ${api.processes} process(es): creations, ${CLIENTS} clients; the cell's list, 4 clients`);
        const create = await httpLoad({
          url: api.url, path: '/api/cases', method: 'POST', connectionHeaders: creatorAuth.map((authorization) => ({ authorization })), bodies: [body], uniqueToken: '__N__',
          connections: CLIENTS, seconds, warmupSeconds: ctx.smoke ? 0 : 1, expectStatus: 201,
        });
        const list = await httpLoad({ url: api.url, path: '/api/cases?limit=50', headers: { authorization: cellAuth }, connections: 4, seconds });
        if (create.unexpected || list.unexpected) throw new Error(`${api.processes} process(es): status codes ${JSON.stringify(create.statusCodes)}, ${JSON.stringify(list.statusCodes)}`);
        created += create.requests;
        round.push({ create, list });
      }
      results.push(round);
    }
    assertDone(`cases created through the API on 1 and ${n} processes`, (await countCases()) - before, created);
    const med = (i: number, f: (x: { create: HttpLoadResult; list: HttpLoadResult }) => number) => round(median(results.map((r) => f(r[i]))));
    const ratios = results.map((r) => r[1].create.requestsPerSec / r[0].create.requestsPerSec);
    const listRatios = results.map((r) => r[1].list.requestsPerSec / r[0].list.requestsPerSec);
    return {
      summary: `${n} processes / 1: creations ×${round(median(ratios))} (${med(1, (x) => x.create.requestsPerSec)} vs ${med(0, (x) => x.create.requestsPerSec)}/s), lists ×${round(median(listRatios))}`,
      metrics: {
        processes_compared: n,
        one_process_create_per_s: med(0, (x) => x.create.requestsPerSec),
        one_process_create_p95_ms: med(0, (x) => x.create.latencyMs.p95),
        n_processes_create_per_s: med(1, (x) => x.create.requestsPerSec),
        n_processes_create_p95_ms: med(1, (x) => x.create.latencyMs.p95),
        n_over_one_create: round(median(ratios)),
        one_process_list_per_s: med(0, (x) => x.list.requestsPerSec),
        one_process_list_p95_ms: med(0, (x) => x.list.latencyMs.p95),
        n_processes_list_per_s: med(1, (x) => x.list.requestsPerSec),
        n_processes_list_p95_ms: med(1, (x) => x.list.latencyMs.p95),
        n_over_one_list: round(median(listRatios)),
      },
      notes: [
        `API as 1 process vs ${n} (node:cluster, one port; 16 PostgreSQL connections in all for each), ${rounds} alternating rounds of ${seconds} s: creations/s ${n} over 1 per round ${ratios.map(round).join(', ')}; lists/s ${listRatios.map(round).join(', ')}`,
      ],
    };
  } finally {
    await db.end();
    await many?.close();
    await one.close();
  }
}
