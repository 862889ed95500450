import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { IDENTITY_READ_ALERTS_JOB, IdentityReadAlertsScanner, PRIVACY_ALERTS_QUEUE } from '@mnio/privacy';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { isolatedEnv, IsolatedEnv, startWorker, TestWorker, waitFor } from '../../support/stack';
import { Agent, userOf } from '../coordination/coordination-helpers';

const THRESHOLD = 3;

/**
 * Issue 16 §4: the alert « a user read far more identities than usual », computed by the worker's job from the audit
 * journal, past `MNIO_IDENTITY_READS_ALERT_PER_DAY` and not below, told in-app to the DPOs of the reader's organisation
 * and of the platform, naming no case and no person.
 */
describe('privacy: the identity-reads alert', () => {
  let env: IsolatedEnv;
  let api: TestApi;
  let worker: TestWorker;
  let heavy: { organisationId: string; userId: string; agent: Agent };
  let light: { organisationId: string; userId: string; agent: Agent };
  let dpoHeavy: Agent;
  let dpoLight: Agent;
  let platformDpo: Agent;
  let references: string[];

  beforeAll(async () => {
    env = await isolatedEnv({ MNIO_IDENTITY_READS_ALERT_PER_DAY: String(THRESHOLD) });
    api = await startApi();
    worker = await startWorker();
    const h = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const l = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    heavy = { ...h, agent: await signIn(api, h.email) };
    light = { ...l, agent: await signIn(api, l.email) };
    dpoHeavy = (await userOf(api, heavy.organisationId, 'dpo')).agent;
    dpoLight = (await userOf(api, light.organisationId, 'dpo')).agent;
    platformDpo = (await userOf(api, DEMO_ORGS.platform, 'dpo')).agent;
    references = [];
    // One more read than the threshold for `heavy`, exactly the threshold for `light`.
    for (const [who, reads] of [[heavy, THRESHOLD + 1], [light, THRESHOLD]] as const) {
      for (let i = 0; i < reads; i++) {
        const { body: c } = await who.agent.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
        references.push(c.reference);
        await who.agent.get(`/api/cases/${c.id}/identity?reason=follow_up`).expect(200);
      }
    }
  }, 180_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await env?.restore();
  });

  const alertsOf = async (userId: string) => {
    const db = await rawDb();
    try {
      return (await db.query(`SELECT user_id, organisation_id, reads, threshold FROM identity_read_alerts WHERE user_id = $1`, [userId])).rows;
    } finally {
      await db.end();
    }
  };
  const inbox = async (agent: Agent) => (await agent.get('/api/notifications?limit=100').expect(200)).body.items as Record<string, unknown>[];

  it('fires past the threshold, through the worker’s job, and tells the DPOs of the reader’s organisation and of the platform', async () => {
    const queue = worker.app.get<Queue>(getQueueToken(PRIVACY_ALERTS_QUEUE));
    await queue.add(IDENTITY_READ_ALERTS_JOB, {});
    const [alert] = await waitFor(async () => (await alertsOf(heavy.userId)).length === 1 && alertsOf(heavy.userId), 'the alert of the heavy reader');
    expect(alert).toMatchObject({ organisation_id: heavy.organisationId, reads: THRESHOLD + 1, threshold: THRESHOLD });

    for (const dpo of [dpoHeavy, platformDpo]) {
      const [n] = await waitFor(async () => {
        const items = (await inbox(dpo)).filter((i) => i.eventType === 'IdentityReadsAlertRaised');
        return items.length > 0 && items;
      }, 'the DPO’s notification');
      expect(n).toMatchObject({ eventType: 'IdentityReadsAlertRaised', link: '/protection-des-donnees/journal' });
      // Nothing of a case: no reference, no case id.
      const text = JSON.stringify(n);
      for (const ref of references) expect(text).not.toContain(ref);
      expect(n.caseId ?? null).toBeNull();
    }
  });

  it('does not fire at or below the threshold, nor twice the same day, and tells no other organisation’s DPO', async () => {
    const scanner = worker.app.get(IdentityReadAlertsScanner);
    const again = await scanner.scan();
    expect(again.map((r) => r.userId)).not.toContain(heavy.userId);
    expect(await alertsOf(light.userId)).toEqual([]);
    expect((await alertsOf(heavy.userId)).length).toBe(1);
    expect((await inbox(dpoLight)).filter((i) => i.eventType === 'IdentityReadsAlertRaised')).toEqual([]);

    // One more read for `light` takes it past the threshold: the next scan tells its DPO.
    const { body: c } = await light.agent.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
    await light.agent.get(`/api/cases/${c.id}/identity?reason=follow_up`).expect(200);
    const raised = await scanner.scan();
    expect(raised.map((r) => [r.userId, r.reads])).toEqual([[light.userId, THRESHOLD + 1]]);
    await waitFor(async () => (await inbox(dpoLight)).some((i) => i.eventType === 'IdentityReadsAlertRaised'), 'the light reader’s DPO told');
  });
});
