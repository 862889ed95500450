import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { FieldCipher, loadConfig } from '@mnio/platform';
import { CREATE_CASE_EXAMPLE } from '../apps/api/src/http/cases/cases.dto';
import { assertDone, Benchmark, bootApi, bulkInsert, describeOperation, httpLoad, planReplay, recordOperation, replayComparison, ReplayPlan, round, startSqlRecorder, stopSqlRecorder } from './lib';

const CASES = Number(process.env.BENCH_CASES || 1_000_000);
const CLIENTS = 16;
const PASSWORD = 'Bench-mnio-2026!';
const FORMS = ['sexual_exploitation', 'labour_exploitation', 'domestic_servitude', 'forced_begging', 'forced_criminality'];
const BANDS = ['13-14', '15-17', '18-24', '25-34', '35-44', '45-54'];
const NATIONALITIES = ['NG', 'RO', 'CN', 'BR', 'MA', 'FR', 'VN', 'AL', 'CI', 'UA'];
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
      const create = { requestsPerSec: compared.metrics.app_per_s };
      const baseline = compared.baselineTps ? { tps: compared.baselineTps } : null;
      const ratio = baseline ? create.requestsPerSec / baseline.tps : undefined;
      return {
        summary:
          `${compared.summary}` +
          (baseline ? `; app/pg-baseline ${round(ratio!)}` : '') +
          `; list p95 ${round(workerList.latencyMs.p95)} ms (case worker), ${round(cellList.latencyMs.p95)} ms (cell coordinator)`,
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
        },
        ...(baseline ? { baseline: { label: `pg-baseline one-row insert, ${CLIENTS} clients, same run`, value: round(baseline.tps), unit: 'tps' }, ratio: round(ratio!) } : {}),
        notes: [
          'API and load generator share this machine (2 cores); the API runs on one Node event loop',
          ...compared.notes,
          `a creation: actor reload, the reference (own statement), then one transaction: case + owner grant + blind indexes, history, audit (head lock + one statement), outbox, duplicate search (+ its audit)`,
        ],
      };
    } finally {
      await api.close();
    }
  },
};
