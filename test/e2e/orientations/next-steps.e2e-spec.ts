import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { ACSE, ASSO93, Client, consentTo, HOST13, newCase, steps } from './support';

type NextStep = { action: string; party: string; allowed: boolean; deniedCode: string | null; reasonCodes: string[]; reasonRequired: boolean; host: string | null };
const brief = (s: NextStep[]) => s.map((x) => `${x.action}/${x.party}:${x.allowed ? 'yes' : x.deniedCode}`);
const CANCEL_REASONS = ['no_longer_needed', 'person_declined', 'lost_contact', 'other'];

/** What each reader is offered next, from the same workflow, abilities and step rules the transition checks. */
describe('orientation next steps, per reader', () => {
  let api: TestApi;
  let worker: Client;
  let acse: Client;
  let host: Client;
  beforeAll(async () => {
    api = await startApi();
    worker = await api.as(ASSO93);
    acse = await api.as(ACSE);
    host = await api.as(HOST13);
    await host.put(`/api/hosts/${DEMO_ORGS.host13}/capacity`).send({ women: 3 }).expect(200);
  });
  afterAll(() => api.close());

  const read = async (as: Client, id: string): Promise<NextStep[]> => {
    const res = await as.get(`/api/orientations/${id}`).expect(200);
    expect(res.body.allowedActions).toEqual(res.body.nextSteps.filter((s: NextStep) => s.allowed).map((s: NextStep) => s.action));
    return res.body.nextSteps;
  };

  it('offers the owner association, Ac.Sé and the host their own steps, says whose the others are, and nothing once ended', async () => {
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const asked = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    const id: string = asked.body.id;
    expect(brief(asked.body.nextSteps)).toEqual(['start_assessment/target:ACTION_NOT_ALLOWED_FOR_PARTY', 'refuse/target:ACTION_NOT_ALLOWED_FOR_PARTY', 'cancel/requester:yes']);

    // The owner association: only its cancellation, with the optional reasons the step takes.
    const requester = await read(worker, id);
    expect(requester.find((s) => s.action === 'cancel')).toEqual({
      action: 'cancel', party: 'requester', allowed: true, deniedCode: null, reasonCodes: CANCEL_REASONS, reasonRequired: false, host: null, date: null,
    });
    // The same in the case's list of orientations.
    const list = await worker.get(`/api/cases/${c.id}/orientations`).expect(200);
    expect(brief(list.body.items.find((i: { id: string }) => i.id === id).nextSteps)).toEqual(brief(requester));

    // Ac.Sé coordination: assess or refuse (a reason required), not cancel.
    const target = await read(acse, id);
    expect(brief(target)).toEqual(['start_assessment/target:yes', 'refuse/target:yes', 'cancel/requester:ACTION_NOT_ALLOWED_FOR_PARTY']);
    expect(target.find((s) => s.action === 'refuse')).toMatchObject({ reasonRequired: true, reasonCodes: ['no_danger', 'no_agreement', 'no_place', 'out_of_scope'] });
    await steps(acse, id, { action: 'start_assessment' }, { action: 'search_place' });
    expect((await read(acse, id)).find((s) => s.action === 'agree_in_principle')).toMatchObject({ allowed: true, host: 'required', reasonCodes: [] });
    await steps(acse, id, { action: 'agree_in_principle', hostId: DEMO_ORGS.host13 });

    // The host, once chosen, reads it but has nothing to do until the transfer: every step is someone else's.
    const hostNow = await read(host, id);
    expect(hostNow.length).toBeGreaterThan(0);
    expect(hostNow.filter((s) => s.allowed)).toEqual([]);
    expect(brief(hostNow)).toEqual([
      'release_host/target:ACTION_NOT_ALLOWED_FOR_PARTY', 'schedule_pre_admission/target:ACTION_NOT_ALLOWED_FOR_PARTY', 'refuse/target:ACTION_NOT_ALLOWED_FOR_PARTY',
      'cancel/requester:ACTION_NOT_ALLOWED_FOR_PARTY',
    ]);
    await steps(acse, id, { action: 'schedule_pre_admission' }, { action: 'transfer' });
    // Cancelling is still the requester's until the person is admitted.
    expect(brief(await read(host, id))).toEqual(['admit/host:yes', 'cancel/requester:ACTION_NOT_ALLOWED_FOR_PARTY']);
    expect(brief(await read(worker, id))).toEqual(['admit/host:ACTION_NOT_ALLOWED_FOR_PARTY', 'cancel/requester:yes']);
    await steps(host, id, { action: 'admit' });
    expect((await read(host, id)).find((s) => s.action === 'end')).toMatchObject({ allowed: true, reasonRequired: true, reasonCodes: expect.arrayContaining(['end_of_stay']) });
    await steps(host, id, { action: 'end', reasonCode: 'end_of_stay' });
    for (const as of [worker, acse, host]) expect(await read(as, id)).toEqual([]);
  });

  it('serves them to no one else: another territory\u2019s association 404, a cell coordinator 403', async () => {
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const { body: o } = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    const other = await (await api.as('asso.75@demo.mnio.test')).get(`/api/orientations/${o.id}`).expect(404);
    expect(other.body.nextSteps).toBeUndefined();
    await (await api.as('clav.93@demo.mnio.test')).get(`/api/orientations/${o.id}`).expect(403);
  });
});
