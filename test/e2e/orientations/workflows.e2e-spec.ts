import { QueryBus } from '@nestjs/cqrs';
import { CaseOrientationsSummaryQuery, PendingOrientationsCountQuery } from '@mnio/orientations';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { ASSO93, bornYearsAgo, Client, consentTo, newCase, step, steps } from './support';

describe('orientation workflows of the other targets', () => {
  let api: TestApi;
  let worker: Client;
  beforeAll(async () => {
    api = await startApi();
    worker = await api.as(ASSO93);
  });
  afterAll(() => api.close());

  async function orgUser(kind: string, territories: string[], role: string, attributes: Record<string, unknown> = {}) {
    const u = await createOrgUser(api, { kind, territories, national: territories.length === 0, attributes }, role);
    return { id: u.organisationId, client: await signIn(api, u.email) };
  }

  async function ask(as: Client, caseId: string, body: Record<string, unknown>) {
    const res = await as.post(`/api/cases/${caseId}/orientations`).send({ reason: 'other', ...body });
    if (res.status !== 201) throw new Error(`request failed: ${res.status} ${res.body.code}`);
    return res.body as { id: string; state: string };
  }

  const occupancy = async (client: Client, hostId: string, kind: string) =>
    (await client.get(`/api/hosts/${hostId}/occupancy`).expect(200)).body.places.find((p: { placeKind: string }) => p.placeKind === kind);

  it('DNA places: the dedicated host accepts (reserves), admits (occupies), ends (releases)', async () => {
    const dna = await orgUser('host', ['33'], 'host_operator', { dnaDedicated: true });
    await dna.client.put(`/api/hosts/${dna.id}/capacity`).send({ women: 2, family: 1 }).expect(200);
    const c = await newCase(worker);
    await consentTo(worker, c.id, dna.id);
    const o = await ask(worker, c.id, { targetKind: 'dna', targetOrganisationId: dna.id, asylumStatus: 'refugee', placeKind: 'family', reason: 'asylum_accommodation' });
    expect(await steps(dna.client, o.id, { action: 'accept' })).toMatchObject({ state: 'accepted', placeKind: 'family', placeStatus: 'reserved', parties: ['target', 'host'] });
    expect(await occupancy(dna.client, dna.id, 'family')).toMatchObject({ reserved: 1, free: 0 });
    await steps(dna.client, o.id, { action: 'admit' });
    expect(await occupancy(dna.client, dna.id, 'family')).toMatchObject({ reserved: 0, occupied: 1, free: 0 });
    const lower = await dna.client.put(`/api/hosts/${dna.id}/capacity`).send({ women: 2, family: 0 }).expect(409);
    expect(lower.body.code).toBe('CAPACITY_BELOW_USAGE');
    expect(await steps(dna.client, o.id, { action: 'end', reasonCode: 'end_of_stay' })).toMatchObject({ state: 'ended', placeStatus: 'none' });
    expect(await occupancy(dna.client, dna.id, 'family')).toMatchObject({ occupied: 0, free: 1 });
    const capacity = await dna.client.get(`/api/hosts/${dna.id}/capacity`).expect(200);
    expect(capacity.body.places).toEqual(expect.arrayContaining([{ placeKind: 'women', capacity: 2 }, { placeKind: 'family', capacity: 1 }]));
  });

  it('minors\u2019 centre: assessment, acceptance, stay at the centre, relay to a network host, exit; no consent needed', async () => {
    const centre = await orgUser('minors_centre', [], 'host_operator');
    const relay = await orgUser('host', ['33'], 'host_operator', { minorsNetwork: true });
    await centre.client.put(`/api/hosts/${centre.id}/capacity`).send({ minors: 1 }).expect(200);
    await relay.client.put(`/api/hosts/${relay.id}/capacity`).send({ minors: 1 }).expect(200);
    const c = await newCase(worker, { identity: { birthDate: bornYearsAgo(15) } });
    const o = await ask(worker, c.id, { targetKind: 'minors_centre', targetOrganisationId: centre.id, legalBasis: 'judgment', reason: 'child_protection' });
    // A minor: the target reads the identity without any consent.
    await centre.client.get(`/api/cases/${c.id}/identity`).expect(200);
    await steps(centre.client, o.id, { action: 'start_assessment' }, { action: 'accept' });
    expect(await occupancy(centre.client, centre.id, 'minors')).toMatchObject({ reserved: 1, free: 0 });
    const stay = await steps(centre.client, o.id, { action: 'admit' });
    expect(stay).toMatchObject({ state: 'stay', hostOrganisationId: centre.id, placeStatus: 'occupied' });
    const notNetwork = await step(centre.client, o.id, { action: 'relay', hostId: DEMO_ORGS.host13 }).expect(422);
    expect(notNetwork.body.code).toBe('HOST_NOT_IN_NETWORK');
    const relayed = await steps(centre.client, o.id, { action: 'relay', hostId: relay.id });
    expect(relayed).toMatchObject({ state: 'relay', hostOrganisationId: relay.id, placeStatus: 'occupied' });
    expect(await occupancy(centre.client, centre.id, 'minors')).toMatchObject({ occupied: 0, free: 1 });
    expect(await occupancy(centre.client, relay.id, 'minors')).toMatchObject({ occupied: 1, free: 0 });
    await relay.client.get(`/api/cases/${c.id}/identity`).expect(200);
    // The relay network is the centre's, not Ac.Sé's.
    await (await api.as('acse@demo.mnio.test')).get(`/api/hosts/${relay.id}/occupancy`).expect(404);
    expect(await steps(relay.client, o.id, { action: 'end', reasonCode: 'came_of_age' })).toMatchObject({ state: 'ended', placeStatus: 'none' });
    expect(await occupancy(relay.client, relay.id, 'minors')).toMatchObject({ occupied: 0, free: 1 });
  });

  it('UAPED: asked on the parquet\u2019s decision, hearing scheduled then held', async () => {
    const uaped = await orgUser('uaped', ['93'], 'case_worker');
    const c = await newCase(worker, { identity: { birthDate: bornYearsAgo(9) } });
    const o = await ask(worker, c.id, { targetKind: 'uaped', targetOrganisationId: uaped.id, parquetOrganisationId: DEMO_ORGS.parquet93, reason: 'hearing' });
    await steps(uaped.client, o.id, { action: 'schedule_hearing' }, { action: 'schedule_hearing', note: 'Moved to Thursday' });
    expect(await steps(uaped.client, o.id, { action: 'hold_hearing' })).toMatchObject({ state: 'hearing_held', open: false });
  });

  it('CRP: waiting list, care, end', async () => {
    const crp = await orgUser('crp', ['93'], 'coordinator');
    const c = await newCase(worker);
    await consentTo(worker, c.id, crp.id);
    const o = await ask(worker, c.id, { targetKind: 'crp', targetOrganisationId: crp.id, reason: 'psychotrauma_care' });
    await steps(crp.client, o.id, { action: 'add_to_waiting_list' }, { action: 'start_care' });
    expect(await steps(crp.client, o.id, { action: 'end', reasonCode: 'care_completed' })).toMatchObject({ state: 'ended', outcomeCode: 'care_completed' });
  });

  it('PSP: commission opinion, préfet decision, 6-month renewals up to 24 months, end reported by the association', async () => {
    const prefecture = await api.as('prefecture.93@demo.mnio.test');
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.prefecture93);
    const o = await ask(worker, c.id, { targetKind: 'psp', targetOrganisationId: DEMO_ORGS.prefecture93, reason: 'prostitution_exit' });
    const noOpinion = await step(prefecture, o.id, { action: 'commission_opinion' }).expect(422);
    expect(noOpinion.body.code).toBe('REASON_CODE_REQUIRED');
    const decided = await steps(prefecture, o.id, { action: 'commission_opinion', reasonCode: 'favourable' }, { action: 'prefect_decision' });
    expect(decided).toMatchObject({ state: 'authorised', authorisations: 1, authorisedUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    const renewed = await steps(prefecture, o.id, { action: 'renew' }, { action: 'renew' }, { action: 'renew' });
    expect(renewed).toMatchObject({ authorisations: 4 });
    const ceiling = await step(prefecture, o.id, { action: 'renew' }).expect(422);
    expect(ceiling.body.code).toBe('PSP_MAX_DURATION_REACHED');
    await step(prefecture, o.id, { action: 'end', reasonCode: 'completed' }).expect(403);
    expect(await steps(worker, o.id, { action: 'end', reasonCode: 'max_duration_reached' })).toMatchObject({ state: 'ended' });
  });

  it('préfecture and parquet referrals: acknowledged, then the referent records on the case\u2019s own tracks', async () => {
    const prefecture = await api.as('prefecture.93@demo.mnio.test');
    const parquet = await api.as('parquet.93@demo.mnio.test');
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.prefecture93);
    await consentTo(worker, c.id, DEMO_ORGS.parquet93);
    const residence = await ask(worker, c.id, { targetKind: 'prefecture', targetOrganisationId: DEMO_ORGS.prefecture93, reason: 'residence' });
    const criminal = await ask(worker, c.id, { targetKind: 'parquet', targetOrganisationId: DEMO_ORGS.parquet93, reason: 'criminal_referral' });
    await steps(prefecture, residence.id, { action: 'acknowledge' });
    await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'rights_information', service: 'prefecture', language: 'en', interpreter: true }).expect(201);
    expect(await steps(prefecture, residence.id, { action: 'complete' })).toMatchObject({ state: 'done' });
    await steps(parquet, criminal.id, { action: 'acknowledge' });
    await parquet.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'proceedings_opened' }).expect(201);
    expect(await steps(parquet, criminal.id, { action: 'open_proceedings' })).toMatchObject({ state: 'proceedings', open: false });
    const view = await worker.get(`/api/cases/${c.id}`).expect(200);
    expect(view.body.statuses).toMatchObject({ residence: 'rights_informed', criminal: 'proceedings' });
    const other = await ask(worker, (await newCase(worker)).id, { targetKind: 'parquet', targetOrganisationId: DEMO_ORGS.parquet93 }).catch((e: Error) => e.message);
    expect(other).toBe('request failed: 422 ELIGIBILITY_CONSENT_REQUIRED');
  });

  it('general channels: 115/SIAO done, ASE/CRIP for a minor; the summary and pending count other contexts use', async () => {
    // A territory of its own, so that the pending count is exact whatever other files do meanwhile.
    const asso = await orgUser('association', ['2A'], 'case_worker');
    const siao = await orgUser('association', ['2A'], 'case_worker');
    const ase = await orgUser('ase', ['2A'], 'case_worker');
    const shape = { territory: '2A', events: [{ type: 'exploitation', country: 'FR', territory: '2A' }] };
    const c = await newCase(asso.client, shape);
    await consentTo(asso.client, c.id, siao.id);
    const o = await ask(asso.client, c.id, { targetKind: 'general', channel: 'siao_115', targetOrganisationId: siao.id, reason: 'accommodation' });
    const minor = await newCase(asso.client, { ...shape, identity: { birthDate: bornYearsAgo(16) } });
    const crip = await ask(asso.client, minor.id, { targetKind: 'general', channel: 'ase_crip', targetOrganisationId: ase.id, reason: 'child_protection' });

    const queries = api.app.get(QueryBus);
    const none = { acse: 0, crp: 0, dna: 0, general: 0, minors_centre: 0, parquet: 0, prefecture: 0, psp: 0, uaped: 0 };
    expect(await queries.execute(new PendingOrientationsCountQuery('2A'))).toEqual({ ...none, general: 2 });
    expect(await steps(siao.client, o.id, { action: 'complete' })).toMatchObject({ state: 'done' });
    expect(await queries.execute(new PendingOrientationsCountQuery('2A'))).toEqual({ ...none, general: 1 });
    expect(await queries.execute(new CaseOrientationsSummaryQuery(c.id))).toEqual([{ orientationId: o.id, targetKind: 'general', state: 'done', targetOrganisationId: siao.id, updatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    expect(await queries.execute(new CaseOrientationsSummaryQuery(minor.id))).toEqual([{ orientationId: crip.id, targetKind: 'general', state: 'requested', targetOrganisationId: ase.id, updatedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
  });

  it('pages the work queue with a keyset cursor and filters it in SQL', async () => {
    const crp = await orgUser('crp', ['93'], 'coordinator');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await newCase(worker);
      await consentTo(worker, c.id, crp.id);
      ids.push((await ask(worker, c.id, { targetKind: 'crp', targetOrganisationId: crp.id })).id);
    }
    await steps(crp.client, ids[0], { action: 'add_to_waiting_list' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await crp.client.get(`/api/orientations?inbox=true&limit=2${cursor ? `&cursor=${cursor}` : ''}`).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const waiting = await crp.client.get('/api/orientations?inbox=true&state=waiting_list').expect(200);
    expect(waiting.body.items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    const none = await crp.client.get('/api/orientations?inbox=true&territory=75').expect(200);
    expect(none.body.items).toEqual([]);
    const asRequester = await worker.get('/api/orientations?targetKind=crp&limit=200').expect(200);
    expect(asRequester.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining(ids));
    const notInbox = await worker.get('/api/orientations?inbox=true&targetKind=crp').expect(200);
    expect(notInbox.body.items).toEqual([]);
    expect((await crp.client.get('/api/orientations?cursor=bm90LWEtY3Vyc29y').expect(400)).body.code).toBe('INVALID_CURSOR');
  });
});
