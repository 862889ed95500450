import { Client } from 'pg';
import { createOrgUser, signIn, TEST_PASSWORD } from '../../support/actors';
import { TestApi } from '../../support/app';
import { caseBody, distinctivePerson } from '../../support/cases';
import { provisionUser } from '../../support/provision';
import { TestWorker, useStack, waitFor } from '../../support/stack';

interface Fig { value: number | null; suppressed: boolean }
interface Table { key: string; rows: { code: string; cells: Fig[] }[] }
const table = (tables: Table[], key: string) => tables.find((t) => t.key === key)!;
const cell = (t: Table, code: string, col = 0) => t.rows.find((r) => r.code === code)?.cells[col];
/** A year of its own: the cases recorded now are followed in every year from now on. */
const YEAR = new Date().getFullYear() + 5;
const ANALYST = 'national@demo.mnio.test';
/** An opaque person key or a blind-index digest: 43 base64url characters (a UUID has 36, with hyphens in fixed places). */
const DIGEST = /[A-Za-z0-9_-]{43}/;

/** The annual survey campaign (issue 13 §5): pre-filled from the files, corrected, signed, counted once nationally. */
describe('survey campaign (reporting)', () => {
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;
  let a: { organisationId: string; userId: string; email: string };
  let b: { organisationId: string; userId: string; email: string };
  let secondA: string;
  const secrets: string[] = [];
  const answers: string[] = [];
  const keep = <T extends { text: string }>(res: T) => (answers.push(res.text), res);

  useStack({ env: { MNIO_STATS_MIN_CELL: '2' } }, (s) => ({ api, worker, db } = s));
  beforeAll(async () => {
    a = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'coordinator');
    b = await createOrgUser(api, { kind: 'association', territories: ['75'] }, 'coordinator');
    secondA = `second.${a.email}`;
    await provisionUser(api, { email: secondA, displayName: 'Seconde coordinatrice', password: TEST_PASSWORD, memberships: [{ organisationId: a.organisationId, role: 'coordinator' }] });
    const agentA = await signIn(api, a.email);
    const agentB = await signIn(api, b.email);
    await signIn(api, secondA);
    const person = () => {
      const p = distinctivePerson();
      secrets.push(p.lastName, p.firstName, p.alias);
      return { lastName: p.lastName, firstNames: [p.firstName], aliases: [p.alias], birthDate: p.birthDate };
    };
    const [p1, p2, p3, p4] = [person(), person(), person(), person()];
    const make = async (agent: typeof agentA, territory: string, identity: Record<string, unknown>) => {
      const { body } = await agent.post('/api/cases').send(caseBody({ territory, identity })).expect(201);
      secrets.push(body.id, body.reference);
    };
    // A follows P1, P2 and P3 (a man); B follows P1 and P2 too (recorded again, the same name and birth date), and P4.
    await make(agentA, '93', p1);
    await make(agentA, '93', p2);
    await make(agentA, '93', { ...p3, sex: 'male' });
    await make(agentB, '75', p1);
    await make(agentB, '75', p2);
    await make(agentB, '75', p4);
    await waitFor(async () => {
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reporting_cases WHERE owner_organisation_id = ANY($1::uuid[])`, [[a.organisationId, b.organisationId]]);
      return rows[0].n === 6;
    }, 'the projection to hold the six cases');
    const { rows } = await db.query<{ hash: string }>(`SELECT hash FROM case_blind_indexes`);
    secrets.push(...rows.map((r) => r.hash));
  }, 180_000);

  let questionnaireA: string;
  let questionnaireB: string;

  it('lets only the national analyst open the year’s campaign, once, and tells each organisation’s coordinators', async () => {
    const coordA = await api.as(a.email);
    expect((await coordA.post('/api/survey-campaigns').send({ year: YEAR }).expect(403)).body.code).toBe('FORBIDDEN');
    await (await api.as('clav.93@demo.mnio.test')).post('/api/survey-campaigns').send({ year: YEAR }).expect(403);
    const analyst = await api.as(ANALYST);
    const opened = keep(await analyst.post('/api/survey-campaigns').send({ year: YEAR }).expect(201));
    expect(opened.body).toMatchObject({ year: YEAR, status: 'open', answered: 0 });
    const orgs = opened.body.questionnaires.map((q: { organisationId: string }) => q.organisationId);
    expect(orgs).toEqual(expect.arrayContaining([a.organisationId, b.organisationId]));
    // every association, host and the minors' centre; not the police, the préfecture or a cell
    const kinds = new Set(opened.body.questionnaires.map((q: { organisationKind: string }) => q.organisationKind));
    expect([...kinds].sort()).toEqual(['association', 'host', 'minors_centre']);
    expect((await analyst.post('/api/survey-campaigns').send({ year: YEAR }).expect(409)).body.code).toBe('SURVEY_CAMPAIGN_EXISTS');

    const { rows } = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'SurveyQuestionnaireOpened' AND payload->>'organisationId' = $1`, [a.organisationId]);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0].payload).sort()).toEqual(['campaignId', 'organisationId', 'questionnaireId', 'year']);
    const inbox = await waitFor(async () => {
      const res = await coordA.get('/api/notifications').expect(200);
      return res.body.items.find((n: { eventType: string }) => n.eventType === 'SurveyQuestionnaireOpened');
    }, 'the coordinator to be told');
    expect(inbox).toMatchObject({ link: '/enquete-annuelle', title: 'Enquête annuelle : votre questionnaire pré-rempli est à vérifier et signer' });
  }, 60_000);

  it('pre-fills each questionnaire from the organisation’s own cases, without suppression, and shows it to its coordinators only', async () => {
    const coordA = await api.as(a.email);
    const mine = keep(await coordA.get('/api/survey-questionnaires').expect(200)).body;
    expect(mine).toEqual([expect.objectContaining({ year: YEAR, organisationId: a.organisationId, status: 'draft', campaignStatus: 'open' })]);
    questionnaireA = mine[0].id;
    questionnaireB = keep(await (await api.as(b.email)).get('/api/survey-questionnaires').expect(200)).body[0].id;
    const q = keep(await coordA.get(`/api/survey-questionnaires/${questionnaireA}`).expect(200)).body;
    expect(cell(table(q.tables, 'survey.summary'), 'spotted')).toEqual({ value: 3, suppressed: false });
    expect(cell(table(q.tables, 'survey.summary'), 'accompanied')).toEqual({ value: 3, suppressed: false });
    expect(cell(table(q.tables, 'survey.by_sex'), 'male')).toEqual({ value: 1, suppressed: false });
    expect(cell(table(q.tables, 'survey.by_form'), 'sexual_exploitation', 0)).toEqual({ value: 3, suppressed: false });
    expect(q).toMatchObject({ status: 'draft', version: 1, corrections: [], organisationId: a.organisationId });

    // another organisation's coordinator: 404 as for a missing one; a case worker, a cell, the analyst: 403
    const missing = (await coordA.get(`/api/survey-questionnaires/00000000-0000-4000-8000-000000000000`).expect(404)).body;
    const other = (await (await api.as(b.email)).get(`/api/survey-questionnaires/${questionnaireA}`).expect(404)).body;
    expect(other.message).toBe(missing.message);
    await (await api.as(b.email)).put(`/api/survey-questionnaires/${questionnaireA}/corrections`).send({ version: 1, corrections: [] }).expect(404);
    await (await api.as(b.email)).post(`/api/survey-questionnaires/${questionnaireA}/submit`).send({ version: 1 }).expect(404);
    for (const email of ['asso.93@demo.mnio.test', 'clav.93@demo.mnio.test', ANALYST, 'admin@demo.mnio.test']) {
      const res = await (await api.as(email)).get(`/api/survey-questionnaires/${questionnaireA}`);
      expect([email, res.status]).toEqual([email, 403]);
    }
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'survey.questionnaire_read' AND subject_id = $1`, [questionnaireA]);
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('takes corrections with a reason code, refuses a stale version (two coordinators) and free text', async () => {
    const coordA = await api.as(a.email);
    const second = await api.as(secondA);
    const corrections = [{ dim: 'summary', code: 'spotted', col: 'count', count: 3, reason: 'no_consent' }, { dim: 'summary', code: 'accompanied', col: 'count', count: 3, reason: 'no_consent' }];
    const saved = keep(await coordA.put(`/api/survey-questionnaires/${questionnaireA}/corrections`).send({ version: 1, corrections }).expect(200)).body;
    expect(saved).toMatchObject({ version: 2, corrections });
    // the second coordinator still holds version 1: refused, nothing overwritten
    const stale = await second.put(`/api/survey-questionnaires/${questionnaireA}/corrections`).send({ version: 1, corrections: [] }).expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT' });
    await second.post(`/api/survey-questionnaires/${questionnaireA}/submit`).send({ version: 1 }).expect(409);
    // a reason outside the list, a comment, an unknown line
    await coordA.put(`/api/survey-questionnaires/${questionnaireA}/corrections`).send({ version: 2, corrections: [{ ...corrections[0], reason: 'Madame X' }] }).expect(400);
    await coordA.put(`/api/survey-questionnaires/${questionnaireA}/corrections`).send({ version: 2, corrections: [{ ...corrections[0], comment: 'Madame X' }] }).expect(400);
    const badLine = await coordA.put(`/api/survey-questionnaires/${questionnaireA}/corrections`).send({ version: 2, corrections: [{ ...corrections[0], dim: 'sex', code: 'spotted' }] }).expect(422);
    expect(badLine.body.code).toBe('SURVEY_CORRECTION_INVALID');
    const { rows } = await db.query(`SELECT details FROM audit_entries WHERE action = 'survey.questionnaire_corrected' AND subject_id = $1`, [questionnaireA]);
    expect(rows).toEqual([{ details: { year: YEAR, corrections: 2, persons: 6, reasons: ['no_consent'] } }]);
  });

  it('signs and sends: who and when, audited, read-only afterwards', async () => {
    const coordA = await api.as(a.email);
    const sent = keep(await coordA.post(`/api/survey-questionnaires/${questionnaireA}/submit`).send({ version: 2 }).expect(200)).body;
    expect(sent).toMatchObject({ status: 'submitted', version: 3, submittedByName: expect.any(String), submittedAt: expect.any(String) });
    expect(cell(table(sent.tables, 'survey.summary'), 'spotted')!.value).toBe(3);
    expect((await coordA.post(`/api/survey-questionnaires/${questionnaireA}/submit`).send({ version: 3 }).expect(409)).body.code).toBe('ILLEGAL_TRANSITION');
    expect((await coordA.put(`/api/survey-questionnaires/${questionnaireA}/corrections`).send({ version: 3, corrections: [] }).expect(409)).body.code).toBe('ILLEGAL_TRANSITION');
    const { rows } = await db.query(`SELECT actor_user_id, details FROM audit_entries WHERE action = 'survey.questionnaire_submitted' AND subject_id = $1`, [questionnaireA]);
    expect(rows).toEqual([{ actor_user_id: a.userId, details: { year: YEAR, organisationId: a.organisationId, cases: 3, corrections: 2 } }]);
    const coordB = await api.as(b.email);
    const q = (await coordB.get(`/api/survey-questionnaires/${questionnaireB}`).expect(200)).body;
    expect(cell(table(q.tables, 'survey.summary'), 'spotted')!.value).toBe(3);
    keep(await coordB.post(`/api/survey-questionnaires/${questionnaireB}/submit`).send({ version: q.version }).expect(200));
  });

  it('lets the analyst follow who answered, with dates', async () => {
    const campaign = keep(await (await api.as(ANALYST)).get(`/api/survey-campaigns/${YEAR}`).expect(200)).body;
    expect(campaign.answered).toBe(2);
    const byOrg = (id: string) => campaign.questionnaires.find((q: { organisationId: string }) => q.organisationId === id);
    expect(byOrg(a.organisationId)).toMatchObject({ status: 'submitted', submittedAt: expect.any(String), submittedByName: expect.any(String) });
    expect(campaign.questionnaires.filter((q: { status: string }) => q.status === 'draft').length).toBe(campaign.total - 2);
    const list = keep(await (await api.as(ANALYST)).get('/api/survey-campaigns').expect(200)).body;
    expect(list.find((c: { year: number }) => c.year === YEAR)).toMatchObject({ answered: 2, status: 'open' });
    await (await api.as(a.email)).get(`/api/survey-campaigns/${YEAR}`).expect(403);
  });

  it('counts each person once nationally, says how many were followed by several organisations, adds the corrections as counts', async () => {
    const analyst = await api.as(ANALYST);
    const r = keep(await analyst.get(`/api/survey-campaigns/${YEAR}/results`).expect(200)).body;
    expect(r).toMatchObject({ year: YEAR, answered: 2, threshold: 2 });
    const once = Object.fromEntries(r.once.rows.map((x: { code: string; cells: Fig[] }) => [x.code, x.cells[0].value]));
    // 6 files, 4 persons (P1 and P2 followed by both), 3 met outside mnio: 7 spotted
    expect(once).toEqual({ files: 6, persons: 4, accompanied_persons: 4, several_organisations: 2, outside_mnio: 3, total: 7 });
    expect(cell(table(r.tables, 'survey.summary'), 'spotted')).toEqual({ value: 7, suppressed: false });
    expect(cell(table(r.tables, 'survey.summary'), 'accompanied')).toEqual({ value: 7, suppressed: false });
    // the public threshold hides the small figures
    const pub = keep(await analyst.get(`/api/survey-campaigns/${YEAR}/results?publication=true`).expect(200)).body;
    expect(pub.threshold).toBe(11);
    expect(pub.once.rows.find((x: { code: string }) => x.code === 'several_organisations').cells[0]).toEqual({ value: null, suppressed: true });
    await (await api.as(a.email)).get(`/api/survey-campaigns/${YEAR}/results`).expect(403);
    await analyst.get(`/api/survey-campaigns/${YEAR + 1}/results`).expect(404);
  });

  it('exports the national results with French headers, audited', async () => {
    const res = await (await api.as(ANALYST)).get(`/api/survey-campaigns/${YEAR}/results/export?format=csv`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const text = (res.body as Buffer).toString('utf8');
    answers.push(text);
    expect(res.headers['content-disposition']).toContain(`mnio-enquete-campagne-${YEAR}.csv`);
    expect(text).toContain(`Enquête annuelle ${YEAR} : résultats nationaux de la campagne`);
    expect(text).toContain('Personnes comptées une fois;4');
    expect(text).toContain('Personnes suivies par plusieurs organisations;2');
    const xlsx = await (await api.as(ANALYST)).get(`/api/survey-campaigns/${YEAR}/results/export?format=xlsx`).expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const { rows } = await db.query(`SELECT details FROM audit_entries WHERE action = 'survey.results_exported' ORDER BY id`);
    expect(rows.map((x) => x.details)).toEqual([{ year: YEAR, publication: false }, { year: YEAR, publication: false }]);
  });

  it('closes the campaign (versioned): a questionnaire not yet signed can no longer be', async () => {
    const analyst = await api.as(ANALYST);
    const before = (await analyst.get(`/api/survey-campaigns/${YEAR}`).expect(200)).body;
    await analyst.post(`/api/survey-campaigns/${YEAR}/close`).send({ version: before.version + 1 }).expect(409);
    await (await api.as(a.email)).post(`/api/survey-campaigns/${YEAR}/close`).send({ version: before.version }).expect(403);
    const closed = keep(await analyst.post(`/api/survey-campaigns/${YEAR}/close`).send({ version: before.version }).expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect((await analyst.post(`/api/survey-campaigns/${YEAR}/close`).send({ version: closed.version }).expect(409)).body.code).toBe('ILLEGAL_TRANSITION');
    const coord93 = await api.as('coord.93@demo.mnio.test');
    const demo = (await coord93.get('/api/survey-questionnaires').expect(200)).body.find((q: { year: number }) => q.year === YEAR);
    const q = (await coord93.get(`/api/survey-questionnaires/${demo.id}`).expect(200)).body;
    expect((await coord93.post(`/api/survey-questionnaires/${demo.id}/submit`).send({ version: q.version }).expect(409)).body.code).toBe('SURVEY_CAMPAIGN_CLOSED');
  });

  it('leaks nothing: no blind-index digest or person key, no case id, reference or name in any answer, file or event', async () => {
    expect(secrets.length).toBeGreaterThan(12);
    const all = answers.join('\n');
    for (const s of secrets) expect(all).not.toContain(s);
    expect(all).not.toMatch(DIGEST);
    const { rows } = await db.query(`SELECT payload::text AS p FROM outbox_messages WHERE type = 'SurveyQuestionnaireOpened'`);
    for (const r of rows) expect(r.p).not.toMatch(DIGEST);
    const audit = await db.query(`SELECT details::text AS d FROM audit_entries WHERE action LIKE 'survey.%'`);
    for (const r of audit.rows) expect(r.d).not.toMatch(DIGEST);
    expect(worker).toBeDefined();
  });
});
