import { randomUUID } from 'node:crypto';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { FieldCipher, loadConfig } from '@mnio/platform';
import { CREATE_CASE_EXAMPLE } from '../apps/api/src/http/cases/cases.dto';
import {
  assertDone, Benchmark, BenchApi, BenchContext, bootApi, bulkInsert, describeOperation, httpLoad, planReplay, recordOperation, replayComparison, ReplayComparison, startSqlRecorder,
  stopSqlRecorder,
} from './lib';

const CLIENTS = 16;
const PASSWORD = 'Bench-mnio-2026!';
/**
 * Orientation requests consume their case (one open orientation per case and target): each writer gets this many
 * cases of its own, with the person's consent to the target; each API round takes the next REQUESTS_PER_ROUND of
 * them, the replays take them from the end.
 */
const REQUEST_CASES = Number(process.env.BENCH_REQUEST_CASES || 2_000);
const REQUESTS_PER_ROUND = Number(process.env.BENCH_REQUESTS_PER_ROUND || 300);
const ROUNDS = 3;

interface Writer {
  id: string;
  email: string;
  auth: string;
  caseId: string;
}

interface CaseWrite {
  /** Plural, for the report: `track events`. */
  what: string;
  /** Metric prefix. */
  key: string;
  path: (caseId: string) => string;
  body: (caseId: string) => Record<string, unknown>;
  status: number;
  /** What the timed work did, counted in the database (each answer and each replay adds one). */
  countDone: (db: Client, caseIds: string[]) => Promise<number>;
}

/**
 * Writes on existing cases, each against the replay of its own SQL (issue 17 §1): 16 case workers of one
 * association, each writing on a case of their own (as people do: one person, one case at a time), through
 * the API; then the statements one such request sent, recorded in the API process and replayed from a bare
 * `pg` pool by 16 workers on the same 16 cases; then pg-baseline. Three alternating rounds per write.
 */
export const caseWrites: Benchmark = {
  name: 'case-writes',
  description: `writes on existing cases (track event, consent, orientation request), ${CLIENTS} clients on their own cases, vs the replay of their SQL and pg-baseline`,
  async run(ctx) {
    const config = loadConfig();
    const asso = randomUUID();
    // The target of the orientation requests: an association that gives legal aid (the `lawyer` channel).
    const lawyers = randomUUID();
    const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
    const writers = Array.from({ length: CLIENTS }, (_, i) => ({ id: randomUUID(), email: `writer${i}@bench.mnio.test` }));
    const db = new Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    try {
      await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Association banc d''essai 93', '{93}')`, [asso]);
      await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Permanence juridique banc 93', '{93}')`, [lawyers]);
      for (const w of writers) {
        await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Bench writer', $3)`, [w.id, w.email, hash]);
        await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'case_worker')`, [w.id, asso]);
      }
    } finally {
      await db.end();
    }

    const api = await bootApi();
    try {
      const ready: Writer[] = [];
      for (const [i, w] of writers.entries()) {
        const login = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: w.email, password: PASSWORD }) });
        const { accessToken } = (await login.json()) as { accessToken?: string };
        if (!accessToken) throw new Error(`bench login failed: ${login.status}`);
        const auth = `Bearer ${accessToken}`;
        const body = { ...CREATE_CASE_EXAMPLE, identity: { ...CREATE_CASE_EXAMPLE.identity, lastName: `Writer${i}`, firstNames: [`Case${i}`], aliases: [] } };
        const created = await fetch(`${api.url}/api/cases`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify(body) });
        if (created.status !== 201) throw new Error(`bench case creation failed: ${created.status} ${await created.text()}`);
        ready.push({ ...w, auth, caseId: ((await created.json()) as { id: string }).id });
      }

      const trackEvents = await measure(ctx, api, ready, config.databasePoolSize, {
        what: 'track events',
        key: 'track_event',
        path: (id) => `/api/cases/${id}/criminal-events`,
        body: () => ({ event: 'hearing', hearingType: 'uaped' }),
        status: 201,
        // Each event bumps its case's version (the replay's `… AND version = $n` takes the version it has just read).
        countDone: async (c, ids) => (await c.query<{ n: number }>(`SELECT sum(version)::int AS n FROM cases WHERE id = ANY($1::uuid[])`, [ids])).rows[0].n,
      });
      const consents = await measure(ctx, api, ready, config.databasePoolSize, {
        what: 'consents',
        key: 'consent',
        path: (id) => `/api/cases/${id}/consents`,
        body: () => ({ purpose: 'statistics', granted: true, method: 'oral' }),
        status: 201,
        countDone: async (c, ids) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_consents WHERE case_id = ANY($1::uuid[])`, [ids])).rows[0].n,
      });
      // A CLAV cell's decisions: 16 coordinators of the cell, each deciding on one writer's case, shared with the cell
      // and on the agenda of the week's meeting (several decisions on one case are allowed: a review, then a follow-up…).
      const deciders = await cellDeciders(ctx, api, ready, hash);
      const decisions = await measure(ctx, api, deciders.writers, config.databasePoolSize, {
        what: 'cell decisions',
        key: 'cell_decision',
        path: () => `/api/meetings/${deciders.meeting}/decisions`,
        body: (caseId) => ({ caseId, type: 'follow_up', text: 'Point de suivi en cellule : orientation à confirmer.' }),
        status: 201,
        countDone: async (c, ids) => (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM cell_decisions WHERE case_id = ANY($1::uuid[])`, [ids])).rows[0].n,
      });
      const requests = await measureRequests(ctx, api, ready, config.databasePoolSize, await seedRequestCases(ctx, ready, asso, lawyers), lawyers);
      const all = [trackEvents, consents, decisions, requests];
      return {
        summary: all.map((m) => `${m.what}: ${m.result.summary}`).join('; '),
        metrics: Object.fromEntries(all.flatMap((m) => Object.entries(m.result.metrics).map(([k, v]) => [`${m.key}_${k}`, v]))),
        notes: [
          'API and load generator share this machine (2 cores); the API runs on one Node event loop',
          ...all.flatMap((m) => m.result.notes),
        ],
      };
    } finally {
      await api.close();
    }
  },
};

async function measure(ctx: BenchContext, api: BenchApi, writers: Writer[], poolSize: number, w: CaseWrite): Promise<{ what: string; key: string; result: ReplayComparison }> {
  const first = writers[0];
  const body = JSON.stringify(w.body(first.caseId));
  const send = async (requestId?: string) => {
    const res = await fetch(`${api.url}${w.path(first.caseId)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: first.auth, ...(requestId ? { 'x-request-id': requestId } : {}) },
      body,
    });
    if (res.status !== w.status) throw new Error(`recording ${w.what}: ${res.status} ${await res.text()}`);
  };
  startSqlRecorder(api.app);
  let plan;
  try {
    await send();
    const a = await recordOperation(send);
    plan = planReplay(a, await recordOperation(send));
    ctx.log(`one of the ${w.what}' SQL:\n${describeOperation(a).join('\n')}`);
  } finally {
    stopSqlRecorder();
  }
  const count = new Client({ connectionString: ctx.databaseUrl });
  await count.connect();
  try {
    const before = await w.countDone(count, writers.map((x) => x.caseId));
    const result = await replayComparison({
      ctx,
      what: w.what,
      concurrency: CLIENTS,
      plan,
      replayUrl: process.env.DATABASE_URL!,
      poolSize,
      // Replay worker i writes as writer i on writer i's case, like API client i.
      substitutions: (i) => new Map([[first.id, writers[i].id], [first.caseId, writers[i].caseId]]),
      app: (seconds) =>
        httpLoad({
          url: api.url, path: w.path(first.caseId), method: 'POST', connectionPaths: writers.map((x) => w.path(x.caseId)), connectionHeaders: writers.map((x) => ({ authorization: x.auth })),
          bodies: writers.map((x) => JSON.stringify(w.body(x.caseId))), connections: CLIENTS, seconds, warmupSeconds: ctx.smoke ? 0 : 1, expectStatus: w.status,
        }),
    });
    assertDone(`${w.what} written by the answers and the replays`, (await w.countDone(count, writers.map((x) => x.caseId))) - before, result.appDone + result.replayed);
    return { what: w.what, key: w.key, result };
  } finally {
    await count.end();
  }
}

/** Per writer, REQUEST_CASES cases of its association with the person's consent to be oriented to `target`, in SQL. */
async function seedRequestCases(ctx: BenchContext, writers: Writer[], asso: string, target: string): Promise<string[][]> {
  const config = loadConfig();
  const identity = new FieldCipher(config.encryptionKeys, config.currentKeyId).encryptJson({ sex: 'female', lastName: 'Bench' }, 'bench');
  const lists = writers.map(() => Array.from({ length: REQUEST_CASES }, () => randomUUID()));
  const all = lists.flat();
  const writerOf = (i: number) => writers[Math.floor(i / REQUEST_CASES)];
  await bulkInsert(ctx.databaseUrl, {
    table: 'cases', label: 'cases to orient', batchSize: 2000, count: all.length,
    columns: ['id', 'reference', 'territory', 'owner_organisation_id', 'created_by', 'sex', 'age_band', 'minor', 'age_uncertain', 'nationality', 'foreign_national',
      'exploitation_forms', 'exploited_in_france', 'exploited_abroad', 'identity_enc', 'viewer_org_ids', 'identity_org_ids'],
    row: (i) => [all[i], `93-Q${String(i).padStart(8, '0')}`, '93', asso, writerOf(i).id, 'female', '25-34', false, false, 'NG', true, ['sexual_exploitation'], true, false, identity, [asso], [asso]],
  });
  await bulkInsert(ctx.databaseUrl, { table: 'case_access', batchSize: 5000, columns: ['case_id', 'organisation_id', 'reason'], count: all.length, row: (i) => [all[i], asso, 'owner'] });
  await bulkInsert(ctx.databaseUrl, {
    table: 'case_consents', batchSize: 5000, columns: ['case_id', 'purpose', 'target_organisation_id', 'granted', 'method', 'recorded_by', 'recorded_by_organisation_id'], count: all.length,
    row: (i) => [all[i], 'orientation', target, true, 'oral', writerOf(i).id, asso],
  });
  return lists;
}

/**
 * An orientation request (`POST /api/cases/:id/orientations`, general orientation to a legal-aid association) through
 * the API against the replay of its own SQL: client i asks for one of writer i's cases after another; the replay
 * worker i replays the recorded statements on the next case of writer i's list, from its end.
 */
async function measureRequests(ctx: BenchContext, api: BenchApi, writers: Writer[], poolSize: number, lists: string[][], target: string): Promise<{ what: string; key: string; result: ReplayComparison }> {
  const rounds = ctx.smoke ? 1 : ROUNDS;
  const appPart = rounds * REQUESTS_PER_ROUND;
  const body = JSON.stringify({ targetKind: 'general', channel: 'lawyer', targetOrganisationId: target, reason: 'legal_aid' });
  const cursor = lists.map((l) => l.length - 1);
  const take = (w: number) => {
    if (cursor[w] < appPart) throw new Error(`writer ${w} ran out of cases to orient: raise BENCH_REQUEST_CASES (${REQUEST_CASES})`);
    return lists[w][cursor[w]--];
  };
  const first = writers[0];
  const ask = (caseId: string) => async (requestId: string) => {
    const res = await fetch(`${api.url}/api/cases/${caseId}/orientations`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: first.auth, 'x-request-id': requestId }, body,
    });
    if (res.status !== 201) throw new Error(`recording an orientation request: ${res.status} ${await res.text()}`);
  };
  const warm = take(0);
  const recorded = take(0);
  startSqlRecorder(api.app);
  let plan;
  try {
    await ask(warm)(`bench-warm-${warm}`);
    const a = await recordOperation(ask(recorded));
    plan = planReplay(a, await recordOperation(ask(take(0))));
    ctx.log(`one orientation request's SQL:\n${describeOperation(a).join('\n')}`);
  } finally {
    stopSqlRecorder();
  }
  let appRound = 0;
  const result = await replayComparison({
    ctx,
    what: 'orientation requests',
    concurrency: CLIENTS,
    plan,
    replayUrl: process.env.DATABASE_URL!,
    poolSize,
    nextSubstitutions: (w) => new Map([[recorded, take(w)], [first.id, writers[w].id]]),
    app: (seconds) => {
      const r = appRound++;
      return httpLoad({
        url: api.url, path: '', method: 'POST', bodies: [body], connections: CLIENTS, seconds, warmupSeconds: ctx.smoke ? 0 : 1, expectStatus: 201,
        connectionPathLists: lists.map((l) => l.slice(r * REQUESTS_PER_ROUND, (r + 1) * REQUESTS_PER_ROUND).map((id) => `/api/cases/${id}/orientations`)),
        connectionHeaders: writers.map((x) => ({ authorization: x.auth })),
      });
    },
  });
  const db = new Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM orientations WHERE case_id = ANY($1::uuid[]) AND target_organisation_id = $2`, [lists.flat(), target]);
    // The recordings' three requests, and every answer and replay counted.
    assertDone('orientations asked by the answers and the replays', rows[0].n - 3, result.appDone + result.replayed);
  } finally {
    await db.end();
  }
  return { what: 'orientation requests', key: 'orientation_request', result };
}

/**
 * The deciders of the cell decisions: a CLAV cell of the territory with 16 coordinators (signed in through the API),
 * a meeting this week, and each writer's case shared with the cell (its grant, as sharing leaves it) and on the
 * meeting's agenda. Decider i decides on writer i's case.
 */
async function cellDeciders(ctx: BenchContext, api: BenchApi, writers: Writer[], hash: string): Promise<{ meeting: string; writers: Writer[] }> {
  const cell = randomUUID();
  const meeting = randomUUID();
  const people = writers.map((_, i) => ({ id: randomUUID(), email: `cell${i}@bench.mnio.test` }));
  const db = new Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'clav_cell', 'Cellule TEH banc 93', '{93}')`, [cell]);
    for (const p of people) {
      await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Bench cell', $3)`, [p.id, p.email, hash]);
      await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'cell_coordinator')`, [p.id, cell]);
    }
    await db.query(`INSERT INTO cell_meetings (id, cell_id, territory, meeting_date, created_by) VALUES ($1, $2, '93', (now() AT TIME ZONE 'Europe/Paris')::date, $3)`, [meeting, cell, people[0].id]);
    for (const w of writers) {
      await db.query(`INSERT INTO case_access (case_id, organisation_id, reason) VALUES ($1, $2, 'cell')`, [w.caseId, cell]);
      await db.query(`UPDATE cases SET viewer_org_ids = array_append(viewer_org_ids, $2::uuid) WHERE id = $1`, [w.caseId, cell]);
      await db.query(`INSERT INTO cell_meeting_agenda (meeting_id, case_id, reference, added_by) SELECT $1, id, reference, $3 FROM cases WHERE id = $2`, [meeting, w.caseId, people[0].id]);
    }
  } finally {
    await db.end();
  }
  const deciders: Writer[] = [];
  for (const [i, p] of people.entries()) {
    const login = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: p.email, password: PASSWORD }) });
    const { accessToken } = (await login.json()) as { accessToken?: string };
    if (!accessToken) throw new Error(`bench cell login failed: ${login.status}`);
    deciders.push({ id: p.id, email: p.email, auth: `Bearer ${accessToken}`, caseId: writers[i].caseId });
  }
  return { meeting, writers: deciders };
}
