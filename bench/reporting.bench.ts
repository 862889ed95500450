import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import * as argon2 from 'argon2';
import { Client } from 'pg';
import { AuditModule } from '@mnio/audit';
import { CasesModule } from '@mnio/cases';
import { DirectoryModule } from '@mnio/directory';
import { FieldCipher, loadConfig, PlatformModule } from '@mnio/platform';
import { ReportingProjection, ReportingWorkerModule } from '@mnio/reporting';
import { reportingRebuild } from '../scripts/reporting-rebuild';
import { Benchmark, BenchApi, bootApi, bulkInsert, httpLoad, HttpLoadResult, round, runPgBaseline } from './lib';

/** Cases in the read model (reporting_cases), with one orientation per two cases. */
const CASES = Number(process.env.BENCH_REPORTING_CASES || 1_000_000);
/** Cases (real `cases` rows) the rebuild recomputes the read model from. */
const REBUILD_CASES = Number(process.env.BENCH_REBUILD_CASES || 1_000_000);
/** Outbox events the projection applies for its throughput (half case events, half orientation events). */
const EVENTS = Number(process.env.BENCH_REPORTING_EVENTS || 20_000);
const CLIENTS = 4;
/** Events in flight for the projection: the worker's events processor runs 8 jobs at once (apps/worker events.processor.ts). */
const APPLIERS = 8;
const PASSWORD = 'Bench-mnio-2026!';
const YEAR = 2025;
const YEARS = 10;
const TERRITORIES: [string, string][] = [
  ['93', '11'], ['75', '11'], ['92', '11'], ['13', '93'], ['69', '84'], ['59', '32'], ['33', '75'], ['31', '76'], ['67', '44'], ['06', '93'], ['34', '76'], ['44', '52'],
];
const SEXES = ['female', 'female', 'female', 'male', 'other', 'unknown'];
const BANDS = ['0-12', '13-14', '15-17', '18-24', '25-34', '25-34', '35-44', '45-54', '55+', 'unknown'];
const NATIONALITIES: [string, string, string][] = [
  ['NG', 'sub_saharan_africa', 'non_eu'], ['FR', 'france', 'france'], ['RO', 'european_union', 'other_eu'], ['CN', 'asia', 'non_eu'], ['BR', 'americas', 'non_eu'],
  ['MA', 'north_africa', 'non_eu'], ['CI', 'sub_saharan_africa', 'non_eu'], ['BG', 'european_union', 'other_eu'], ['UA', 'europe_other', 'non_eu'], ['VN', 'asia', 'non_eu'],
];
const FORMS = ['sexual_exploitation', 'labour_exploitation', 'domestic_servitude', 'forced_begging', 'forced_criminality', 'forced_marriage', 'other'];
const STATUSES = ['spotted', 'presumed_victim', 'presumed_victim', 'formally_identified', 'not_retained', 'lost_contact'];
const OWNER_KINDS = ['association', 'association', 'association', 'host', 'police', 'minors_centre'];
const TARGETS = ['acse', 'dna', 'minors_centre', 'uaped', 'crp', 'psp', 'prefecture', 'parquet', 'general'];
const ORIENTATION_STATES = ['requested', 'accepted', 'refused', 'admitted', 'ended', 'cancelled'];

@Module({ imports: [PlatformModule, AuditModule, DirectoryModule, CasesModule, ReportingWorkerModule] })
class ReportingBenchModule {}

const nonEmpty = (body: { tables?: { rows: { cells: { value: number | null }[] }[] }[] }) =>
  (body.tables ?? []).some((t) => t.rows.some((r) => r.cells.some((c) => (c.value ?? 0) > 0)));

/**
 * Statistics (issue 13 §6). The read model seeded directly with CASES cases over ten years and 12 territories
 * (and CASES / 2 orientations); figures: p95 of the annual survey and the EU table (national analyst) and of
 * one cell's activity over a year (its coordinator), each computed cold (no cache in mnio: every request
 * recomputes from the tables) at 4 clients; the projection's throughput on EVENTS outbox events against
 * pg-baseline; a full `reporting:rebuild` from REBUILD_CASES real cases (and their orientation events).
 */
export const reporting: Benchmark = {
  name: 'reporting',
  description: `statistics over ${CASES.toLocaleString('en')} cases: survey, EU table, cell activity p95 at ${CLIENTS} clients; projection events/s (${APPLIERS} in flight) vs pg-baseline; rebuild of ${REBUILD_CASES.toLocaleString('en')} cases`,
  async run(ctx) {
    const config = loadConfig();
    const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
    const national = randomUUID();
    const cell = randomUUID();
    const assos = Array.from({ length: 40 }, () => randomUUID());
    const analyst = { id: randomUUID(), email: 'analyst@bench.mnio.test' };
    const coordinator = { id: randomUUID(), email: 'cell@bench.mnio.test' };
    const db = new Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const notes: string[] = [];
    try {
      const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
      await db.query(`INSERT INTO organisations (id, kind, name, territories, national) VALUES ($1, 'national_coordinator', 'Coordination nationale banc', '{}', true), ($2, 'clav_cell', 'Cellule TEH banc 93', '{93}', false)`, [national, cell]);
      await bulkInsert(ctx.databaseUrl, {
        table: 'organisations', columns: ['id', 'kind', 'name', 'territories'], count: assos.length,
        row: (i) => [assos[i], 'association', `Association ${i}`, [TERRITORIES[i % TERRITORIES.length][0]]],
      });
      await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Bench analyst', $5), ($3, $4, 'Bench cell', $5)`,
        [analyst.id, analyst.email, coordinator.id, coordinator.email, hash]);
      await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'national_analyst'), ($3, $4, 'cell_coordinator')`, [analyst.id, national, coordinator.id, cell]);

      // 1. The read model, seeded directly.
      const caseIds = Array.from({ length: CASES }, () => randomUUID());
      ctx.log(`seeding ${CASES.toLocaleString('en')} cases into the read model`);
      // Independent of the territory (i % TERRITORIES.length): every territory has cases of every year.
      const firstYear = (i: number) => YEAR - YEARS + 1 + (Math.floor(i / TERRITORIES.length) % YEARS);
      /** A day of year `y` for case `i`, `plus` days after its recording (capped at 31 December). */
      const day = (y: number, i: number, plus: number) => new Date(Math.min(Date.UTC(y, (i * 5) % 12, 1 + (i % 27)) + plus * 86_400_000, Date.UTC(y, 11, 31))).toISOString().slice(0, 10);
      const seed = await bulkInsert(ctx.databaseUrl, {
        table: 'reporting_cases', label: 'reporting_cases', batchSize: 2000,
        columns: ['case_id', 'territory', 'region_code', 'owner_organisation_id', 'owner_kind', 'first_year', 'last_year', 'sex', 'age_band', 'minor', 'nationality',
          'world_region', 'citizenship', 'forms', 'place', 'identification_status', 'identified_by_kind', 'presumed_year', 'identified_year', 'complaint_filed',
          'reflection_years', 'permit_issued_years', 'permit_renewed_years', 'child_protection_status', 'placed_year', 'case_status',
          'recorded_on', 'presumed_on', 'identified_on'],
        count: CASES,
        row: (i) => {
          const [territory, region] = TERRITORIES[i % TERRITORIES.length];
          const [nat, world, citizenship] = NATIONALITIES[(i * 7) % NATIONALITIES.length];
          const band = BANDS[(i * 3) % BANDS.length];
          const minor = ['0-12', '13-14', '15-17'].includes(band);
          const y = firstYear(i);
          const status = STATUSES[(i * 5) % STATUSES.length];
          const closed = i % 3 === 0 ? Math.min(YEAR + 1, y + 1 + (i % 3)) : null;
          return [caseIds[i], territory, region, assos[i % assos.length], OWNER_KINDS[i % OWNER_KINDS.length], y, closed, SEXES[i % SEXES.length], band, minor, nat, world, citizenship,
            [FORMS[i % FORMS.length], ...(i % 5 === 0 ? [FORMS[(i + 2) % FORMS.length]] : [])], ['france', 'abroad', 'both', 'unknown'][i % 4], status,
            status === 'spotted' ? null : ['association', 'police', 'gendarmerie', 'labour_inspection'][i % 4],
            status === 'presumed_victim' || status === 'formally_identified' ? y : null, status === 'formally_identified' ? y : null, i % 4 === 0,
            i % 6 === 0 ? [y] : [], i % 8 === 0 ? [y] : [], i % 16 === 0 ? [y + 1] : [], minor ? 'placement' : 'none', minor && i % 2 === 0 ? y : null,
            closed ? 'closed' : 'active',
            // Days, for the cell's activity: recorded on a day of its first year, presumed some days later, identified later still.
            day(y, i, 0), status === 'presumed_victim' || status === 'formally_identified' ? day(y, i, 10 + (i % 30)) : null,
            status === 'formally_identified' ? day(y, i, 40 + (i % 60)) : null];
        },
      });
      const orientations = Math.floor(CASES / 2);
      await bulkInsert(ctx.databaseUrl, {
        table: 'reporting_orientations', label: 'reporting_orientations', batchSize: 2000,
        columns: ['orientation_id', 'case_id', 'territory', 'target_kind', 'target_organisation_id', 'state', 'requested_at', 'answered_at', 'admitted_at', 'last_event_at',
          'case_territory'],
        count: orientations,
        row: (n) => {
          const i = n * 2;
          const requested = new Date(Date.UTC(firstYear(i), (n * 7) % 12, 1 + (n % 27), 10));
          const state = ORIENTATION_STATES[n % ORIENTATION_STATES.length];
          const answered = state === 'requested' || state === 'cancelled' ? null : new Date(requested.getTime() + (1 + (n % 20)) * 86_400_000);
          const admitted = state === 'admitted' || state === 'ended' ? new Date(requested.getTime() + (5 + (n % 40)) * 86_400_000) : null;
          return [randomUUID(), caseIds[i], TERRITORIES[i % TERRITORIES.length][0], TARGETS[n % TARGETS.length], assos[n % assos.length], state, requested, answered, admitted,
            admitted ?? answered ?? requested, TERRITORIES[i % TERRITORIES.length][0]];
        },
      });
      await db.query(`UPDATE reporting_state SET last_event_at = now(), last_applied_at = now() WHERE id = 1`);
      await db.query('VACUUM ANALYZE reporting_cases');
      await db.query('VACUUM ANALYZE reporting_orientations');
      await db.query('VACUUM ANALYZE reporting_survey_counts');
      await db.query('VACUUM ANALYZE reporting_eu_counts');
      const [{ n: seeded, survey, eu }] = (await db.query<{ n: number; survey: number; eu: number }>(
        `SELECT (SELECT count(*) FROM reporting_cases)::int AS n, (SELECT count(*) FROM reporting_survey_counts)::int AS survey, (SELECT count(*) FROM reporting_eu_counts)::int AS eu`,
      )).rows;
      if (seeded !== CASES) throw new Error(`read model holds ${seeded} cases, not ${CASES}`);
      notes.push(`read model seeded: ${CASES} cases at ${round(seed.rowsPerSec)} rows/s (counts kept by the triggers), ${orientations} orientations; `
        + `reporting_survey_counts ${survey} rows, reporting_eu_counts ${eu} rows`);
    } finally {
      await db.end();
    }

    // 2. The three tables, cold (mnio keeps no cache of a report), 4 clients each.
    const login = async (api: BenchApi, email: string) => {
      const res = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
      const { accessToken } = (await res.json()) as { accessToken?: string };
      if (!accessToken) throw new Error(`bench login failed: ${res.status}`);
      return { authorization: `Bearer ${accessToken}` };
    };
    const reports: Record<string, HttpLoadResult> = {};
    const api = await bootApi();
    try {
      const asAnalyst = await login(api, analyst.email);
      const asCell = await login(api, coordinator.email);
      const figures: [string, string, Record<string, string>][] = [
        ['survey', `/api/statistics/survey?year=${YEAR}`, asAnalyst],
        ['eu', `/api/statistics/eu?year=${YEAR}`, asAnalyst],
        ['cell_activity', `/api/statistics/activity?year=${YEAR}&scope=territory&territory=93`, asCell],
      ];
      for (const [name, path, headers] of figures) {
        const probe = await fetch(`${api.url}${path}`, { headers });
        const body = (await probe.json()) as Parameters<typeof nonEmpty>[0];
        if (probe.status !== 200 || !nonEmpty(body)) throw new Error(`${name}: answered ${probe.status} ${probe.status === 200 ? 'with empty tables' : ''} ${JSON.stringify(body).slice(0, 600)}`);
        ctx.log(`measuring ${name} (${CLIENTS} clients, ${ctx.seconds} s)`);
        const load = await httpLoad({ url: api.url, path, headers, connections: CLIENTS, seconds: ctx.seconds, warmupSeconds: 1, timeoutSeconds: 30 });
        if (load.latencyMs.count === 0 || load.unexpected) throw new Error(`${name}: ${load.latencyMs.count} responses, status codes ${JSON.stringify(load.statusCodes)}`);
        reports[name] = load;
      }
    } finally {
      await api.close();
    }

    // 3. Real cases for the projection's case events and for the rebuild: the cases context's facts are read from them.
    const identity = cipher.encryptJson({ sex: 'female', lastName: 'Bench' }, 'bench');
    const realCases = Math.max(REBUILD_CASES, EVENTS);
    const realIds = Array.from({ length: realCases }, () => randomUUID());
    ctx.log(`seeding ${realCases.toLocaleString('en')} cases (the cases context's tables)`);
    const casesSeed = await bulkInsert(ctx.databaseUrl, {
      table: 'cases', label: 'cases', batchSize: 2000,
      columns: ['id', 'reference', 'territory', 'owner_organisation_id', 'created_by', 'sex', 'age_band', 'minor', 'age_uncertain', 'nationality', 'foreign_national',
        'exploitation_forms', 'exploited_in_france', 'exploited_abroad', 'identification_status', 'case_status', 'identity_enc', 'viewer_org_ids', 'identity_org_ids'],
      count: realCases,
      row: (i) => {
        const territory = TERRITORIES[i % TERRITORIES.length][0];
        const owner = assos[i % assos.length];
        return [realIds[i], `${territory}-R${String(i).padStart(8, '0')}`, territory, owner, analyst.id, SEXES[i % SEXES.length], '25-34', false, false,
          NATIONALITIES[i % NATIONALITIES.length][0], i % 10 !== 0, [FORMS[i % FORMS.length]], true, i % 2 === 0, STATUSES[(i * 5) % STATUSES.length], 'active', identity, [owner], [owner]];
      },
    });
    notes.push(`cases seeded for the projection and the rebuild: ${realCases} at ${round(casesSeed.rowsPerSec)} rows/s`);
    // Their tracks' events, which the facts query reads (about 4.8 per case: each of 8 kinds with probability 0.6,
    // chosen by a hash so that every run seeds the same), in one statement.
    const seedEvents = new Client({ connectionString: ctx.databaseUrl });
    await seedEvents.connect();
    try {
      const { rowCount } = await seedEvents.query(
        `INSERT INTO case_events (case_id, track, type, occurred_on, recorded_by, recorded_by_organisation_id)
         SELECT c.id, v.track, v.type, date '2020-01-01' + (abs(hashtext(c.id::text || v.type)) % 2400), c.created_by, c.owner_organisation_id
         FROM cases c
         CROSS JOIN (VALUES ('identification', 'presumed_victim'), ('identification', 'formally_identified'), ('residence', 'reflection_period_started'),
           ('residence', 'permit_issued'), ('residence', 'permit_renewed'), ('criminal', 'complaint_filed'), ('case', 'close'), ('child_protection', 'placement')) AS v(track, type)
         WHERE c.id = ANY($1::uuid[]) AND abs(hashtext(v.type || c.id::text)) % 10 < 6`,
        [realIds],
      );
      await seedEvents.query('ANALYZE case_events');
      notes.push(`case events seeded for those cases: ${rowCount}`);
    } finally {
      await seedEvents.end();
    }

    const app = await NestFactory.createApplicationContext(ReportingBenchModule, { logger: ['error'] });
    let eventsPerSec: number;
    let applied = 0;
    try {
      // 4. The projection's throughput: EVENTS outbox messages (CaseCreated for real cases, and orientation events), APPLIERS in flight
      // as the events processor hands them over (the projection groups the ones waiting into one transaction).
      const db2 = new Client({ connectionString: ctx.databaseUrl });
      await db2.connect();
      let messages: { id: string; type: string; aggregate_id: string | null; payload: Record<string, unknown>; created_at: Date }[];
      try {
        await bulkInsert(ctx.databaseUrl, {
          table: 'outbox_messages', label: 'outbox events', batchSize: 2000, columns: ['type', 'aggregate_id', 'payload', 'relayed_at'], count: EVENTS,
          row: (n) => {
            if (n % 2 === 0) return ['CaseCreated', realIds[n], { caseId: realIds[n] }, new Date()];
            const caseId = realIds[n - 1];
            const orientationId = randomUUID();
            return ['OrientationRequested', orientationId, { orientationId, caseId, territory: '93', targetKind: TARGETS[n % TARGETS.length], state: 'requested' }, new Date()];
          },
        });
        messages = (await db2.query(`SELECT id, type, aggregate_id, payload, created_at FROM outbox_messages ORDER BY id`)).rows;
      } finally {
        await db2.end();
      }
      const projection = app.get(ReportingProjection);
      let next = 0;
      const started = process.hrtime.bigint();
      await Promise.all(Array.from({ length: APPLIERS }, async () => {
        while (next < messages.length) {
          const m = messages[next++];
          if (await projection.apply({ outboxId: m.id, type: m.type, aggregateId: m.aggregate_id, payload: m.payload, createdAt: m.created_at.toISOString() })) applied++;
        }
      }));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      eventsPerSec = applied / seconds;
      if (applied !== EVENTS) throw new Error(`projection applied ${applied} of ${EVENTS} events`);
    } finally {
      await app.close();
    }
    const check = new Client({ connectionString: ctx.databaseUrl });
    await check.connect();
    try {
      const [{ n }] = (await check.query<{ n: number }>(`SELECT count(*)::int AS n FROM reporting_applied`)).rows;
      if (n !== EVENTS) throw new Error(`reporting_applied holds ${n} rows, not ${EVENTS}`);
    } finally {
      await check.end();
    }
    ctx.log(`pg-baseline (${CLIENTS} clients, ${ctx.seconds} s)`);
    const baseline = await runPgBaseline(ctx.databaseUrl, ctx.seconds, CLIENTS, ctx.log);

    // 5. A full rebuild, as `npm run reporting:rebuild` runs it, from REBUILD_CASES cases (+ the orientation events in the outbox).
    const wipe = new Client({ connectionString: ctx.databaseUrl });
    await wipe.connect();
    let rebuildSeconds: number;
    try {
      await wipe.query(`TRUNCATE reporting_cases, reporting_orientations`);
      await wipe.query('VACUUM ANALYZE cases');
      ctx.log(`rebuilding the read model from ${realCases.toLocaleString('en')} cases`);
      const started = Date.now();
      const lines: string[] = [];
      const rc = await reportingRebuild((s) => lines.push(s.trim()), false);
      rebuildSeconds = (Date.now() - started) / 1000;
      if (rc !== 0) throw new Error(`reporting:rebuild exited ${rc}`);
      const [{ n }] = (await wipe.query<{ n: number }>(`SELECT count(*)::int AS n FROM reporting_cases`)).rows;
      if (n !== realCases) throw new Error(`rebuild left ${n} cases in the read model, not ${realCases}`);
      notes.push(`rebuild: ${lines[lines.length - 1] ?? ''}`);
    } finally {
      await wipe.end();
    }
    const rebuildPerSec = realCases / rebuildSeconds;
    const extrapolated = 1_000_000 / rebuildPerSec;
    if (realCases < 1_000_000) notes.push(`rebuild of 1,000,000 cases extrapolated linearly from ${realCases}: ${round(extrapolated)} s (target < 600 s)`);

    const p95 = (name: string) => round(reports[name].latencyMs.p95);
    const ratio = baseline ? eventsPerSec / baseline.tps : undefined;
    return {
      summary: `over ${CASES.toLocaleString('en')} cases: survey p95 ${p95('survey')} ms, EU p95 ${p95('eu')} ms, cell activity p95 ${p95('cell_activity')} ms (${CLIENTS} clients, target < 1000); `
        + `projection ${round(eventsPerSec)} events/s${ratio !== undefined ? ` (${round(ratio)} × pg-baseline)` : ''}; rebuild ${round(rebuildPerSec)} cases/s (${round(extrapolated)} s per million, target < 600)`,
      metrics: {
        cases: CASES,
        ...Object.fromEntries(Object.entries(reports).flatMap(([name, r]) => [[`${name}_p50_ms`, round(r.latencyMs.p50)], [`${name}_p95_ms`, round(r.latencyMs.p95)], [`${name}_per_s`, round(r.requestsPerSec)]])),
        projection_events: applied,
        projection_events_per_s: round(eventsPerSec),
        rebuild_cases: realCases,
        rebuild_s: round(rebuildSeconds),
        rebuild_cases_per_s: round(rebuildPerSec),
        rebuild_1m_s_extrapolated: round(extrapolated),
      },
      ...(baseline ? { baseline: { label: `pg-baseline one-row insert, ${CLIENTS} clients`, value: baseline.tps, unit: 'tps' }, ratio } : {}),
      notes,
    };
  },
};
