import ExcelJS from 'exceljs';
import { Client } from 'pg';
import type { Response } from 'superagent';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { isolatedEnv, IsolatedEnv } from '../../support/stack';

/** A year no other case of this database has, so that the export holds exactly the cases made here. */
const YEAR = 2091;
const FIELDS = [
  'ext_RecordId', 'prs_Gender', 'ext_AgeGroup', 'ext_CitizenshipRegion', 'vic_TypeOfExploitation', 'ext_Year', 'ext_Region', 'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg', 'cas_Status',
];
const DAY = /\d{4}-\d{2}-\d{2}/;
const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * The record-level export (IOM HTCDS field names, k-anonymous): real cases made through the API, their
 * statistics rows written as the projection would (in a year of their own), then exported per role.
 */
describe('HTCDS record-level export', () => {
  let env: IsolatedEnv;
  let api: TestApi;
  let db: Client;
  const secrets: string[] = [];

  beforeAll(async () => {
    env = await isolatedEnv({});
    api = await startApi();
    db = await rawDb();
    const asso = await api.as('asso.93@demo.mnio.test');
    const cases: { id: string }[] = [];
    for (let i = 0; i < 13; i++) {
      const body = caseBody({ exploitationForms: ['sexual_exploitation'] });
      const { body: c } = await asso.post('/api/cases').send(body).expect(201);
      secrets.push(c.id, c.reference, body.identity.lastName, ...body.identity.firstNames, ...(body.identity.aliases ?? []), body.identity.contact?.phone ?? c.id);
      cases.push(c);
    }
    // 12 women of 25-34 and 35-44 from Nigeria in Île-de-France; one man from Romania, alone in his class whatever the generalisation.
    for (const [i, c] of cases.entries()) {
      const man = i === 12;
      await db.query(
        `INSERT INTO reporting_cases (case_id, territory, region_code, owner_organisation_id, owner_kind, first_year, sex, age_band, minor, nationality, world_region,
           citizenship, forms, place, identification_status, identified_by_kind, complaint_filed, child_protection_status, case_status)
         VALUES ($1, '93', '11', $2, 'association', $3, $4, $5, false, $6, $7, $8, $9, 'france', 'presumed_victim', 'association', false, 'none', 'active')`,
        [c.id, DEMO_ORGS.asso93, YEAR, man ? 'male' : 'female', i % 2 ? '25-34' : '35-44', man ? 'RO' : 'NG', man ? 'european_union' : 'sub_saharan_africa',
          man ? 'other_eu' : 'non_eu', man ? ['labour_exploitation'] : ['sexual_exploitation']],
      );
    }
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await db?.end();
    await env?.restore();
  });

  const url = (format: string) => `/api/statistics/records/htcds?fromYear=${YEAR}&format=${format}`;

  it('gives the national analyst k-anonymous records in HTCDS field names, with the information loss, and audits it', async () => {
    const national = await api.as('national@demo.mnio.test');
    const { body } = await national.get(url('json')).expect(200);
    expect(body.metadata.loss).toMatchObject({ k: 11, records: 13, released: 12, suppressed: 1, generalisedFields: expect.arrayContaining(['ext_AgeGroup']) });
    // every case here is a presumed victim identified by an association: no class can hold two statuses, and the loss says so (l reached: 1)
    expect(body.metadata.loss.diversity).toEqual({ l: 2, fields: { vic_TraffickingStatus: { l: 1, leastDistinct: 1 }, vic_TraffickingStatusDecisionMakingOrg: { l: 1, leastDistinct: 1 } } });
    expect(body.records).toHaveLength(12);
    for (const r of body.records) {
      expect(Object.keys(r)).toEqual(FIELDS);
      expect(r).toMatchObject({ prs_Gender: 'Feminine', ext_AgeGroup: 'Adult', vic_TypeOfExploitation: 'SexualExploitation', vic_TraffickingStatus: 'PossibleVictimOfTrafficking' });
    }
    const text = JSON.stringify(body);
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).not.toMatch(DAY);

    const csv = await national.get(url('csv')).buffer(true).parse(binary).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`mnio-enregistrements-htcds-${YEAR}.csv`);
    const csvText = (csv.body as Buffer).toString('utf8');
    const lines = csvText.slice(1).split('\r\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0].split(';')).toEqual(FIELDS);
    expect(lines).toHaveLength(13);
    expect(csvText).toContain('# Enregistrements supprimés (classes de moins de k personnes ou trop homogènes);1');
    expect(csvText).toContain('# l-diversité;chaque combinaison compte au moins 2 valeurs différentes de vic_TraffickingStatus et de vic_TraffickingStatusDecisionMakingOrg');
    for (const s of secrets) expect(csvText).not.toContain(s);
    expect(csvText).not.toMatch(DAY);

    const xlsx = await national.get(url('xlsx')).buffer(true).parse(binary).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Présentation', 'Enregistrements']);
    const sheet = book.getWorksheet('Enregistrements')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...FIELDS]);
    expect(sheet.rowCount).toBe(13);
    const cells: string[] = [];
    book.worksheets.forEach((w) => w.eachRow((row) => cells.push(JSON.stringify(row.values))));
    for (const s of secrets) expect(cells.join(' ')).not.toContain(s);
    expect(cells.join(' ')).not.toMatch(DAY);

    const { rows } = await db.query(
      `SELECT actor_organisation_id, details FROM audit_entries WHERE action = 'statistics.exported' AND details->>'report' = 'htcds_records' ORDER BY id`,
    );
    expect(rows.map((r) => [r.actor_organisation_id, r.details.format, r.details.fromYear, r.details.suppressed])).toEqual([
      [DEMO_ORGS.national, 'json', YEAR, 1],
      [DEMO_ORGS.national, 'csv', YEAR, 1],
      [DEMO_ORGS.national, 'xlsx', YEAR, 1],
    ]);
  });

  it('refuses a bad period with a stable code', async () => {
    const national = await api.as('national@demo.mnio.test');
    const res = await national.get(`/api/statistics/records/htcds?fromYear=${YEAR}&toYear=${YEAR - 11}&format=json`).expect(422);
    expect(res.body.code).toBe('REPORT_FILTER_INVALID');
    await national.get(`/api/statistics/records/htcds?fromYear=${YEAR}&format=pdf`).expect(400);
  });

  it.each([
    ['a cell coordinator', 'clav.93@demo.mnio.test', 404],
    ['an association’s coordinator', 'coord.93@demo.mnio.test', 404],
    ['an association’s case worker', 'asso.93@demo.mnio.test', 403],
  ])('does not exist for %s (%s → %i), and nothing leaves', async (_who, email, status) => {
    for (const format of ['json', 'csv', 'xlsx']) {
      const res = await (await api.as(email)).get(url(format)).expect(status);
      const text = JSON.stringify(res.body ?? '') + (res.text ?? '');
      expect(text).not.toContain('ext_RecordId');
      for (const s of secrets) expect(text).not.toContain(s);
    }
  });
});
