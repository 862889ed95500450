import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { createOrgUser, signIn } from '../../support/actors';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';

const ASSO93 = 'asso.93@demo.mnio.test';
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

const indicator = (over: Record<string, unknown> = {}) => ({ framework: 'unodc', dimension: 'control', indicator: 'documents_confiscated', strength: 'strong', observedAt: TODAY, ...over });

/**
 * Recording a situation is one command: the case, its indicators, the person's answers and the preliminary
 * identification in one transaction — a refusal of any part leaves nothing of the case behind.
 */
describe('recording a situation with what the first contact established, in one command', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  const count = async (sql: string, params: unknown[] = []) => {
    const db = await rawDb();
    try {
      return Number((await db.query<{ n: string }>(sql, params)).rows[0].n);
    } finally {
      await db.end();
    }
  };
  /** A worker of an association of its own, so that what it leaves behind is counted apart from other tests. */
  const ownWorker = async () => {
    const own = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    return { worker: await signIn(api, own.email), left: () => count(`SELECT count(*) AS n FROM cases WHERE owner_organisation_id = $1`, [own.organisationId]) };
  };

  it('records the case with its indicators, consents and presumed victim status, each in the history and the audit', async () => {
    const worker = await api.as(ASSO93);
    const body = {
      ...caseBody(),
      indicators: [indicator(), indicator({ dimension: 'movement', indicator: 'restricted_movement', strength: 'medium' })],
      consents: [
        { purpose: 'share_with_cell', granted: true, method: 'oral' },
        { purpose: 'statistics', granted: false, method: 'oral' },
        { purpose: 'orientation', granted: true, method: 'oral', targetOrganisationId: DEMO_ORGS.acse },
      ],
      presumedVictim: true,
    };
    const res = await worker.post('/api/cases').send(body).expect(201);
    // One version per write: the case, two indicators, three consents, the identification.
    expect(res.body.version).toBe(7);
    expect(res.headers.etag).toBe('"7"');
    const view = (await worker.get(`/api/cases/${res.body.id}`).expect(200)).body;
    expect(view.version).toBe(7);
    expect(view.statuses.identification).toBe('presumed_victim');
    expect(view.indicatorSummary).toEqual({ control: { strong: 1, medium: 0, weak: 0 }, movement: { strong: 0, medium: 1, weak: 0 } });
    expect(view.consents.map((c: { purpose: string; granted: boolean }) => [c.purpose, c.granted]).sort()).toEqual([
      ['orientation', true], ['share_with_cell', true], ['statistics', false],
    ]);
    const history = (await worker.get(`/api/cases/${res.body.id}/history`).expect(200)).body;
    const types = (history.items ?? history).map((h: { type: string }) => h.type);
    expect([...types].sort()).toEqual(['case_created', 'consent_granted', 'consent_granted', 'consent_withdrawn', 'indicator_added', 'indicator_added', 'presumed_victim']);
    const audited = await count(`SELECT count(*) AS n FROM audit_entries WHERE subject_id = $1`, [res.body.id]);
    expect(audited).toBeGreaterThanOrEqual(7);
  });

  it('writes nothing at all when one consent is refused, and says which rule with its code', async () => {
    const { worker, left } = await ownWorker();
    const body = {
      ...caseBody(),
      indicators: [indicator()],
      // An orientation consent must name its target.
      consents: [{ purpose: 'share_with_cell', granted: true, method: 'oral' }, { purpose: 'orientation', granted: true, method: 'oral' }],
      presumedVictim: true,
    };
    const res = await worker.post('/api/cases').send(body).expect(422);
    expect(res.body.code).toBe('CONSENT_TARGET_REQUIRED');
    expect(await left()).toBe(0);
    // The same body with the target named is recorded whole.
    body.consents[1] = { ...body.consents[1], targetOrganisationId: DEMO_ORGS.acse } as (typeof body.consents)[number];
    await worker.post('/api/cases').send(body).expect(201);
    expect(await left()).toBe(1);
  });

  it('writes nothing when an indicator is observed in the future', async () => {
    const { worker, left } = await ownWorker();
    const res = await worker.post('/api/cases').send({ ...caseBody(), indicators: [indicator(), indicator({ observedAt: '2999-01-01' })], presumedVictim: true }).expect(422);
    expect(res.body.code).toEqual(expect.any(String));
    expect(await left()).toBe(0);
  });

  it('refuses a malformed intake part before anything runs (400 with the field)', async () => {
    const worker = await api.as(ASSO93);
    const res = await worker.post('/api/cases').send({ ...caseBody(), consents: [{ purpose: 'everything', granted: 'yes', method: 'oral' }] }).expect(400);
    expect(JSON.stringify(res.body)).toContain('consents');
  });
});
