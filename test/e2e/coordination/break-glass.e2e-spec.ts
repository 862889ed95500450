import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { Agent, auditOf, cellOf, inDays, outboxOf, userOf } from './coordination-helpers';

const justification = 'Appel du commissariat : danger imminent signalé cette nuit';

describe('break-the-glass', () => {
  let api: TestApi;
  let worker: Agent;
  let referent: { userId: string; agent: Agent };

  beforeAll(async () => {
    api = await startApi();
    worker = await api.as('asso.93@demo.mnio.test');
    // A referent of our own, so that the report's counts are this file's.
    referent = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
  });
  afterAll(() => api.close());

  const expireGrant = async (breakGlassId: string) => {
    const db = await rawDb();
    try {
      await db.query(`UPDATE case_access SET expires_at = now() - interval '1 second' WHERE reason = 'break_glass' AND source_id = $1`, [breakGlassId]);
    } finally {
      await db.end();
    }
  };

  it('opens a case at once for a named role with a reason, audited and announced, and lapses by itself', async () => {
    const { body: c } = await worker.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
    await referent.agent.get(`/api/cases/${c.id}`).expect(404);

    const missing = await referent.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'imminent_danger' }).expect(400);
    expect(missing.body.details.fields.map((f: { field: string }) => f.field)).toContain('justification');
    await referent.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'curiosity', justification }).expect(400);

    const { body: used } = await referent.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'imminent_danger', justification }).expect(201);
    expect(used).toMatchObject({ caseId: c.id, reference: c.reference, organisationId: DEMO_ORGS.parquet93 });
    const minutes = (Date.parse(used.expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(175);
    expect(minutes).toBeLessThanOrEqual(180);

    // At once: the view and the identity (every identity read audited by cases).
    await referent.agent.get(`/api/cases/${c.id}`).expect(200);
    await referent.agent.get(`/api/cases/${c.id}/identity?reason=emergency`).expect(200);
    expect((await referent.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'imminent_danger', justification }).expect(409)).body.code).toBe('BREAK_GLASS_NOT_NEEDED');

    const audit = await auditOf(c.id);
    expect(audit.find((a) => a.action === 'case.break_glass')).toMatchObject({
      reason: 'imminent_danger', actor_user_id: referent.userId, actor_organisation_id: DEMO_ORGS.parquet93, details: expect.objectContaining({ breakGlassId: used.id }),
    });
    expect(audit.filter((a) => a.action === 'case.identity_read' && a.actor_user_id === referent.userId)).toHaveLength(1);
    const event = (await outboxOf(c.id)).find((e) => e.type === 'BreakGlassUsed');
    expect(event?.payload).toEqual({
      breakGlassId: used.id, caseId: c.id, reference: c.reference, territory: '93', organisationId: DEMO_ORGS.parquet93, ownerOrganisationId: DEMO_ORGS.asso93,
      reasonCode: 'imminent_danger', expiresAt: used.expiresAt,
    });
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT justification_enc FROM break_glass_uses WHERE id = $1`, [used.id]);
      expect(rows[0].justification_enc).not.toContain('danger');
      expect(JSON.stringify((await db.query(`SELECT details FROM audit_entries WHERE subject_id = $1`, [c.id])).rows)).not.toContain('danger imminent');
    } finally {
      await db.end();
    }

    // Lapsed: as if it had never been, with no job to run.
    await expireGrant(used.id);
    await referent.agent.get(`/api/cases/${c.id}`).expect(404);
    await referent.agent.get(`/api/cases/${c.id}/identity`).expect(404);
    await referent.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'judicial_emergency', justification }).expect(201);
  });

  it('is refused to other roles, to other territories, and to a case one already sees', async () => {
    const { body: c } = await worker.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
    const body = { reasonCode: 'imminent_danger', justification };
    await (await api.as('asso.75@demo.mnio.test')).post(`/api/cases/${c.id}/break-glass`).send(body).expect(403);
    await (await api.as('admin@demo.mnio.test')).post(`/api/cases/${c.id}/break-glass`).send(body).expect(403);
    await (await api.as('national@demo.mnio.test')).post(`/api/cases/${c.id}/break-glass`).send(body).expect(403);
    await (await userOf(api, DEMO_ORGS.cell93, 'cell_member')).agent.post(`/api/cases/${c.id}/break-glass`).send(body).expect(403);
    const parquet75 = await createOrgUser(api, { kind: 'parquet', territories: ['75'] }, 'teh_referent');
    const outside = await (await signIn(api, parquet75.email)).post(`/api/cases/${c.id}/break-glass`).send(body).expect(404);
    expect(outside.body.code).toBe('NOT_FOUND');
    await (await cellOf(api, '75')).coordinator.post(`/api/cases/${c.id}/break-glass`).send(body).expect(404);
    await referent.agent.post('/api/cases/00000000-0000-4000-8000-000000000000/break-glass').send(body).expect(404);
    expect((await (await api.as('coord.93@demo.mnio.test')).post(`/api/cases/${c.id}/break-glass`).send(body).expect(403)).body.code).toBe('FORBIDDEN');
    // The owner's own cell coordinator sees the pseudonymised view through it, never the identity.
    const cell = await api.as('clav.93@demo.mnio.test');
    await cell.post(`/api/cases/${c.id}/break-glass`).send(body).expect(201);
    await cell.get(`/api/cases/${c.id}`).expect(200);
    expect((await cell.get(`/api/cases/${c.id}/identity`).expect(403)).body.code).toBe('IDENTITY_NOT_SHARED');
  });

  it('reports uses by user and organisation to platform admins and the national coordinator, without case content', async () => {
    const admin = await api.as('admin@demo.mnio.test');
    const report = await admin.get(`/api/break-glass-report?from=${inDays(-1)}&to=${inDays(1)}`).expect(200);
    const mine = report.body.byUser.find((u: { userId: string }) => u.userId === referent.userId);
    expect(mine).toMatchObject({ organisationId: DEMO_ORGS.parquet93, uses: 2, displayName: 'Test teh_referent' });
    const parquet = report.body.byOrganisation.find((o: { organisationId: string }) => o.organisationId === DEMO_ORGS.parquet93);
    expect(parquet).toMatchObject({ name: 'Parquet de Bobigny', kind: 'parquet' });
    expect(parquet.byReason).toMatchObject({ imminent_danger: expect.any(Number), judicial_emergency: expect.any(Number) });
    expect(JSON.stringify(report.body)).not.toMatch(/caseId|reference|93-20\d\d-|justification|danger imminent/);
    await (await api.as('national@demo.mnio.test')).get('/api/break-glass-report').expect(200);
    await referent.agent.get('/api/break-glass-report').expect(403);
    await (await api.as('clav.93@demo.mnio.test')).get('/api/break-glass-report').expect(403);
    expect((await admin.get('/api/break-glass-report?from=2026-12-01&to=2026-11-01').expect(422)).body.code).toBe('REPORT_PERIOD_INVALID');
  });
});
