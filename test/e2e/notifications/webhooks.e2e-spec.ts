import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DeliveryRunner, verifyWebhook, WEBHOOK_BODY_KEYS, WEBHOOK_DATA_KEYS } from '@mnio/notifications';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseFields, orientationPayload, publishAndSettle, settled } from './support/events';
import { TestWorker, useStack, waitFor } from '../../support/stack';
import { WebhookReceiver } from '../../support/webhook-receiver';

const ADMIN = 'admin@demo.mnio.test';
const INES = 'acse@demo.mnio.test';

describe('notifications: signed webhooks, retries, dead letters and replay', () => {
  let receiver: WebhookReceiver;
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;
  const secrets = new Map<string, string>();
  useStack({ receiver: true, env: { NOTIFY_BACKOFF_MS: '60', NOTIFY_WEBHOOK_ATTEMPTS: '4', NOTIFY_WEBHOOK_TIMEOUT_MS: '2000' } }, (s) => ({ receiver, api, worker, db } = s));

  const createHook = async (as: string, organisationId: string, path: string, eventTypes: string[]) => {
    const res = await (await api.as(as)).post('/api/notification-webhooks').send({ organisationId, url: receiver.url(path), eventTypes }).expect(201);
    secrets.set(path, res.body.secret);
    return res.body as { id: string; secret: string };
  };

  it('lets an organisation’s coordinator register a webhook, shows the secret once, and refuses others', async () => {
    const hook = await createHook(INES, DEMO_ORGS.acse, '/acse', ['OrientationRequested', 'OrientationCancelled']);
    expect(hook.secret).toMatch(/^whsec_/);
    const list = await (await api.as(INES)).get('/api/notification-webhooks').expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: hook.id, organisationId: DEMO_ORGS.acse, url: receiver.url('/acse'), active: true })]);
    expect(JSON.stringify(list.body)).not.toContain(hook.secret);
    const stored = await db.query(`SELECT secret_enc FROM notification_webhooks WHERE id = $1`, [hook.id]);
    expect(stored.rows[0].secret_enc).not.toContain(hook.secret);

    const caseWorker = await api.as('asso.93@demo.mnio.test');
    await caseWorker.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.asso93, url: receiver.url('/x'), eventTypes: ['OrientationAccepted'] }).expect(403);
    const otherCoordinator = await api.as('coord.93@demo.mnio.test');
    await otherCoordinator.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.acse, url: receiver.url('/x'), eventTypes: ['OrientationRequested'] }).expect(403);
    expect((await otherCoordinator.get('/api/notification-webhooks').expect(200)).body).toEqual([]);
    await otherCoordinator.patch(`/api/notification-webhooks/${hook.id}`).send({ active: false }).expect(404);
    await (await api.as(INES)).post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.acse, url: 'ftp://x.example', eventTypes: ['OrientationRequested'] }).expect(400);
    await (await api.as(INES)).post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.acse, url: receiver.url('/x'), eventTypes: ['Nope'] }).expect(400);
  });

  it('delivers a signed JSON body a receiver can verify, carrying ids and codes only', async () => {
    const payload = orientationPayload();
    const id = await publishAndSettle(db, 'OrientationRequested', payload);
    const calls = receiver.delivered('/acse').filter((c) => c.body.includes(payload.orientationId));
    expect(calls).toHaveLength(1);
    const call = calls[0];
    expect(verifyWebhook(secrets.get('/acse')!, call.headers['x-mnio-timestamp'] as string, call.headers['x-mnio-signature'] as string, call.body)).toBe(true);
    expect(verifyWebhook('whsec_wrong', call.headers['x-mnio-timestamp'] as string, call.headers['x-mnio-signature'] as string, call.body)).toBe(false);
    expect(call.headers['x-mnio-event']).toBe('OrientationRequested');
    const body = JSON.parse(call.body);
    expect(body.id).toBe(call.headers['x-mnio-delivery']);
    expect(Object.keys(body).sort()).toEqual([...WEBHOOK_BODY_KEYS].sort());
    for (const k of Object.keys(body.data)) expect(WEBHOOK_DATA_KEYS).toContain(k);
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      event: `outbox-${id}`,
      type: 'OrientationRequested',
      occurredAt: expect.any(String),
      organisationId: DEMO_ORGS.acse,
      data: {
        caseId: payload.caseId,
        reference: payload.reference,
        territory: '93',
        orientationId: payload.orientationId,
        targetKind: 'acse',
        link: `https://mnio.test/cases/${payload.caseId}/orientations/${payload.orientationId}`,
      },
    });
  });

  it('fires only for subscribed types of organisations that are told', async () => {
    const before = receiver.calls.length;
    await publishAndSettle(db, 'OrientationAccepted', orientationPayload());
    // Cancelled requests are told to their target: here another organisation than Ac.Sé.
    await publishAndSettle(db, 'OrientationCancelled', orientationPayload({ targetKind: 'dna', targetOrganisationId: DEMO_ORGS.dna69 }));
    expect(receiver.calls.length).toBe(before);
  });

  it('retries with growing delays until the receiver answers, and sends once', async () => {
    await createHook(ADMIN, DEMO_ORGS.host13, '/flaky', ['OrientationRequested']);
    let failures = 0;
    receiver.answer = (c) => (c.path === '/flaky' && failures++ < 2 ? 503 : 200);
    const payload = orientationPayload({ targetOrganisationId: DEMO_ORGS.host13, targetKind: 'acse_host' });
    const id = await publishAndSettle(db, 'OrientationRequested', payload);
    const calls = receiver.calls.filter((c) => c.path === '/flaky' && c.body.includes(payload.orientationId));
    expect(calls.map((c) => c.status)).toEqual([503, 503, 200]);
    // Growing delays: each retry waits at least the backoff (NOTIFY_BACKOFF_MS=60), doubled at each attempt.
    expect(calls[1].at - calls[0].at).toBeGreaterThanOrEqual(60);
    expect(calls[2].at - calls[1].at).toBeGreaterThanOrEqual(120);
    expect(new Set(calls.map((c) => c.headers['x-mnio-delivery'])).size).toBe(1);
    const d = await db.query(`SELECT status, attempts, last_error FROM notification_deliveries WHERE event_key = $1 AND channel = 'webhook'`, [`outbox-${id}`]);
    expect(d.rows).toEqual([{ status: 'sent', attempts: 3, last_error: null }]);
    receiver.answer = () => 200;
  });

  it('dead-letters after the configured attempts; an admin lists and replays it; it is delivered once', async () => {
    await createHook(ADMIN, DEMO_ORGS.prefecture93, '/down', ['CaseShared']);
    receiver.answer = (c) => (c.path === '/down' ? 500 : 200);
    const payload = { ...caseFields(), organisationId: DEMO_ORGS.prefecture93, reason: 'referral' };
    const id = await publishAndSettle(db, 'CaseShared', payload);
    expect(receiver.calls.filter((c) => c.path === '/down' && c.body.includes(payload.caseId)).map((c) => c.status)).toEqual([500, 500, 500, 500]);

    const admin = await api.as(ADMIN);
    const letters = await admin.get('/api/admin/notifications/dead-letters').expect(200);
    const letter = letters.body.items.find((l: { eventKey: string }) => l.eventKey === `outbox-${id}`);
    expect(letter).toMatchObject({ channel: 'webhook', eventType: 'CaseShared', organisationId: DEMO_ORGS.prefecture93, attempts: 4, lastError: 'http_500', round: 0, replayedAt: null });
    const stats = await admin.get('/api/admin/notifications/queues').expect(200);
    expect(stats.body.redis).toBe('up');
    expect(stats.body.queues.find((q: { name: string }) => q.name === 'notify-webhook')).toMatchObject({ deadLettered: 1, failed: 1 });
    expect(stats.body.queues.map((q: { name: string }) => q.name)).toEqual(['events', 'notify-email', 'notify-webhook', 'notify-reminders']);
    expect(typeof stats.body.outboxBacklog).toBe('number');
    await (await api.as(INES)).get('/api/admin/notifications/dead-letters').expect(403);
    await (await api.as(INES)).post(`/api/admin/notifications/dead-letters/${letter.id}/replay`).expect(403);

    receiver.answer = () => 200;
    const replay = await admin.post(`/api/admin/notifications/dead-letters/${letter.id}/replay`).expect(202);
    expect(replay.body).toEqual({ deliveryId: letter.deliveryId, round: 1 });
    await settled(db, `outbox-${id}`);
    await waitFor(() => receiver.delivered('/down').some((c) => c.body.includes(payload.caseId)), 'the replayed delivery');
    expect(receiver.delivered('/down').filter((c) => c.body.includes(payload.caseId))).toHaveLength(1);
    expect((await admin.get('/api/admin/notifications/dead-letters').expect(200)).body.items.find((l: { id: string }) => l.id === letter.id)).toBeUndefined();
    expect((await admin.get('/api/admin/notifications/dead-letters?includeReplayed=true').expect(200)).body.items.find((l: { id: string }) => l.id === letter.id).replayedAt).toEqual(expect.any(String));
    expect((await admin.post(`/api/admin/notifications/dead-letters/${letter.id}/replay`).expect(409)).body.code).toBe('DEAD_LETTER_ALREADY_REPLAYED');
    await admin.post(`/api/admin/notifications/dead-letters/${randomUUID()}/replay`).expect(404);
    const audit = await db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'notification.dead_letter_replayed' AND subject_id = $1`, [letter.deliveryId]);
    expect(audit.rows[0].n).toBe(1);
  });

  it('gives up at once on an answer that will not change (410), without retrying', async () => {
    await createHook(ADMIN, DEMO_ORGS.parquet93, '/gone', ['CaseShared']);
    receiver.answer = (c) => (c.path === '/gone' ? 410 : 200);
    const payload = { ...caseFields(), organisationId: DEMO_ORGS.parquet93, reason: 'referral' };
    const id = await publishAndSettle(db, 'CaseShared', payload);
    expect(receiver.calls.filter((c) => c.path === '/gone' && c.body.includes(payload.caseId))).toHaveLength(1);
    const d = await db.query(`SELECT status, attempts, last_error FROM notification_deliveries WHERE event_key = $1 AND channel = 'webhook'`, [`outbox-${id}`]);
    expect(d.rows).toEqual([{ status: 'dead', attempts: 1, last_error: 'http_410' }]);
    receiver.answer = () => 200;
  });

  it('stops firing a deactivated webhook', async () => {
    const hook = await createHook(INES, DEMO_ORGS.acse, '/paused', ['OrientationRequested']);
    await (await api.as(INES)).patch(`/api/notification-webhooks/${hook.id}`).send({ active: false }).expect(200);
    const payload = orientationPayload();
    await publishAndSettle(db, 'OrientationRequested', payload);
    expect(receiver.calls.filter((c) => c.path === '/paused')).toHaveLength(0);
    expect(receiver.delivered('/acse').filter((c) => c.body.includes(payload.orientationId))).toHaveLength(1);
  });

  it('rechecks before sending: a delivery queued for a webhook turned off since is skipped, not sent', async () => {
    const hook = await createHook(ADMIN, DEMO_ORGS.police93, '/late', ['CaseShared']);
    const content = { type: 'CaseShared', occurredAt: new Date().toISOString(), ...caseFields(), path: '/cases/x' };
    // A delivery as the fan-out writes it, not yet sent when the webhook is switched off.
    const row = await db.query(
      `INSERT INTO notification_deliveries (event_key, event_type, channel, recipient_id, organisation_id, content)
       VALUES ($1, 'CaseShared', 'webhook', $2, $3, $4) RETURNING id`,
      [`test-${randomUUID()}`, hook.id, DEMO_ORGS.police93, JSON.stringify(content)],
    );
    await (await api.as(ADMIN)).patch(`/api/notification-webhooks/${hook.id}`).send({ active: false }).expect(200);
    expect(await worker.app.get(DeliveryRunner).run('webhook', row.rows[0].id)).toBe('skipped');
    const d = await db.query(`SELECT status, last_error FROM notification_deliveries WHERE id = $1`, [row.rows[0].id]);
    expect(d.rows[0]).toEqual({ status: 'skipped', last_error: 'webhook_inactive' });
    expect(receiver.calls.filter((c) => c.path === '/late')).toHaveLength(0);
  });
});
