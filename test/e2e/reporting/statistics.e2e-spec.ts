import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { OutboxReader } from '@mnio/platform';
import { ReportingProjection } from '@mnio/reporting';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { randomUUID } from 'node:crypto';
import { publish, TestWorker, useStack, waitFor } from '../../support/stack';

interface Fig { value: number | null; suppressed: boolean }
interface Table { key: string; columns: string[]; rows: { code: string; cells: Fig[]; total: Fig | null }[]; totals: { cells: Fig[]; total: Fig } | null }
const table = (body: { tables: Table[] }, key: string) => body.tables.find((t) => t.key === key)!;
const row = (t: Table, code: string) => t.rows.find((r) => r.code === code);
const YEAR = new Date().getFullYear();
/** A form no other case of this database uses, so that the figures are exactly the cases made here. */
const FORM = 'illegal_adoption';

/** Statistics from real cases created through the API, projected by the real worker. */
describe('statistics (reporting)', () => {
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;
  const secrets: string[] = [];

  const caught_up = async () => {
    await waitFor(async () => {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_messages o WHERE o.type IN ('CaseCreated', 'CaseIdentificationChanged', 'CaseStatusChanged')
           AND NOT EXISTS (SELECT 1 FROM reporting_applied a WHERE a.outbox_id = o.id)`,
      );
      return rows[0].n === 0;
    }, 'the projection to apply every case event');
  };

  useStack({}, (s) => ({ api, worker, db } = s));
  beforeAll(async () => {
    const asso93 = await api.as('asso.93@demo.mnio.test');
    const asso75 = await api.as('asso.75@demo.mnio.test');
    const make = async (agent: typeof asso93, body: ReturnType<typeof caseBody>) => {
      const { body: c } = await agent.post('/api/cases').send(body).expect(201);
      secrets.push(c.id, c.reference, body.identity.lastName);
      return c as { id: string; reference: string };
    };
    // 93: six women from Nigeria, one man from Romania; three of them presumed victims. 75: two women from Nigeria.
    const made93 = [];
    for (let i = 0; i < 6; i++) made93.push(await make(asso93, caseBody({ exploitationForms: [FORM] })));
    made93.push(await make(asso93, caseBody({ exploitationForms: [FORM, 'labour_exploitation'], identity: { sex: 'male', nationality: 'RO' } })));
    for (const c of made93.slice(0, 3)) await asso93.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    for (let i = 0; i < 2; i++) await make(asso75, caseBody({ territory: '75', exploitationForms: [FORM] }));
    await caught_up();
  }, 120_000);

  const survey = async (email: string, query: string, status = 200) => (await api.as(email)).get(`/api/statistics/survey?year=${YEAR}&form=${FORM}${query}`).expect(status);

  it('projects every case into the read model, and counts the survey as the cases say, suppressing small cells', async () => {
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM reporting_cases WHERE '${FORM}' = ANY(forms)`);
    expect(rows[0].n).toBe(9);
    const res = await survey('national@demo.mnio.test', '');
    expect(res.body.threshold).toBe(5);
    expect(res.body.freshness.lastEventAt).toEqual(expect.any(String));
    expect(res.body.contributingOrganisations).toBe(2);
    expect(row(table(res.body, 'survey.summary'), 'spotted')!.cells[0]).toEqual({ value: 9, suppressed: false });
    expect(row(table(res.body, 'survey.summary'), 'accompanied')!.cells[0]).toEqual({ value: 9, suppressed: false });
    expect(row(table(res.body, 'survey.by_form'), FORM)!.cells).toEqual([{ value: 9, suppressed: false }, { value: 9, suppressed: false }]);
    // one labour case: below the threshold
    expect(row(table(res.body, 'survey.by_form'), 'labour_exploitation')!.cells[1]).toEqual({ value: null, suppressed: true });
    // sex: 8 women, 1 man. The man is suppressed, and so are the women, or 9 − 8 would give him away.
    const sex = table(res.body, 'survey.by_sex');
    expect(row(sex, 'male')!.cells[0]).toEqual({ value: null, suppressed: true });
    expect(row(sex, 'female')!.cells[0]).toEqual({ value: null, suppressed: true });
    expect(sex.totals!.cells[0]).toEqual({ value: 9, suppressed: false });
    const nat = table(res.body, 'survey.by_nationality');
    expect(row(nat, 'NG')!.cells[0].suppressed).toBe(true);
    expect(row(nat, 'RO')!.cells[0].suppressed).toBe(true);
    expect(nat.totals!.cells[0].value).toBe(9);
    // never a zero for a suppressed figure, never a case id, reference or name
    const text = JSON.stringify(res.body);
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).not.toMatch(/"value":0,"suppressed":true/);
  });

  it('filters by territory and by minor, and gives the EU table of registered victims', async () => {
    const t75 = await survey('national@demo.mnio.test', '&territory=75');
    expect(row(table(t75.body, 'survey.summary'), 'spotted')!.cells[0]).toEqual({ value: null, suppressed: true });
    const region = await survey('national@demo.mnio.test', '&region=11');
    expect(row(table(region.body, 'survey.summary'), 'spotted')!.cells[0].value).toBe(9);
    const minors = await survey('national@demo.mnio.test', '&minor=true');
    expect(row(table(minors.body, 'survey.summary'), 'spotted')!.cells[0]).toEqual({ value: 0, suppressed: false });
    const eu = await (await api.as('national@demo.mnio.test')).get(`/api/statistics/eu?year=${YEAR}&form=${FORM}`).expect(200);
    const sex = table(eu.body, 'eu.by_sex');
    expect(sex.columns).toEqual(['formally_identified', 'presumed_victim']);
    // three presumed victims: below 5, suppressed even in the total
    expect(sex.totals!.total).toEqual({ value: null, suppressed: true });
    // GRETA's unaccompanied minors: no registered child here, an empty table with its French title
    const unaccompanied = table(eu.body, 'eu.by_unaccompanied') as ReturnType<typeof table> & { labels: { title: string } };
    expect(unaccompanied.labels.title).toBe('Victimes enregistrées mineures : mineurs non accompagnés');
    expect(unaccompanied.rows).toEqual([]);
  });

  it("gives an association its own figures without suppression, and hides other organisations' (404)", async () => {
    const own = await survey('coord.93@demo.mnio.test', '&scope=organisation');
    expect(own.body.threshold).toBe(0);
    expect(row(table(own.body, 'survey.summary'), 'spotted')!.cells[0]).toEqual({ value: 7, suppressed: false });
    expect(row(table(own.body, 'survey.by_sex'), 'male')!.cells[0]).toEqual({ value: 1, suppressed: false });
    expect(own.body.contributingOrganisations).toBeNull();
    const other = await survey('coord.93@demo.mnio.test', `&scope=organisation&organisationId=${DEMO_ORGS.asso75}`, 404);
    const missing = await (await api.as('coord.93@demo.mnio.test')).get(`/api/statistics/nothing?year=${YEAR}&scope=organisation`).expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    expect(other.body.message).toBe(missing.body.message);
    await survey('coord.93@demo.mnio.test', '&scope=national', 404);
  });

  it('gives a cell coordinator its territory only, and refuses every other role (403)', async () => {
    const cell = await survey('clav.93@demo.mnio.test', '&scope=territory');
    expect(cell.body.filters.territory).toBe('93');
    expect(row(table(cell.body, 'survey.summary'), 'spotted')!.cells[0].value).toBe(7);
    await survey('clav.93@demo.mnio.test', '&scope=territory&territory=75', 404);
    for (const email of ['asso.93@demo.mnio.test', 'prefecture.93@demo.mnio.test', 'admin@demo.mnio.test', 'acse@demo.mnio.test', 'police.93@demo.mnio.test']) {
      const res = await (await api.as(email)).get(`/api/statistics/survey?year=${YEAR}`);
      expect([email, res.status]).toEqual([email, 403]);
    }
    await (await api.as('national@demo.mnio.test')).get('/api/statistics/survey?year=1999').expect(400);
    // the cell's activity over the year: its territory's cases
    const activity = await (await api.as('clav.93@demo.mnio.test')).get(`/api/statistics/activity?year=${YEAR}&form=${FORM}`).expect(200);
    expect(activity.body.scope).toBe('territory');
    expect(row(table(activity.body, 'activity.cases'), 'received')!.cells[0]).toEqual({ value: 7, suppressed: false });
    expect(row(table(activity.body, 'activity.cases'), 'presumed')!.cells[0]).toEqual({ value: null, suppressed: true });
    const national = await (await api.as('national@demo.mnio.test')).get(`/api/statistics/activity?year=${YEAR}&form=${FORM}`).expect(200);
    expect(row(table(national.body, 'activity.cases'), 'received')!.cells[0].value).toBe(9);
  });

  it('projects orientation events (target, outcome, times) in whatever order they are applied, into the activity tables', async () => {
    const { rows: cases } = await db.query<{ case_id: string }>(`SELECT case_id FROM reporting_cases WHERE territory = '93' ORDER BY case_id LIMIT 6`);
    const base = { targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, requesterOrganisationId: DEMO_ORGS.asso93, territory: '93', reference: 'x', action: 'x' };
    const ids: string[] = [];
    for (const { case_id } of cases) {
      const orientationId = randomUUID();
      // the worker runs 8 jobs at once and may apply the answer first: the state must still end as the answer's
      await publish(db, 'OrientationRequested', { ...base, orientationId, caseId: case_id, state: 'requested' }, orientationId);
      await publish(db, 'OrientationAccepted', { ...base, orientationId, caseId: case_id, state: 'agreed_in_principle' }, orientationId);
      ids.push(orientationId);
    }
    await waitFor(async () => (await db.query(`SELECT count(*)::int AS n FROM reporting_orientations WHERE requested_at IS NOT NULL AND answered_at IS NOT NULL`)).rows[0].n === 6, 'the orientation events');
    const { rows } = await db.query(`SELECT state FROM reporting_orientations WHERE orientation_id = ANY($1)`, [ids]);
    expect(rows.map((r) => r.state)).toEqual(Array(6).fill('agreed_in_principle'));
    const activity = await (await api.as('national@demo.mnio.test')).get(`/api/statistics/activity?year=${YEAR}&form=${FORM}`).expect(200);
    const orientations = table(activity.body, 'activity.orientations');
    expect(row(orientations, 'acse')!.cells[orientations.columns.indexOf('accepted')]).toEqual({ value: 6, suppressed: false });
    expect(row(table(activity.body, 'activity.delays'), 'request_to_answer')!.cells[0]).toEqual({ value: 6, suppressed: false });
  });

  it('exports CSV (BOM, ;, French headers) and XLSX that parse back, and audits each export', async () => {
    const national = await api.as('national@demo.mnio.test');
    const csv = await national.get(`/api/statistics/survey/export?year=${YEAR}&form=${FORM}&format=csv`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`mnio-enquete-${YEAR}.csv`);
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').map((l) => l.split(';'));
    expect(lines).toContainEqual(['Victimes accompagnées par sexe']);
    expect(lines).toContainEqual(['Sexe', 'Effectif']);
    expect(lines).toContainEqual(['Homme', 's']);
    expect(lines).toContainEqual(['Total', '9']);
    expect(lines).toContainEqual(['Nigeria', 's']);
    for (const s of secrets) expect(bytes.toString('utf8')).not.toContain(s);

    const xlsx = await national.get(`/api/statistics/eu/export?year=${YEAR}&form=${FORM}&format=xlsx&publication=true`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((xlsx.body as Buffer) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)[0]).toBe('Présentation');
    const sexSheet = book.worksheets[1];
    expect(sexSheet.getRow(1).getCell(1).value).toBe('Victimes enregistrées par sexe');
    expect(sexSheet.getRow(2).values).toEqual([undefined, 'Sexe', 'Identifiées formellement', 'Victimes présumées', 'Total']);
    const intro = book.worksheets[0].getColumn(1).values.join(' ');
    expect(intro).toContain('1 à 10');

    const { rows } = await db.query(
      `SELECT actor_organisation_id, details FROM audit_entries WHERE action = 'statistics.exported' ORDER BY id`,
    );
    expect(rows.map((r) => [r.actor_organisation_id, r.details.report, r.details.format, r.details.form, r.details.publication])).toEqual([
      [DEMO_ORGS.national, 'survey', 'csv', FORM, false],
      [DEMO_ORGS.national, 'eu', 'xlsx', FORM, true],
    ]);
  });

  it('applies a message once, and the rebuild recomputes the same model from the cases context', async () => {
    const projection = worker.app.get(ReportingProjection);
    const { rows: [last] } = await db.query(`SELECT id FROM outbox_messages WHERE type = 'CaseCreated' ORDER BY id DESC LIMIT 1`);
    expect(await projection.apply((await worker.app.get(OutboxReader).byId(last.id))!)).toBe(false);

    const before = (await survey('national@demo.mnio.test', '')).body.tables;
    await db.query(`DELETE FROM reporting_cases`);
    expect(row(table((await survey('national@demo.mnio.test', '')).body, 'survey.summary'), 'spotted')!.cells[0].value).toBe(0);
    // the real `npm run reporting:rebuild` entry, as a process (a second Nest context here would take over the transaction host)
    const output = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['-r', 'tsconfig-paths/register', '-r', './test/support/ts-register.cjs', 'scripts/reporting-rebuild.ts'],
        { cwd: join(__dirname, '..', '..', '..'), env: process.env, timeout: 90_000 },
        (error, stdout, stderr) => (error ? reject(new Error(`reporting:rebuild failed: ${stderr}`)) : resolve(stdout))));
    expect(output).toMatch(/reporting:rebuild \[#+\] 100% 9\/9 cases/);
    expect(output).toMatch(/statistics read model rebuilt: 9 cases/);
    expect((await survey('national@demo.mnio.test', '')).body.tables).toEqual(before);
  }, 120_000);
});
