import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { userOf } from '../coordination/coordination-helpers';
import { settled } from './support/events';
import { useStack, waitFor } from '../../support/stack';

const inboxOf = async (api: TestApi, email: string, reference: string) =>
  ((await (await api.as(email)).get('/api/notifications?limit=100').expect(200)).body.items as { eventType: string; reference: string }[])
    .filter((n) => n.reference === reference)
    .map((n) => n.eventType)
    .sort();

/** The worker as it runs in production: recipients and reminders come from the cases context itself. */
describe('notifications driven by real cases', () => {
  let api: TestApi;
  let db: Client;
  useStack({ smtp: true, env: { NOTIFY_BACKOFF_MS: '100', NOTIFY_REMINDER_EVERY_MS: '500' } }, (s) => ({ api, db } = s));

  const lastEvent = async (caseId: string, type: string) =>
    (await db.query<{ id: string }>(`SELECT id FROM outbox_messages WHERE aggregate_id = $1 AND type = $2 ORDER BY id DESC LIMIT 1`, [caseId, type])).rows[0].id;

  it("tells the territory's ASE and parquet of a minor's case, and reminds the ASE of its 5-day referral once overdue", async () => {
    const worker93 = await api.as('asso.93@demo.mnio.test');
    const { body: c } = await worker93.post('/api/cases').send(caseBody({ identity: { birthDate: '2011-06-01' } })).expect(201);
    await settled(db, `outbox-${await lastEvent(c.id, 'MinorCaseCreated')}`);
    expect(await inboxOf(api, 'ase.93@demo.mnio.test', c.reference)).toContain('MinorCaseCreated');
    expect(await inboxOf(api, 'parquet.93@demo.mnio.test', c.reference)).toContain('MinorCaseCreated');
    expect(await inboxOf(api, 'asso.75@demo.mnio.test', c.reference)).toEqual([]);

    await (await api.as('ase.93@demo.mnio.test')).post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'ase_provisional_reception', occurredOn: '2026-01-05' }).expect(201);
    await waitFor(async () => (await inboxOf(api, 'ase.93@demo.mnio.test', c.reference)).some((t) => t.startsWith('Deadline')), 'the overdue reminder from a real deadline');
    const reminder = await db.query(`SELECT content FROM notifications WHERE content->>'caseId' = $1 AND event_type LIKE 'Deadline%' LIMIT 1`, [c.id]);
    expect(reminder.rows[0].content).toMatchObject({ caseId: c.id, reference: c.reference, territory: '93' });
  });

  it('tells the CLAV cell of a new presumed victim only while the case is shared with it', async () => {
    const worker93 = await api.as('asso.93@demo.mnio.test');
    const shared = (await worker93.post('/api/cases').send(caseBody()).expect(201)).body;
    await worker93.post(`/api/cases/${shared.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
    await worker93.post(`/api/cases/${shared.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    await settled(db, `outbox-${await lastEvent(shared.id, 'PresumedVictimIdentified')}`);
    expect(await inboxOf(api, 'clav.93@demo.mnio.test', shared.reference)).toContain('PresumedVictimIdentified');

    const unshared = (await worker93.post('/api/cases').send(caseBody()).expect(201)).body;
    await worker93.post(`/api/cases/${unshared.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    await settled(db, `outbox-${await lastEvent(unshared.id, 'PresumedVictimIdentified')}`);
    expect(await inboxOf(api, 'clav.93@demo.mnio.test', unshared.reference)).toEqual([]);
    const fanout = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE content->>'caseId' = $1`, [unshared.id]);
    expect(fanout.rows[0].n).toBe(0);
    // Why: the case was never shared with the cell (no consent), so the production check kept it out.
    const seen = await db.query(`SELECT $2::uuid = ANY(viewer_org_ids) AS cell FROM cases WHERE id = $1`, [unshared.id, DEMO_ORGS.cell93]);
    expect(seen.rows).toEqual([{ cell: false }]);
  });

  it("tells the owner's coordinators when someone breaks the glass on their case, and the receiving side of a transfer", async () => {
    const worker93 = await api.as('asso.93@demo.mnio.test');
    const { body: c } = await worker93.post('/api/cases').send(caseBody()).expect(201);
    const referent = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
    await referent.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'imminent_danger', justification: 'Danger imminent signalé' }).expect(201);
    await settled(db, `outbox-${await lastEvent(c.id, 'BreakGlassUsed')}`);
    expect(await inboxOf(api, 'coord.93@demo.mnio.test', c.reference)).toEqual(['BreakGlassUsed']);
    expect(await inboxOf(api, 'asso.93@demo.mnio.test', c.reference)).toEqual([]);

    await worker93.post(`/api/cases/${c.id}/transfers`).send({ toOrganisationId: DEMO_ORGS.asso75, reasonCode: 'relocation' }).expect(201);
    await settled(db, `outbox-${await lastEvent(c.id, 'CaseTransferRequested')}`);
    expect(await inboxOf(api, 'asso.75@demo.mnio.test', c.reference)).toEqual(['CaseTransferRequested']);
  });
});
