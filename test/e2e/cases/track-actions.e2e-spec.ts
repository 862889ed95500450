import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';

const ASSO93 = 'asso.93@demo.mnio.test';
const PREFECTURE93 = 'prefecture.93@demo.mnio.test';
const POLICE93 = 'police.93@demo.mnio.test';

/** `trackActions` on GET /api/cases/:id: what each actor may record now, and the API agreeing with it. */
describe('case view: the track actions this actor may take', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  const view = async (email: string, id: string) => (await (await api.as(email)).get(`/api/cases/${id}`).expect(200)).body;

  it('offers the préfecture referent residence events (not criminal ones), the police formal identification once presumed, and follows each step', async () => {
    const worker = await api.as(ASSO93);
    const c = (await worker.post('/api/cases').send(caseBody()).expect(201)).body as { id: string };
    expect((await view(ASSO93, c.id)).trackActions).toEqual({
      identification: ['presumed_victim', 'not_retained', 'lost_contact'], indicators: true,
      residence: ['rights_information', 'complaint_or_testimony', 'removal_order'], childProtection: [], criminal: ['complaint_filed', 'hearing', 'proceedings_opened'],
      case: ['follow_up', 'close', 'close_referred'],
    });

    await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
    const prefecture = await view(PREFECTURE93, c.id);
    expect(prefecture.trackActions).toEqual({
      identification: [], indicators: false, residence: ['rights_information', 'complaint_or_testimony', 'removal_order'], childProtection: [], criminal: [], case: [],
    });
    // What is not offered is refused.
    const criminal = await (await api.as(PREFECTURE93)).post(`/api/cases/${c.id}/criminal-events`).send({ event: 'complaint_filed' }).expect(403);
    // A préfecture records no criminal event on any case: refused at the door.
    expect(criminal.body.code).toBe('FORBIDDEN');
    await (await api.as(PREFECTURE93)).post(`/api/cases/${c.id}/residence-events`)
      .send({ event: 'rights_information', service: 'prefecture', language: 'en', interpreter: true, version: prefecture.version }).expect(201);
    expect((await view(PREFECTURE93, c.id)).trackActions.residence).toEqual(['reflection_period_started', 'complaint_or_testimony', 'removal_order']);

    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: true, method: 'oral' }).expect(201);
    await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.police93 }).expect(201);
    expect((await view(POLICE93, c.id)).trackActions).toMatchObject({ identification: [], criminal: ['complaint_filed', 'hearing', 'proceedings_opened'], residence: [], case: [] });
    await worker.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    expect((await view(POLICE93, c.id)).trackActions.identification).toEqual(['formally_identified']);
    expect((await view(ASSO93, c.id)).trackActions.identification).toEqual(['not_retained', 'lost_contact']);

    await worker.post(`/api/cases/${c.id}/close`).send({ reason: 'support_completed' }).expect(200);
    expect((await view(ASSO93, c.id)).trackActions.case).toEqual(['reopen']);
  });

  it('refuses coded facts outside their list and facts an event does not take, naming the field', async () => {
    const worker = await api.as(ASSO93);
    const c = (await worker.post('/api/cases').send(caseBody()).expect(201)).body as { id: string };
    const freeText = await worker.post(`/api/cases/${c.id}/residence-events`).send({ event: 'rights_information', service: 'Commissariat central', language: 'en', interpreter: true }).expect(422);
    expect(freeText.body).toMatchObject({ code: 'EVENT_FIELD_INVALID', details: { field: 'service' } });
    const extra = await worker.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'complaint_filed', reasonCode: 'other' }).expect(422);
    expect(extra.body).toMatchObject({ code: 'EVENT_FIELD_NOT_ALLOWED', details: { field: 'reasonCode' } });
    const reason = await worker.post(`/api/cases/${c.id}/close`).send({ reason: 'bored' }).expect(422);
    expect(reason.body).toMatchObject({ code: 'CLOSURE_REASON_INVALID', details: { field: 'reason' } });
    expect((await view(ASSO93, c.id)).version).toBe(1);
  });

  it('tells the timeline in codes with the facts that are not personal: consents by purpose, indicators by dimension', async () => {
    const worker = await api.as(ASSO93);
    const c = (await worker.post('/api/cases').send(caseBody()).expect(201)).body as { id: string };
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
    await worker.post(`/api/cases/${c.id}/indicators`).send({ framework: 'unodc', dimension: 'control', indicator: 'threats', strength: 'strong', observedAt: '2026-11-30', note: 'Confidential' }).expect(201);
    const history = (await worker.get(`/api/cases/${c.id}/history`).expect(200)).body as { type: string; data: Record<string, unknown> }[];
    expect(history.map((e) => [e.type, e.data])).toEqual([
      ['case_created', { minor: false }],
      ['consent_granted', { purpose: 'share_with_cell', method: 'oral', targetOrganisationId: null }],
      ['indicator_added', { dimension: 'control', strength: 'strong' }],
    ]);
  });
});
