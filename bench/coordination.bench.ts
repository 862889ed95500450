import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as argon2 from 'argon2';
import { QueryBus } from '@nestjs/cqrs';
import { ClsService } from 'nestjs-cls';
import { Client } from 'pg';
import { CellCaseCountsQuery, CellCaseCountsSource, CellCaseListsQuery } from '@mnio/cases';
import { FieldCipher, loadConfig, TransactionHost } from '@mnio/platform';
import { assertDone, Benchmark, BenchApi, bootApi, bulkInsert, httpLoad, HttpLoadResult, median, round, timedLoop, TimedLoopResult, measuringRoundSeconds, previousCellCaseCounts, sortedCounts } from './lib';

const CASES = Number(process.env.BENCH_CELL_CASES || 20_000);
const DEADLINES = Number(process.env.BENCH_CELL_DEADLINES || 50_000);
/** Other territories' rows, so the territory's are not the whole table. */
const NOISE_CASES = Number(process.env.BENCH_CELL_NOISE_CASES || 30_000);
/** Decisions on every third case of the territory (3,000 at full size). */
const DECISIONS = Math.min(3_000, Math.floor(CASES / 3));
const PASSWORD = 'Bench-mnio-2026!';
const ROUNDS = 3;
const CLIENTS = 4;
const FORMS = ['sexual_exploitation', 'labour_exploitation', 'domestic_servitude', 'forced_begging', 'forced_criminality'];
const KINDS = ['reflection_period_end', 'permit_expiry', 'parquet_referral', 'cell_review', 'orientation_answer', 'action_due'];
const DECISION_TYPES = ['review_done', 'orientation_to_request', 'referral_parquet', 'referral_prefecture', 'follow_up', 'close'];
const OTHER_TERRITORIES = ['75', '13', '69', '59', '33', '31', '67', '06', '34', '44'];

const dayOffset = (base: string, n: number) => new Date(Date.parse(`${base}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * A CLAV cell's dashboard for a territory with 20,000 cases (90% shared with the cell, 10% closed) and
 * 50,000 deadlines over them (half closed, due from 60 days ago to 120 days ahead), 3,000 cell decisions
 * and 6,000 follow-up actions, beside 30,000 cases of other territories with as many deadlines.
 * Figures: GET /api/cells/:id/dashboard as the cell's coordinator, 4 clients (and 1), from three APIs side by side:
 * counts reused for their default 30 s; counts read fresh at every request from the maintained count rows (issue
 * 17 §5's target); and, the reference, counts computed fresh from the cases at every request; with the read models
 * alone and the counts alone both ways, all alternating in rounds. Before timing, both sources of the counts are
 * checked equal to the statement before issue 17 §5, on the same data.
 */
export const coordinationDashboard: Benchmark = {
  name: 'coordination-dashboard',
  description: `GET /api/cells/:id/dashboard, ${CASES.toLocaleString('en')} cases and ${DEADLINES.toLocaleString('en')} deadlines in the territory, counts fresh from the maintained rows (reference: counts fresh from the cases)`,
  async run(ctx) {
    const config = loadConfig();
    const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
    const cell = randomUUID();
    const assos = Array.from({ length: 20 }, () => randomUUID());
    const others = OTHER_TERRITORIES.map(() => randomUUID());
    const coordinator = { id: randomUUID(), email: 'cell@bench.mnio.test' };
    const db = new Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    const [{ today }] = (await db.query<{ today: string }>(`SELECT to_char((now() AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD') AS today`)).rows;
    try {
      await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'clav_cell', 'Cellule TEH banc 93', '{93}')`, [cell]);
      await bulkInsert(ctx.databaseUrl, { table: 'organisations', columns: ['id', 'kind', 'name', 'territories'], count: assos.length, row: (i) => [assos[i], 'association', `Association 93-${i}`, ['93']] });
      await bulkInsert(ctx.databaseUrl, { table: 'organisations', columns: ['id', 'kind', 'name', 'territories'], count: others.length, row: (i) => [others[i], 'association', `Association ${OTHER_TERRITORIES[i]}`, [OTHER_TERRITORIES[i]]] });
      await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, $2, 'Bench cell', $3)`, [coordinator.id, coordinator.email, await argon2.hash(PASSWORD, { type: argon2.argon2id })]);
      await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'cell_coordinator')`, [coordinator.id, cell]);
    } finally {
      await db.end();
    }

    // Cases: the territory's first, then the noise. Case i of the territory is owned by assos[i % 20].
    const identity = cipher.encryptJson({ sex: 'female', lastName: 'Bench' }, 'bench');
    const ids = Array.from({ length: CASES + NOISE_CASES }, () => randomUUID());
    const inTerritory = (i: number) => i < CASES;
    const ownerOf = (i: number) => (inTerritory(i) ? assos[i % assos.length] : others[i % others.length]);
    ctx.log(`seeding ${(CASES + NOISE_CASES).toLocaleString('en')} cases`);
    await bulkInsert(ctx.databaseUrl, {
      table: 'cases', label: 'cases', batchSize: 2000,
      columns: ['id', 'reference', 'territory', 'owner_organisation_id', 'created_by', 'sex', 'age_band', 'minor', 'age_uncertain', 'nationality', 'foreign_national',
        'exploitation_forms', 'exploited_in_france', 'exploited_abroad', 'identification_status', 'case_status', 'identity_enc', 'viewer_org_ids', 'identity_org_ids'],
      count: ids.length,
      row: (i) => {
        const territory = inTerritory(i) ? '93' : OTHER_TERRITORIES[i % OTHER_TERRITORIES.length];
        const owner = ownerOf(i);
        const viewers = inTerritory(i) && i % 10 !== 0 ? [owner, cell] : [owner];
        return [ids[i], `${territory}-B${String(i).padStart(8, '0')}`, territory, owner, coordinator.id, 'female', '25-34', false, false, 'NG', true,
          [FORMS[i % FORMS.length], ...(i % 7 === 0 ? [FORMS[(i + 1) % FORMS.length]] : [])], true, i % 2 === 0, 'presumed_victim', i % 10 === 3 ? 'closed' : 'active',
          identity, viewers, [owner]];
      },
    });

    // The grants viewer_org_ids derives from: the owner's, and the cell's for the shared cases.
    await bulkInsert(ctx.databaseUrl, { table: 'case_access', label: 'grants (owner)', batchSize: 5000, columns: ['case_id', 'organisation_id', 'reason'], count: ids.length, row: (i) => [ids[i], ownerOf(i), 'owner'] });
    const shared = ids.filter((_, i) => inTerritory(i) && i % 10 !== 0);
    await bulkInsert(ctx.databaseUrl, { table: 'case_access', label: 'grants (cell)', batchSize: 5000, columns: ['case_id', 'organisation_id', 'reason'], count: shared.length, row: (i) => [shared[i], cell, 'cell'] });

    // Deadlines: each of a case's three rounds has another kind, so (case, kind) stays unique while open.
    const deadlineRow = (n: number, caseIndex: number, round: number) => {
      const kind = KINDS[(round + caseIndex) % KINDS.length];
      const due = dayOffset(today, ((n * 37) % 180) - 60);
      const responsible = kind === 'cell_review' && inTerritory(caseIndex) ? cell : ownerOf(caseIndex);
      return [ids[caseIndex], inTerritory(caseIndex) ? '93' : OTHER_TERRITORIES[caseIndex % OTHER_TERRITORIES.length], kind, due, dayOffset(due, -1), responsible,
        n % 2 === 0 ? new Date() : null];
    };
    const deadlineColumns = ['case_id', 'territory', 'kind', 'due_on', 'alert_on', 'responsible_organisation_id', 'closed_at'];
    ctx.log(`seeding ${DEADLINES.toLocaleString('en')} deadlines of the territory and as many elsewhere`);
    await bulkInsert(ctx.databaseUrl, { table: 'case_deadlines', label: 'deadlines (93)', batchSize: 5000, columns: deadlineColumns, count: DEADLINES, row: (n) => deadlineRow(n, n % CASES, Math.floor(n / CASES)) });
    await bulkInsert(ctx.databaseUrl, {
      table: 'case_deadlines', label: 'deadlines (elsewhere)', batchSize: 5000, columns: deadlineColumns, count: DEADLINES,
      row: (n) => deadlineRow(n, CASES + (n % NOISE_CASES), Math.floor(n / NOISE_CASES)),
    });

    // The cell's work: 100 meetings, 3,000 decisions (one per case), two actions each, a fifth of them late.
    const meetings = Array.from({ length: 100 }, () => randomUUID());
    const decisions = Array.from({ length: DECISIONS }, () => randomUUID());
    const text = cipher.encrypt('Décision de banc d’essai', 'bench');
    await bulkInsert(ctx.databaseUrl, {
      table: 'cell_meetings', columns: ['id', 'cell_id', 'territory', 'meeting_date', 'created_by'], count: meetings.length,
      row: (i) => [meetings[i], cell, '93', dayOffset(today, -7 * i), coordinator.id],
    });
    await bulkInsert(ctx.databaseUrl, {
      table: 'cell_decisions', columns: ['id', 'meeting_id', 'cell_id', 'case_id', 'reference', 'territory', 'type', 'text_enc', 'decided_by', 'decided_by_organisation_id'],
      count: DECISIONS, row: (i) => [decisions[i], meetings[i % meetings.length], cell, ids[i * 3], `93-B${String(i * 3).padStart(8, '0')}`, '93', DECISION_TYPES[i % DECISION_TYPES.length], text, coordinator.id, cell],
    });
    await bulkInsert(ctx.databaseUrl, {
      table: 'cell_actions', columns: ['id', 'decision_id', 'cell_id', 'case_id', 'reference', 'territory', 'owner_organisation_id', 'title_enc', 'due_on', 'status'],
      count: DECISIONS * 2,
      row: (i) => {
        const d = Math.floor(i / 2);
        return [randomUUID(), decisions[d], cell, ids[d * 3], `93-B${String(d * 3).padStart(8, '0')}`, '93', ownerOf(d * 3), text,
          dayOffset(today, i % 5 === 0 ? -(i % 30) - 1 : (i % 60) + 1), ['open', 'in_progress', 'done', 'cancelled'][i % 4]];
      },
    });
    const analyse = new Client({ connectionString: ctx.databaseUrl });
    await analyse.connect();
    await analyse.query('VACUUM ANALYZE');
    await analyse.end();

    const login = async (api: BenchApi) => {
      const res = await fetch(`${api.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: coordinator.email, password: PASSWORD }) });
      const { accessToken } = (await res.json()) as { accessToken?: string };
      if (!accessToken) throw new Error(`bench login failed: ${res.status}`);
      return { authorization: `Bearer ${accessToken}` };
    };
    const path = `/api/cells/${cell}/dashboard`;
    const check = (r: HttpLoadResult, label: string) => {
      if (r.requests === 0 || r.unexpected) throw new Error(`${label}: ${r.requests} dashboards, status codes ${JSON.stringify(r.statusCodes)}`);
      return r;
    };
    const roundSeconds = measuringRoundSeconds(ctx, ROUNDS);
    const until = dayOffset(today, 14);

    // Three APIs side by side: counts reused for their default 30 s; counts read fresh at every request from the
    // maintained count rows (MNIO_CELL_DASHBOARD_COUNTS_SECONDS=0, issue 17 §5's target); and, the reference, counts
    // computed fresh by the statement over every held case (MNIO_CELL_DASHBOARD_COUNTS_FROM=cases). Both settings are
    // read when the coordination module is built.
    const api = await bootApi();
    const saved = { seconds: process.env.MNIO_CELL_DASHBOARD_COUNTS_SECONDS, from: process.env.MNIO_CELL_DASHBOARD_COUNTS_FROM };
    const restore = () => {
      for (const [name, value] of [['MNIO_CELL_DASHBOARD_COUNTS_SECONDS', saved.seconds], ['MNIO_CELL_DASHBOARD_COUNTS_FROM', saved.from]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    };
    let freshApi: BenchApi | undefined;
    let casesApi: BenchApi | undefined;
    let sample: { newPresumedVictims: { count: number }; deadlines: { overdue: { count: number }; upcoming: { count: number } }; lateActions: { actions: number }; counts: { activeCases: number } };
    type Round = {
      dashboard: HttpLoadResult; fresh: HttpLoadResult; freshCases: HttpLoadResult; freshSingle: HttpLoadResult; freshCasesSingle: HttpLoadResult;
      readModel: TimedLoopResult; countsMaintained: TimedLoopResult; countsCases: TimedLoopResult; load: string;
    };
    const rounds: Round[] = [];
    let single: HttpLoadResult;
    try {
      process.env.MNIO_CELL_DASHBOARD_COUNTS_SECONDS = '0';
      freshApi = await bootApi();
      process.env.MNIO_CELL_DASHBOARD_COUNTS_FROM = 'cases';
      casesApi = await bootApi();
      restore();
      const headers = await login(api);
      const freshHeaders = await login(freshApi);
      const casesHeaders = await login(casesApi);
      const probe = await fetch(`${api.url}${path}`, { headers });
      if (probe.status !== 200) throw new Error(`dashboard answered ${probe.status}`);
      sample = (await probe.json()) as typeof sample;
      ctx.log(`dashboard: ${sample.counts.activeCases} active cases, ${sample.newPresumedVictims.count} reviews, ${sample.deadlines.overdue.count} overdue, ${sample.deadlines.upcoming.count} upcoming, ${sample.lateActions.actions} late actions`);

      // Before timing: the maintained counts, the statement over the cases and the statement before issue 17 §5
      // give the very same figures on these data.
      const queries = api.app.get(QueryBus);
      const cls = api.app.get(ClsService);
      const txHost = api.app.get(TransactionHost);
      const countsFrom = (source: CellCaseCountsSource) => cls.run(() => txHost.withTransaction(() => queries.execute(new CellCaseCountsQuery(cell, today, until, source))));
      const maintained = sortedCounts(await countsFrom('maintained'));
      const fromCases = sortedCounts(await countsFrom('cases'));
      const owner = new Client({ connectionString: ctx.databaseUrl });
      await owner.connect();
      try {
        const before = sortedCounts(await previousCellCaseCounts(owner, cell, today, until));
        for (const [label, counts] of [['the maintained counts', maintained], ['the statement over the cases', fromCases]] as const) {
          if (JSON.stringify(counts) !== JSON.stringify(before)) throw new Error(`${label} differ from the previous statement's: ${JSON.stringify(counts)} vs ${JSON.stringify(before)}`);
        }
        assertDone('active cases counted', maintained.activeCases, ctx.smoke ? 1 : CASES / 2);
      } finally {
        await owner.end();
      }
      // The counts alone, both ways, 1 loop each (same rounds).
      const countsMaintained = async () => void (await countsFrom('maintained'));
      const countsCases = async () => void (await countsFrom('cases'));

      // The figures and their reference alternate in short rounds, so load from elsewhere hits them alike.
      const readModels = () => cls.run(() => txHost.withTransaction(async () => {
        await queries.execute(new CellCaseListsQuery(cell, today, until, 50));
        await queries.execute(new CellCaseCountsQuery(cell, today, until, 'maintained'));
      }));
      for (let r = 1; r <= (ctx.smoke ? 1 : ROUNDS); r++) { // one round proves the smoke run
        const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
        ctx.log(`round ${r}/${ROUNDS} (load ${load}): dashboard with counts reused, fresh from the maintained rows, fresh from the cases, ${CLIENTS} clients; both fresh, 1 client; the read models alone; the counts both ways; ${roundSeconds} s each`);
        const dashboard = check(await httpLoad({ url: api.url, path, headers, connections: CLIENTS, seconds: roundSeconds }), 'dashboard');
        const fresh = check(await httpLoad({ url: freshApi.url, path, headers: freshHeaders, connections: CLIENTS, seconds: roundSeconds }), 'fresh dashboard');
        const freshCases = check(await httpLoad({ url: casesApi.url, path, headers: casesHeaders, connections: CLIENTS, seconds: roundSeconds }), 'fresh dashboard from the cases');
        const freshSingle = check(await httpLoad({ url: freshApi.url, path, headers: freshHeaders, connections: 1, seconds: roundSeconds }), 'fresh dashboard, 1 client');
        const freshCasesSingle = check(await httpLoad({ url: casesApi.url, path, headers: casesHeaders, connections: 1, seconds: roundSeconds }), 'fresh dashboard from the cases, 1 client');
        const readModel = await timedLoop({ concurrency: 1, seconds: roundSeconds, op: readModels });
        if (readModel.errors) throw new Error(`read models failed: ${readModel.firstError}`);
        const m = await timedLoop({ concurrency: 1, seconds: roundSeconds, op: countsMaintained });
        const c = await timedLoop({ concurrency: 1, seconds: roundSeconds, op: countsCases });
        if (m.errors || c.errors) throw new Error(`counts failed: ${m.firstError ?? c.firstError}`);
        assertDone('counts read', Math.min(m.ops, c.ops, readModel.ops), 1);
        rounds.push({ dashboard, fresh, freshCases, freshSingle, freshCasesSingle, readModel, countsMaintained: m, countsCases: c, load });
      }
      ctx.log(`dashboard, 1 client, ${roundSeconds} s`);
      single = check(await httpLoad({ url: api.url, path, headers, connections: 1, seconds: roundSeconds }), 'dashboard, 1 client');
    } finally {
      restore();
      await api.close();
      await freshApi?.close();
      await casesApi?.close();
    }
    type Http = 'dashboard' | 'fresh' | 'freshCases' | 'freshSingle' | 'freshCasesSingle';
    const med = (which: Http, k: 'p50' | 'p95' | 'p99') => round(median(rounds.map((r) => r[which].latencyMs[k])));
    const perRound = (which: Http) => rounds.map((r) => `${round(r[which].latencyMs.p50)}/${round(r[which].latencyMs.p95)}/${round(r[which].latencyMs.p99)}`).join(', ');
    const loopMed = (which: 'readModel' | 'countsMaintained' | 'countsCases', k: 'p50' | 'p95') => round(median(rounds.map((r) => r[which].latencyMs[k])));

    const ratios = rounds.map((r) => r.fresh.latencyMs.p95 / r.freshCases.latencyMs.p95);
    const ratio = median(ratios);
    return {
      summary: `dashboard with counts fresh from the maintained rows p95 ${med('fresh', 'p95')} ms (${CLIENTS} clients, target < 100 ms; 1 client ${med('freshSingle', 'p95')} ms)` +
        ` vs fresh from the cases p95 ${med('freshCases', 'p95')} ms (1 client ${med('freshCasesSingle', 'p95')} ms): ratio ${round(ratio)}; counts reused 30 s p95 ${med('dashboard', 'p95')} ms`,
      metrics: {
        territory_cases: CASES,
        territory_deadlines: DEADLINES,
        other_cases: NOISE_CASES,
        p50_ms: med('dashboard', 'p50'),
        p95_ms: med('dashboard', 'p95'),
        p99_ms: med('dashboard', 'p99'),
        per_s: round(median(rounds.map((r) => r.dashboard.requestsPerSec))),
        one_client_p50_ms: round(single.latencyMs.p50),
        one_client_p95_ms: round(single.latencyMs.p95),
        one_client_p99_ms: round(single.latencyMs.p99),
        read_models_p50_ms: loopMed('readModel', 'p50'),
        read_models_p95_ms: loopMed('readModel', 'p95'),
        fresh_p50_ms: med('fresh', 'p50'),
        fresh_p95_ms: med('fresh', 'p95'),
        fresh_p99_ms: med('fresh', 'p99'),
        fresh_per_s: round(median(rounds.map((r) => r.fresh.requestsPerSec))),
        fresh_one_client_p50_ms: med('freshSingle', 'p50'),
        fresh_one_client_p95_ms: med('freshSingle', 'p95'),
        fresh_cases_p50_ms: med('freshCases', 'p50'),
        fresh_cases_p95_ms: med('freshCases', 'p95'),
        fresh_cases_p99_ms: med('freshCases', 'p99'),
        fresh_cases_one_client_p95_ms: med('freshCasesSingle', 'p95'),
        counts_maintained_p50_ms: loopMed('countsMaintained', 'p50'),
        counts_maintained_p95_ms: loopMed('countsMaintained', 'p95'),
        counts_cases_p50_ms: loopMed('countsCases', 'p50'),
        counts_cases_p95_ms: loopMed('countsCases', 'p95'),
      },
      baseline: { label: `the dashboard with counts computed fresh by the statement over the cases (the reference), ${CLIENTS} clients, same rounds`, value: med('freshCases', 'p95'), unit: 'ms p95' },
      ratio: round(ratio),
      notes: [
        `medians of ${ROUNDS} alternating rounds of ${roundSeconds} s; load average (1, 5, 15 min) at each round's start: ${rounds.map((r) => r.load).join('; ')}`,
        `ratios (fresh from the maintained rows p95 / fresh from the cases p95) per round: ${ratios.map(round).join(', ')}`,
        `p50/p95/p99 per round (ms), ${CLIENTS} clients: fresh, maintained ${perRound('fresh')}; fresh, from the cases ${perRound('freshCases')}; counts reused ${perRound('dashboard')}`,
        `p50/p95/p99 per round (ms), 1 client: fresh, maintained ${perRound('freshSingle')}; fresh, from the cases ${perRound('freshCasesSingle')}`,
        `counts alone, 1 loop, p50/p95 per round: maintained ${rounds.map((r) => `${round(r.countsMaintained.latencyMs.p50)}/${round(r.countsMaintained.latencyMs.p95)}`).join(', ')} ms; from the cases ${rounds.map((r) => `${round(r.countsCases.latencyMs.p50)}/${round(r.countsCases.latencyMs.p95)}`).join(', ')} ms`,
        'before timing, the maintained counts and the statement over the cases were checked equal to the statement before issue 17 §5 (bench/lib/previous-cell-counts.ts) on these data',
        `dashboard as seen: ${sample.counts.activeCases} active cases, ${sample.newPresumedVictims.count} pending reviews, ${sample.deadlines.overdue.count} overdue and ${sample.deadlines.upcoming.count} upcoming deadlines, ${sample.lateActions.actions} late actions`,
        'a dashboard is one transaction: cell check, live lists (three index walks stopping at 50), counts (maintained rows summed, or the statement over the cases with MNIO_CELL_DASHBOARD_COUNTS_FROM=cases; reused for MNIO_CELL_DASHBOARD_COUNTS_SECONDS, default 30, or read fresh with 0), late decisions, orientation counts, one audit append',
        'API and load generator share this machine (2 cores)',
      ],
    };
  },
};
