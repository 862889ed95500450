import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { userOf } from '../coordination/coordination-helpers';

const justification = 'Appel du commissariat : danger imminent signalé cette nuit';

/** What cases makes of a break-the-glass grant: personal, read-only, never in a list. */
describe('break-the-glass, as the cases context enforces it', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('lets only the user who broke the glass read the case, never write to it or list it', async () => {
    const { body: c } = await (await api.as('asso.93@demo.mnio.test')).post('/api/cases').send(caseBody()).expect(201);
    const breaker = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
    const colleague = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
    await breaker.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'imminent_danger', justification }).expect(201);

    await breaker.agent.get(`/api/cases/${c.id}`).expect(200);
    await breaker.agent.get(`/api/cases/${c.id}/identity?reason=emergency`).expect(200);
    await breaker.agent.get(`/api/cases/${c.id}/history`).expect(200);
    expect((await breaker.agent.post(`/api/cases/${c.id}/criminal-events`).send({ event: 'complaint_filed' }).expect(403)).body.code).toBe('TRANSITION_NOT_ALLOWED_FOR_ROLE');
    await breaker.agent.post(`/api/cases/${c.id}/consents`).send({ purpose: 'statistics', granted: true, method: 'oral' }).expect(403);
    const listed = await breaker.agent.get(`/api/cases?reference=${c.reference}`).expect(200);
    expect(listed.body.items).toEqual([]);

    await colleague.agent.get(`/api/cases/${c.id}`).expect(404);
    await colleague.agent.get(`/api/cases/${c.id}/identity`).expect(404);
  });
});
