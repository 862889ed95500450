import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { inDays } from '../coordination/coordination-helpers';
import { dbClient, isolatedEnv, IsolatedEnv, startWorker, TestWorker, waitFor } from '../../support/stack';
import { ACSE, ASSO93, consentTo, HOST13, steps } from '../orientations/support';
import { CASE_EVENTS, CELL_EVENTS, HOST_EVENTS, ORIENTATION_EVENTS } from '@mnio/reporting';

interface Fig { value: number | null; suppressed: boolean }
interface Table { key: string; columns: string[]; rows: { code: string; cells: Fig[]; total: Fig | null }[]; totals: { cells: Fig[]; total: Fig } | null }
interface Body { tables: Table[]; previous: { period: { from: string; to: string }; tables: Table[] } | null; period: { from: string; to: string } | null; threshold: number }
const table = (body: { tables: Table[] }, key: string) => body.tables.find((t) => t.key === key)!;
const cell = (t: Table, code: string, col = t.columns[0]) => t.rows.find((r) => r.code === code)?.cells[t.columns.indexOf(col)];
const pub = (value: number) => ({ value, suppressed: false });
const SECRET = { value: null, suppressed: true };
const YEAR = Number(inDays(0).slice(0, 4));
/** A form no other case here uses. */
const FORM = 'forced_marriage';
const CELL = 'clav.93@demo.mnio.test';
const NATIONAL = 'national@demo.mnio.test';

/**
 * The cell's activity and the Ac.Sé coordination's capacity tables, from real cases, cell decisions and
 * orientations made through the API and projected by the real worker. Threshold 2 here, so that exact
 * figures can be checked beside suppressed ones.
 */
describe('statistics: cell activity and orientation capacity', () => {
  let env: IsolatedEnv;
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;

  const caughtUp = () =>
    waitFor(async () => {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_messages o WHERE o.type = ANY($1) AND NOT EXISTS (SELECT 1 FROM reporting_applied a WHERE a.outbox_id = o.id)`,
        [[...CASE_EVENTS, ...ORIENTATION_EVENTS, ...CELL_EVENTS, ...HOST_EVENTS]],
      );
      return rows[0].n === 0;
    }, 'the projection to apply every event', 60_000);

  beforeAll(async () => {
    env = await isolatedEnv({ MNIO_STATS_MIN_CELL: '2', MNIO_STATS_PUBLIC_MIN_CELL: '11' });
    api = await startApi();
    worker = await startWorker();
    db = await dbClient();
    const asso93 = await api.as(ASSO93);
    const asso75 = await api.as('asso.75@demo.mnio.test');
    const acse = await api.as(ACSE);
    const host = await api.as(HOST13);
    const cell = await api.as(CELL);
    await host.put(`/api/hosts/${DEMO_ORGS.host13}/capacity`).send({ women: 6, family: 1 }).expect(200);

    // 93: seven presumed victims shared with the cell; 75: one.
    const cases: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { body: c } = await asso93.post('/api/cases').send(caseBody({ exploitationForms: [FORM], events: [] })).expect(201);
      await asso93.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
      await asso93.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
      cases.push(c.id);
    }
    const { body: c75 } = await asso75.post('/api/cases').send(caseBody({ territory: '75', exploitationForms: [FORM], events: [] })).expect(201);
    await asso75.post(`/api/cases/${c75.id}/identification`).send({ to: 'presumed_victim' }).expect(200);

    // two cases' reviews were due three days ago: the cell decides late for them
    await db.query(`UPDATE case_deadlines SET due_on = $2 WHERE kind = 'cell_review' AND case_id = ANY($1::uuid[])`, [cases.slice(0, 2), inDays(-3)]);
    const { body: meeting } = await cell.post(`/api/cells/${DEMO_ORGS.cell93}/meetings`).send({ date: inDays(0) }).expect(201);
    for (const [i, id] of cases.slice(0, 6).entries()) {
      await cell.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: id }).expect(201);
      await cell.post(`/api/meetings/${meeting.id}/decisions`).send({ caseId: id, type: i < 5 ? 'review_done' : 'close', text: 'Examen' }).expect(201);
    }

    // six orientations to Ac.Sé: three refused (two for want of a place, one without established danger), three admitted at the host
    for (const [i, id] of cases.slice(0, 6).entries()) {
      await consentTo(asso93, id, DEMO_ORGS.acse);
      const { body: o } = await asso93.post(`/api/cases/${id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
      if (i < 3) {
        await steps(acse, o.id, { action: 'refuse', reasonCode: i < 2 ? 'no_place' : 'no_danger' });
      } else {
        await steps(acse, o.id, { action: 'start_assessment' }, { action: 'search_place' }, { action: 'agree_in_principle', hostId: DEMO_ORGS.host13 },
          { action: 'schedule_pre_admission' }, { action: 'transfer' });
        await steps(host, o.id, { action: 'admit' });
      }
    }
    await caughtUp();
  }, 240_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.end();
    await env?.restore();
  });

  const get = async (email: string, path: string, status = 200) => (await (await api.as(email)).get(path).expect(status)).body as Body & { code?: string };

  it('gives the cell its activity: received, reviewed, decisions by type, orientations, refusals by reason, delays, overdue deadlines', async () => {
    const r = await get(CELL, `/api/statistics/activity?year=${YEAR}&form=${FORM}`);
    expect(r.threshold).toBe(2);
    expect(r.period).toEqual({ from: `${YEAR}-01-01`, to: `${YEAR}-12-31` });
    const cases = table(r, 'activity.cases');
    expect([cell(cases, 'received'), cell(cases, 'reviewed'), cell(cases, 'presumed')]).toEqual([pub(7), pub(6), pub(7)]);
    // five reviews and one closure: the closure is suppressed, and so is the other type (6 − 5 would give it away)
    const decisions = table(r, 'activity.decisions');
    expect([cell(decisions, 'review_done'), cell(decisions, 'close')]).toEqual([SECRET, SECRET]);
    expect(decisions.totals!.cells[0]).toEqual(pub(6));
    const orientations = table(r, 'activity.orientations');
    expect([cell(orientations, 'acse', 'refused'), cell(orientations, 'acse', 'admitted')]).toEqual([pub(3), pub(3)]);
    const refusals = table(r, 'activity.refusals');
    expect([cell(refusals, 'no_place'), cell(refusals, 'no_danger')]).toEqual([SECRET, SECRET]);
    expect(refusals.totals!.cells[0]).toEqual(pub(3));
    const delays = table(r, 'activity.delays');
    expect(delays.columns).toEqual(['measured', 'median_days', 'p90_days']);
    expect(cell(delays, 'spotting_to_presumed')).toEqual(pub(7));
    expect(delays.rows.find((x) => x.code === 'spotting_to_presumed')!.cells[1]).toEqual(pub(0));
    expect(cell(delays, 'request_to_answer')).toEqual(pub(6));
    expect(cell(delays, 'request_to_admission')).toEqual(pub(3));
    const deadlines = table(r, 'activity.deadlines');
    expect(cell(deadlines, 'cell_review', 'due')).toEqual(pub(7));
    expect(cell(deadlines, 'cell_review', 'overdue')).toEqual(pub(2));
    // the previous year, beside it: nothing
    expect(r.previous!.period).toEqual({ from: `${YEAR - 1}-01-01`, to: `${YEAR - 1}-12-31` });
    expect(cell(table(r.previous!, 'activity.cases'), 'received')).toEqual(pub(0));
  });

  it('counts any period and compares it with the period of the same length before; refuses a bad period', async () => {
    const last10 = await get(CELL, `/api/statistics/activity?from=${inDays(-9)}&to=${inDays(0)}&form=${FORM}`);
    expect(cell(table(last10, 'activity.cases'), 'received')).toEqual(pub(7));
    expect(last10.previous!.period).toEqual({ from: inDays(-19), to: inDays(-10) });
    const before = await get(CELL, `/api/statistics/activity?from=${inDays(-40)}&to=${inDays(-11)}&form=${FORM}`);
    expect(cell(table(before, 'activity.cases'), 'received')).toEqual(pub(0));
    expect((await get(CELL, `/api/statistics/activity?from=${inDays(0)}&to=${inDays(-1)}`, 422)).code).toBe('REPORT_FILTER_INVALID');
    expect((await get(CELL, `/api/statistics/activity?from=${inDays(0)}`, 422)).code).toBe('REPORT_FILTER_INVALID');
    expect((await get(NATIONAL, `/api/statistics/survey?from=${inDays(-9)}&to=${inDays(0)}`, 422)).code).toBe('REPORT_FILTER_INVALID');
    await get(CELL, `/api/statistics/activity?from=2026-02-30&to=2026-03-01`, 400);
  });

  it('keeps each cell to its own territory, and the capacity tables to the Ac.Sé coordination and the analyst', async () => {
    const other = await get(CELL, `/api/statistics/activity?year=${YEAR}&scope=territory&territory=75`, 404);
    expect(other.code).toBe('NOT_FOUND');
    expect((await get(CELL, `/api/statistics/capacity?year=${YEAR}`, 403)).code).toBe('FORBIDDEN');
    expect((await get(ACSE, `/api/statistics/activity?year=${YEAR}`, 403)).code).toBe('FORBIDDEN');
    expect((await get(ACSE, `/api/statistics/survey?year=${YEAR}`, 403)).code).toBe('FORBIDDEN');
    for (const email of [ASSO93, HOST13, 'coord.93@demo.mnio.test', 'prefecture.93@demo.mnio.test']) {
      const res = await (await api.as(email)).get(`/api/statistics/capacity?year=${YEAR}`);
      expect([email, res.status]).toEqual([email, 403]);
    }
    // the analyst sees every territory's activity, the country's by default
    const national = await get(NATIONAL, `/api/statistics/activity?year=${YEAR}&form=${FORM}`);
    expect(cell(table(national, 'activity.cases'), 'received')).toEqual(pub(8));
    const t75 = await get(NATIONAL, `/api/statistics/activity?year=${YEAR}&form=${FORM}&territory=75`);
    expect(cell(table(t75, 'activity.cases'), 'received')).toEqual(SECRET);
  });

  it('gives the Ac.Sé coordination its capacity: requests by outcome, refusals by reason, places offered and used, waiting time', async () => {
    const r = await get(ACSE, `/api/statistics/capacity?year=${YEAR}`);
    const requests = table(r, 'capacity.requests');
    expect([cell(requests, 'acse', 'refused'), cell(requests, 'acse', 'admitted')]).toEqual([pub(3), pub(3)]);
    expect(requests.rows.find((x) => x.code === 'acse')!.total).toEqual(pub(6));
    const refusals = table(r, 'capacity.refusals');
    expect([cell(refusals, 'no_place', 'acse'), cell(refusals, 'no_danger', 'acse')]).toEqual([SECRET, SECRET]);
    const kinds = table(r, 'capacity.places_by_kind');
    expect(kinds.rows.find((x) => x.code === 'acse')).toEqual({ code: 'acse', cells: [pub(3), pub(0), pub(4)], total: pub(7) });
    const regions = table(r, 'capacity.places_by_region');
    expect(regions.rows.find((x) => x.code === '93')!.total).toEqual(pub(7));
    const waiting = table(r, 'capacity.waiting');
    expect(cell(waiting, 'request_to_admission')).toEqual(pub(3));
    // places are counted today: no comparison for them
    expect(r.previous!.tables.map((t) => t.key)).toEqual(['capacity.requests', 'capacity.refusals', 'capacity.waiting']);
    // for publication (threshold 11), the small figures go
    const published = await get(ACSE, `/api/statistics/capacity?year=${YEAR}&publication=true`);
    expect(cell(table(published, 'capacity.requests'), 'acse', 'admitted')).toEqual(SECRET);
  });

  it('exports the new tables with French headers, and audits each export with the organisation that allowed it', async () => {
    const binary = (res: { on(event: string, listener: (chunk?: Buffer) => void): unknown }, cb: (e: Error | null, b: Buffer) => void) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c!));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    };
    const csv = await (await api.as(CELL)).get(`/api/statistics/activity/export?from=${inDays(-9)}&to=${inDays(0)}&format=csv`).buffer(true).parse(binary as never).expect(200);
    expect(csv.headers['content-disposition']).toContain(`mnio-activite-${inDays(-9)}-${inDays(0)}.csv`);
    const lines = (csv.body as Buffer).toString('utf8').slice(1).split('\r\n').map((l) => l.split(';'));
    expect(lines).toContainEqual(['Décisions de la cellule par type']);
    expect(lines).toContainEqual(['Motif de refus', 'Effectif']);
    expect(lines.find((l) => l[0] === 'Période')?.[1]).toMatch(/^du \d{1,2} \S+ \d{4} au \d{1,2} \S+ \d{4}$/);
    expect(lines.some((l) => /période précédente/.test(l[0]))).toBe(true);
    const xlsx = await (await api.as(ACSE)).get(`/api/statistics/capacity/export?year=${YEAR}&format=xlsx`).buffer(true).parse(binary as never).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((xlsx.body as Buffer) as unknown as ArrayBuffer);
    expect(book.worksheets[1].getRow(2).values).toEqual([undefined, 'Destinataire', 'En attente', 'Acceptées', 'Admissions', 'Refusées', 'Annulées', 'Total']);
    const { rows } = await db.query(`SELECT actor_organisation_id, details FROM audit_entries WHERE action = 'statistics.exported' ORDER BY id`);
    expect(rows.map((x) => [x.actor_organisation_id, x.details.report, x.details.format, x.details.from])).toEqual([
      [DEMO_ORGS.cell93, 'activity', 'csv', inDays(-9)],
      [DEMO_ORGS.acse, 'capacity', 'xlsx', null],
    ]);
  });

  it('reads a territory\'s orientations by their case\'s current territory: the same tables as through its cases, and a moved case takes them along', async () => {
    const stale = async () => (await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reporting_orientations o JOIN reporting_cases c USING (case_id) WHERE o.case_territory IS DISTINCT FROM c.territory`,
    )).rows[0].n;
    expect(await stale()).toBe(0);
    // the territory alone reads the orientations from their index (migration …160000); within its region, through the cases as before
    const activity = async (extra = '') => get(NATIONAL, `/api/statistics/activity?year=${YEAR}&territory=93${extra}`);
    const fast = await activity();
    expect(cell(table(fast, 'activity.orientations'), 'acse', 'refused')).toEqual(pub(3));
    expect(fast.tables).toEqual((await activity('&region=11')).tables);
    // a case moved to 75, as its transfer's projection writes its row: its orientation leaves 93 at once (the triggers on reporting_cases)
    const { rows: [moved] } = await db.query<{ case_id: string }>(`SELECT case_id FROM reporting_orientations WHERE case_territory = '93' AND state = 'refused' LIMIT 1`);
    await db.query(`UPDATE reporting_cases SET territory = '75' WHERE case_id = $1`, [moved.case_id]);
    expect(await stale()).toBe(0);
    const after = await activity();
    expect(cell(table(after, 'activity.orientations'), 'acse', 'refused')).toEqual(pub(2));
    expect(after.tables).toEqual((await activity('&region=11')).tables);
    await db.query(`UPDATE reporting_cases SET territory = '93' WHERE case_id = $1`, [moved.case_id]);
    expect(cell(table(await activity(), 'activity.orientations'), 'acse', 'refused')).toEqual(pub(3));
  });

  it('rebuilds the same activity and capacity tables from the cases context and the events', async () => {
    const before = [await get(CELL, `/api/statistics/activity?year=${YEAR}&form=${FORM}`), await get(ACSE, `/api/statistics/capacity?year=${YEAR}`)];
    for (const t of ['reporting_cases', 'reporting_orientations', 'reporting_decisions', 'reporting_deadlines', 'reporting_places']) await db.query(`DELETE FROM ${t}`);
    expect(cell(table(await get(CELL, `/api/statistics/activity?year=${YEAR}&form=${FORM}`), 'activity.cases'), 'received')).toEqual(pub(0));
    await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['-r', 'tsconfig-paths/register', '-r', './test/support/ts-register.cjs', 'scripts/reporting-rebuild.ts'],
        { cwd: join(__dirname, '..', '..', '..'), env: process.env, timeout: 90_000 },
        (error, stdout, stderr) => (error ? reject(new Error(`reporting:rebuild failed: ${stderr}`)) : resolve(stdout))));
    const after = [await get(CELL, `/api/statistics/activity?year=${YEAR}&form=${FORM}`), await get(ACSE, `/api/statistics/capacity?year=${YEAR}`)];
    expect(after.map((b) => b.tables)).toEqual(before.map((b) => b.tables));
    const { rows: [{ n }] } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reporting_orientations o LEFT JOIN reporting_cases c USING (case_id) WHERE o.case_territory IS DISTINCT FROM c.territory`,
    );
    expect(n).toBe(0);
  }, 120_000);
});
