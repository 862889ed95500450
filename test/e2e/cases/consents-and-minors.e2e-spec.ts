import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';

const ASSO93 = 'asso.93@demo.mnio.test';

describe('consents and minors', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('shares with the CLAV cell on consent, opens the cell review, and withdrawal cuts access on the next request', async () => {
    const worker = await api.as(ASSO93);
    const cell = await api.as('clav.93@demo.mnio.test');
    const { body: c } = await worker.post('/api/cases').send(caseBody()).expect(201);
    await cell.get(`/api/cases/${c.id}`).expect(404);
    await worker.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
    const seen = await cell.get(`/api/cases/${c.id}`).expect(200);
    expect(seen.body.deadlines).toEqual([expect.objectContaining({ kind: 'cell_review', responsibleOrganisationId: DEMO_ORGS.cell93 })]);
    expect(seen.body.consents).toEqual([expect.objectContaining({ purpose: 'share_with_cell', granted: true, method: 'oral' })]);
    const list = await cell.get('/api/cases?identificationStatus=presumed_victim').expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
    await cell.get(`/api/cases/${c.id}/identity`).expect(403);
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: false, method: 'written' }).expect(201);
    await cell.get(`/api/cases/${c.id}`).expect(404);
    const after = await cell.get('/api/cases?identificationStatus=presumed_victim').expect(200);
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    const own = await worker.get(`/api/cases/${c.id}`).expect(200);
    expect(own.body.deadlines).toEqual([]);
  });

  it('withdrawing police contact consent ends the police referral at once', async () => {
    const worker = await api.as(ASSO93);
    const police = await api.as('police.93@demo.mnio.test');
    const { body: c } = await worker.post('/api/cases').send(caseBody()).expect(201);
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: true, method: 'interpreter' }).expect(201);
    await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.police93 }).expect(201);
    await police.get(`/api/cases/${c.id}`).expect(200);
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: false, method: 'oral' }).expect(201);
    await police.get(`/api/cases/${c.id}`).expect(404);
  });

  it('requires a target for an orientation consent, and only for it', async () => {
    const worker = await api.as(ASSO93);
    const { body: c } = await worker.post('/api/cases').send(caseBody()).expect(201);
    const res = await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'orientation', granted: true, method: 'oral' }).expect(422);
    expect(res.body.code).toBe('CONSENT_TARGET_REQUIRED');
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'statistics', granted: true, method: 'oral', targetOrganisationId: DEMO_ORGS.acse }).expect(422);
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'orientation', granted: true, method: 'written', targetOrganisationId: DEMO_ORGS.acse }).expect(201);
  });

  describe("a minor's case", () => {
    it('is shared without consent with the ASE, the parquet (identity) and the cell (view), and they are told', async () => {
      const worker = await api.as(ASSO93);
      const { body: c } = await worker.post('/api/cases').send(caseBody({ identity: { birthDate: '2011-03-02' } })).expect(201);
      expect(c.minor).toBe(true);
      const ase = await api.as('ase.93@demo.mnio.test');
      const parquet = await api.as('parquet.93@demo.mnio.test');
      const cell = await api.as('clav.93@demo.mnio.test');
      const view = await ase.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body).toMatchObject({ minor: true, ageBand: '15-17', identityAccess: true });
      await ase.get(`/api/cases/${c.id}/identity`).expect(200);
      await parquet.get(`/api/cases/${c.id}/identity`).expect(200);
      await cell.get(`/api/cases/${c.id}`).expect(200);
      await cell.get(`/api/cases/${c.id}/identity`).expect(403);
      await (await api.as('prefecture.93@demo.mnio.test')).get(`/api/cases/${c.id}`).expect(404);
      const db = await rawDb();
      try {
        const { rows } = await db.query(`SELECT type, payload FROM outbox_messages WHERE aggregate_id = $1 ORDER BY id`, [c.id]);
        expect(rows.map((r) => r.type)).toEqual(['CaseCreated', 'CaseShared', 'CaseShared', 'CaseShared', 'MinorCaseCreated']);
        expect(rows.filter((r) => r.type === 'CaseShared').map((r) => r.payload.organisationId).sort()).toEqual([DEMO_ORGS.ase93, DEMO_ORGS.cell93, DEMO_ORGS.parquet93].sort());
        expect(JSON.stringify(rows)).not.toMatch(/Zyqoraleth|Vexmirande|Quillon/);
      } finally {
        await db.end();
      }
    });

    it('treats an uncertain age as a minor, and consent never blocks protection', async () => {
      const worker = await api.as(ASSO93);
      const { body: c } = await worker.post('/api/cases').send(caseBody({ identity: { birthDate: undefined, estimatedAge: 19, ageUncertain: true } })).expect(201);
      expect(c.minor).toBe(true);
      await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: false, method: 'oral' }).expect(201);
      await (await api.as('clav.93@demo.mnio.test')).get(`/api/cases/${c.id}`).expect(200);
    });

    it('runs the child-protection track with its 5-day and 8-day deadlines', async () => {
      const worker = await api.as(ASSO93);
      const { body: c } = await worker.post('/api/cases').send(caseBody({ identity: { birthDate: '2012-01-01' } })).expect(201);
      const ase = await api.as('ase.93@demo.mnio.test');
      const parquet = await api.as('parquet.93@demo.mnio.test');
      const reception = await ase.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'ase_provisional_reception', occurredOn: '2026-05-01' }).expect(201);
      expect(reception.body.status).toBe('ase_reception');
      let view = await ase.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'parquet_referral', dueOn: '2026-05-06', responsibleOrganisationId: DEMO_ORGS.ase93, overdue: true })]);
      await ase.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'parquet_informed' }).expect(201);
      await parquet.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'emergency_placement_order', occurredOn: '2026-05-02', legalBasis: 'opp' }).expect(201);
      view = await ase.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'judge_seizure', dueOn: '2026-05-10', responsibleOrganisationId: DEMO_ORGS.parquet93 })]);
      await parquet.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'judge_seized' }).expect(201);
      await ase.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'placement' }).expect(201);
      await ase.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'guardian_appointed' }).expect(201);
      view = await ase.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.statuses.childProtection).toBe('placed');
      expect(view.body.deadlines).toEqual([]);
      const adult = await worker.post('/api/cases').send(caseBody()).expect(201);
      const res = await worker.post(`/api/cases/${adult.body.id}/child-protection-events`).send({ event: 'ase_provisional_reception' }).expect(422);
      expect(res.body.code).toBe('CHILD_PROTECTION_NOT_APPLICABLE');
    });
  });
});
