import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { totpCode, wrongTotpCode } from '../foundation/foundation-helpers';
import { settled } from '../notifications/support/events';
import { SmtpSink } from '../../support/smtp-sink';
import { useStack, waitFor } from '../../support/stack';
import { Agent, userOf } from './coordination-helpers';

const DPO = 'dpo@plateforme.mnio.test';
const justification = 'Appel du commissariat : danger imminent signalé cette nuit';

/**
 * Break-the-glass hardening (issue 11 §2): a fresh second factor when the user has one, a daily limit per user,
 * and the owner's coordinators and the platform's data-protection contact told at once, by email whatever
 * their preferences. On a database and SMTP server of its own, with the real worker.
 */
describe('break-the-glass: step-up, daily limit, who is told', () => {
  let smtp: SmtpSink;
  let api: TestApi;
  let db: Client;
  let asso93: Agent;
  useStack({ smtp: true, env: { NOTIFY_BACKOFF_MS: '100', MNIO_DPO_EMAIL: DPO, MNIO_BREAK_GLASS_DAILY_LIMIT: '2' } }, (s) => ({ smtp, api, db } = s));
  beforeAll(async () => {
    asso93 = await api.as('asso.93@demo.mnio.test');
  });

  const newCase = async () => (await asso93.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201)).body as { id: string; reference: string };

  it('asks a user with TOTP for a fresh code, refuses a wrong one, and opens with the right one', async () => {
    const police = await userOf(api, DEMO_ORGS.police93, 'investigator');
    const { body: enrol } = await police.agent.post('/api/me/totp').expect(200);
    await police.agent.post('/api/me/totp/confirm').send({ code: totpCode(enrol.secret) }).expect(204);
    const c = await newCase();

    const missing = await police.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'imminent_danger', justification }).expect(403);
    expect(missing.body.code).toBe('STEP_UP_REQUIRED');
    const wrong = await police.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'imminent_danger', justification, totpCode: wrongTotpCode(enrol.secret) }).expect(403);
    expect(wrong.body.code).toBe('STEP_UP_INVALID');
    await police.agent.get(`/api/cases/${c.id}`).expect(404);
    const failures = await db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE stream = $1 AND action = 'auth.login_failed'`, [`auth:${police.userId}`]);
    expect(failures.rows[0].n).toBe(1);

    // The next time step's code (the one used to confirm may not be accepted twice).
    const opened = await police.agent
      .post(`/api/cases/${c.id}/break-glass`)
      .send({ reasonCode: 'imminent_danger', justification, totpCode: totpCode(enrol.secret, Date.now() + 30_000) })
      .expect(201);
    const view = await police.agent.get(`/api/cases/${c.id}`).expect(200);
    expect(view.body.breakGlassUntil).toBe(opened.body.expiresAt);
    const entry = await db.query(`SELECT details FROM audit_entries WHERE stream = $1 AND action = 'case.break_glass'`, [`case:${c.id}`]);
    expect(entry.rows[0].details).toMatchObject({ stepUp: true });
    // The owner's own view says nothing of an emergency access.
    expect((await asso93.get(`/api/cases/${c.id}`).expect(200)).body.breakGlassUntil).toBeNull();
  });

  it('asks no code of a user without TOTP, and stops each user at the daily limit (429) without touching another’s', async () => {
    const referent = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
    const colleague = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
    const [a, b, d] = [await newCase(), await newCase(), await newCase()];
    await referent.agent.post(`/api/cases/${a.id}/break-glass`).send({ reasonCode: 'judicial_emergency', justification }).expect(201);
    // By reference, as read out over the phone.
    const byRef = await referent.agent.post('/api/break-glass').send({ reference: b.reference, reasonCode: 'judicial_emergency', justification }).expect(201);
    expect(byRef.body.caseId).toBe(b.id);
    const refused = await referent.agent.post(`/api/cases/${d.id}/break-glass`).send({ reasonCode: 'judicial_emergency', justification }).expect(429);
    expect(refused.body).toMatchObject({ code: 'BREAK_GLASS_DAILY_LIMIT', details: { limit: 2 } });
    await referent.agent.get(`/api/cases/${d.id}`).expect(404);
    const uses = await db.query(`SELECT count(*)::int AS n FROM break_glass_uses WHERE user_id = $1`, [referent.userId]);
    expect(uses.rows[0].n).toBe(2);
    await colleague.agent.post(`/api/cases/${d.id}/break-glass`).send({ reasonCode: 'judicial_emergency', justification }).expect(201);

    // Parallel requests cannot pass the limit together.
    const third = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
    const many = await Promise.all([await newCase(), await newCase(), await newCase(), await newCase()].map((x) =>
      third.agent.post(`/api/cases/${x.id}/break-glass`).send({ reasonCode: 'imminent_danger', justification })));
    expect(many.map((r) => r.status).sort()).toEqual([201, 201, 429, 429]);

    // A reference nobody holds, or outside the territory, answers like a missing case.
    await colleague.agent.post('/api/break-glass').send({ reference: '93-2026-999999', reasonCode: 'imminent_danger', justification }).expect(404);
    await colleague.agent.post('/api/break-glass').send({ reference: 'Dupont', reasonCode: 'imminent_danger', justification }).expect(400);
  });

  it('tells the owner’s coordinators (even with emails turned off) and the data-protection contact at once, with no identity', async () => {
    const coordinator = await api.as('coord.93@demo.mnio.test');
    // Turning the email off is refused: it is not the coordinator's to silence.
    const off = await coordinator.put('/api/notifications/preferences').send({ items: [{ eventType: 'BreakGlassUsed', channel: 'email', enabled: false }] });
    expect(off.status).toBe(422);
    expect(off.body.code).toBe('NOTIFICATION_CHANNEL_LOCKED');

    const c = (await asso93.post('/api/cases').send(caseBody({ territory: '93', events: [], identity: { lastName: 'Qorvaldinet' } })).expect(201)).body;
    const cell = await userOf(api, DEMO_ORGS.cell93, 'cell_coordinator');
    await cell.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'child_in_danger', justification }).expect(201);
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM outbox_messages WHERE aggregate_id = $1 AND type = 'BreakGlassUsed'`, [c.id]);
    await settled(db, `outbox-${rows[0].id}`);

    await waitFor(() => smtp.to(DPO).some((m) => m.text.includes(c.reference)), 'the data-protection contact’s email');
    await waitFor(() => smtp.to('coord.93@demo.mnio.test').some((m) => m.text.includes(c.reference)), 'the owner coordinator’s email');
    const mails = [...smtp.to(DPO), ...smtp.to('coord.93@demo.mnio.test')].filter((m) => m.text.includes(c.reference));
    expect(mails[0].subject).toMatch(/Accès d'urgence/);
    for (const m of mails) {
      expect(m.raw).not.toContain('Qorvaldinet');
      expect(m.raw).not.toContain('danger imminent');
    }
    // The case worker of the owner is not told; the coordinator's inbox is.
    expect(smtp.to('asso.93@demo.mnio.test').some((m) => m.text.includes(c.reference))).toBe(false);
    const inbox = (await coordinator.get('/api/notifications?limit=100').expect(200)).body.items as { eventType: string; reference: string }[];
    expect(inbox.some((n) => n.eventType === 'BreakGlassUsed' && n.reference === c.reference)).toBe(true);
  });
});
