import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { createOrgUser, signIn } from '../../support/actors';
import { caseBody } from '../../support/cases';

const ASSO93 = 'asso.93@demo.mnio.test';
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describe('case tracks', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  async function newCase(overrides = {}) {
    const res = await (await api.as(ASSO93)).post('/api/cases').send(caseBody(overrides)).expect(201);
    return res.body as { id: string; reference: string; version: number };
  }

  describe('identification', () => {
    it('moves spotted → presumed victim by the owner, then formally identified only by the police after a referral', async () => {
      const c = await newCase();
      const worker = await api.as(ASSO93);
      const presumed = await worker.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim', note: 'Strong indicators' }).expect(200);
      expect(presumed.body).toEqual({ id: c.id, version: 2, identification: 'presumed_victim' });
      const denied = await worker.post(`/api/cases/${c.id}/identification`).send({ to: 'formally_identified' }).expect(403);
      expect(denied.body.code).toBe('TRANSITION_NOT_ALLOWED_FOR_ROLE');
      const police = await api.as('police.93@demo.mnio.test');
      await police.post(`/api/cases/${c.id}/identification`).send({ to: 'formally_identified' }).expect(404);
      const noConsent = await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.police93 }).expect(422);
      expect(noConsent.body.code).toBe('POLICE_CONTACT_CONSENT_REQUIRED');
      await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: true, method: 'oral' }).expect(201);
      await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.police93 }).expect(201);
      const formal = await police.post(`/api/cases/${c.id}/identification`).send({ to: 'formally_identified' }).expect(200);
      expect(formal.body.identification).toBe('formally_identified');
      const view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.identifiedByOrganisationId).toBe(DEMO_ORGS.police93);
      const illegal = await worker.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(409);
      expect(illegal.body.code).toBe('ILLEGAL_TRANSITION');
    });

    it('keeps indicators as decision support: they never change a status', async () => {
      const c = await newCase();
      const worker = await api.as(ASSO93);
      for (const strength of ['strong', 'strong', 'medium']) {
        await worker.post(`/api/cases/${c.id}/indicators`).send({ framework: 'unodc', dimension: 'control', indicator: 'documents_confiscated', strength, observedAt: '2026-10-30' }).expect(201);
      }
      await worker.post(`/api/cases/${c.id}/indicators`).send({ framework: 'unodc', dimension: 'deception', indicator: 'false_job_offer', strength: 'weak', observedAt: '2026-10-30' }).expect(201);
      const view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.indicatorSummary).toEqual({ control: { strong: 2, medium: 1, weak: 0 }, deception: { strong: 0, medium: 0, weak: 1 } });
      expect(view.body.statuses.identification).toBe('spotted');
      expect(view.body.version).toBe(5);
    });
  });

  describe('residence (foreign adults)', () => {
    it('runs rights information → reflection period with its deadline → complaint → permit with its renewal deadline', async () => {
      const c = await newCase();
      const worker = await api.as(ASSO93);
      await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
      const prefecture = await api.as('prefecture.93@demo.mnio.test');
      const early = await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'reflection_period_started' }).expect(409);
      expect(early.body.code).toBe('ILLEGAL_TRANSITION');
      const missing = await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'rights_information', service: 'prefecture' }).expect(422);
      expect(missing.body).toMatchObject({ code: 'EVENT_FIELD_REQUIRED', details: { field: 'language' } });
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'rights_information', service: 'prefecture', language: 'en', interpreter: true }).expect(201);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
      const started = await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'reflection_period_started', occurredOn: today }).expect(201);
      expect(started.body).toMatchObject({ track: 'residence', status: 'reflection_period', deadlineIds: [expect.any(String)] });
      let view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'reflection_period_end', dueOn: addDays(today, 30), alertOn: addDays(today, 23), responsibleOrganisationId: DEMO_ORGS.prefecture93 })]);
      const listed = await worker.get(`/api/deadlines?dueBefore=${addDays(today, 31)}&kind=reflection_period_end`).expect(200);
      expect(listed.body.items.map((d: { caseId: string }) => d.caseId)).toContain(c.id);
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'receipt_issued' }).expect(201);
      await worker.post(`/api/cases/${c.id}/residence-events`).send({ event: 'complaint_or_testimony' }).expect(201);
      view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.deadlines).toEqual([]);
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'permit_issued', occurredOn: '2026-02-10' }).expect(201);
      view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'permit_expiry', dueOn: '2027-02-10', alertOn: '2026-12-12' })]);
      const card = await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'ten_year_card_issued' }).expect(422);
      expect(card.body.code).toBe('CONVICTION_REQUIRED');
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'removal_order' }).expect(201);
      view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.removalOrderAlert).toBe(true);
      expect(view.body.statuses.residence).toBe('permit_issued');
    });

    it('does not apply to EU nationals or to minors', async () => {
      const eu = await newCase({ identity: { nationality: 'RO' } });
      const res = await (await api.as(ASSO93)).post(`/api/cases/${eu.id}/residence-events`).send({ event: 'rights_information', service: 's', language: 'ro', interpreter: false }).expect(422);
      expect(res.body.code).toBe('RESIDENCE_TRACK_NOT_APPLICABLE');
    });
  });

  describe('criminal', () => {
    it('records a complaint, proceedings and a conviction, which then opens the 10-year card', async () => {
      const c = await newCase();
      const worker = await api.as(ASSO93);
      await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.parquet93 }).expect(201);
      await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
      await worker.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'complaint_filed' }).expect(201);
      const parquet = await api.as('parquet.93@demo.mnio.test');
      await parquet.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'conviction' }).expect(409);
      await parquet.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'proceedings_opened' }).expect(201);
      await parquet.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'hearing', hearingType: 'police' }).expect(201);
      const conviction = await parquet.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'conviction', occurredOn: '2026-09-01' }).expect(201);
      expect(conviction.body.status).toBe('convicted');
      const prefecture = await api.as('prefecture.93@demo.mnio.test');
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'complaint_or_testimony' }).expect(201);
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'permit_issued' }).expect(201);
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'ten_year_card_issued' }).expect(201);
      await prefecture.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'hearing' }).expect(403);
      const unknown = await parquet.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'acquittal_party' }).expect(422);
      expect(unknown.body.code).toBe('UNKNOWN_MOVE');
    });
  });

  describe('case status', () => {
    it('closes with a reason, refuses a second close, reopens, and shows it all in the history', async () => {
      const c = await newCase();
      const worker = await api.as(ASSO93);
      const noReason = await worker.post(`/api/cases/${c.id}/close`).send({}).expect(400);
      expect(noReason.body.code).toBe('VALIDATION_FAILED');
      await worker.post(`/api/cases/${c.id}/close`).send({ reason: 'support_completed' }).expect(200);
      const again = await worker.post(`/api/cases/${c.id}/close`).send({ reason: 'support_completed' }).expect(409);
      expect(again.body.code).toBe('ILLEGAL_TRANSITION');
      await worker.post(`/api/cases/${c.id}/reopen`).send({}).expect(200);
      await worker.post(`/api/cases/${c.id}/status`).send({ event: 'follow_up' }).expect(200);
      const history = await worker.get(`/api/cases/${c.id}/history`).expect(200);
      expect(history.body.map((e: { type: string }) => e.type)).toEqual(['case_created', 'close', 'reopen', 'follow_up']);
      const view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.statuses.case).toBe('follow_up');
      // A préfecture never closes a case: refused at the door (403), whatever the case, so the answer says nothing of it.
      const prefecture = await api.as('prefecture.93@demo.mnio.test');
      const refused = await prefecture.post(`/api/cases/${c.id}/close`).send({ reason: 'other' }).expect(403);
      const random = await prefecture.post('/api/cases/00000000-0000-4000-8000-000000000000/close').send({ reason: 'other' }).expect(403);
      expect({ ...refused.body, correlationId: 0 }).toEqual({ ...random.body, correlationId: 0 });
      // An association that may close cases, but not this one, gets the 404 of a missing case.
      await (await api.as('asso.75@demo.mnio.test')).post(`/api/cases/${c.id}/close`).send({ reason: 'other' }).expect(404);
    });

    it('shows notes in the history only to those who may read identity', async () => {
      const c = await newCase();
      const worker = await api.as(ASSO93);
      await worker.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim', note: 'Told us about the house in Saint-Denis' }).expect(200);
      await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
      const own = await worker.get(`/api/cases/${c.id}/history`).expect(200);
      expect(own.body.find((e: { type: string }) => e.type === 'presumed_victim').note).toBe('Told us about the house in Saint-Denis');
      const theirs = await (await api.as('prefecture.93@demo.mnio.test')).get(`/api/cases/${c.id}/history`).expect(200);
      expect(JSON.stringify(theirs.body)).not.toContain('Saint-Denis');
    });
  });
});

describe('deadline rules per territory', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('lets a cell coordinator override a rule for its territory only, and new deadlines follow it', async () => {
    // A territory of its own (2B), so that other files' deadlines keep the national rules.
    const cell = await createOrgUser(api, { kind: 'clav_cell', territories: ['2B'] }, 'cell_coordinator');
    const asso = await createOrgUser(api, { kind: 'association', territories: ['2B'] }, 'case_worker');
    const parquet = await createOrgUser(api, { kind: 'parquet', territories: ['2B'] }, 'teh_referent');
    const coordinator = await signIn(api, cell.email);
    await coordinator.put('/api/deadline-rules/93/judge_seizure').send({ amount: 3, unit: 'days', alertBeforeDays: 1 }).expect(403);
    await (await signIn(api, asso.email)).put('/api/deadline-rules/2B/judge_seizure').send({ amount: 3, unit: 'days', alertBeforeDays: 1 }).expect(403);
    const set = await coordinator.put('/api/deadline-rules/2B/judge_seizure').send({ amount: 6, unit: 'days', alertBeforeDays: 1 }).expect(200);
    expect(set.body).toMatchObject({ territory: '2B', kind: 'judge_seizure', amount: 6, overridden: true });
    const rules = await coordinator.get('/api/deadline-rules?territory=2B').expect(200);
    expect(rules.body.find((r: { kind: string }) => r.kind === 'judge_seizure')).toMatchObject({ amount: 6, overridden: true });
    expect(rules.body.find((r: { kind: string }) => r.kind === 'reflection_period_end')).toMatchObject({ amount: 30, overridden: false });
    const { body: c } = await (await signIn(api, asso.email)).post('/api/cases').send(caseBody({ territory: '2B', identity: { birthDate: '2012-01-01' } })).expect(201);
    await (await signIn(api, parquet.email)).post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'emergency_placement_order', occurredOn: '2026-05-02' }).expect(201);
    const view = await coordinator.get(`/api/cases/${c.id}`).expect(200);
    expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'judge_seizure', dueOn: '2026-05-08' })]);
    const reset = await coordinator.put('/api/deadline-rules/2B/judge_seizure').send({ reset: true }).expect(200);
    expect(reset.body).toMatchObject({ amount: 8, overridden: false });
  });
});
