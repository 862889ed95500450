import { getQueueToken } from '@nestjs/bullmq';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DeliveryRunner, LeaseHeld, NotificationEventHandler } from '@mnio/notifications';
import { EVENTS_QUEUE, OutboxJobData, OutboxReader } from '@mnio/platform';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { provisionUser } from '../../support/provision';
import { orientationPayload, publish, publishAndSettle, seedCaseFor, settled } from './support/events';
import { SmtpSink } from '../../support/smtp-sink';
import { Stack, startWorker, TestWorker, useStack, waitFor } from '../../support/stack';
import { WebhookReceiver } from '../../support/webhook-receiver';

const INES = 'acse@demo.mnio.test';

/** Every count that must be exactly one per event: inbox rows, emails, webhook calls. */
async function countsFor(db: Client, smtp: SmtpSink, receiver: WebhookReceiver, outboxId: string, p: { reference: string; orientationId: string }) {
  const inbox = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE event_key = $1`, [`outbox-${outboxId}`]);
  return {
    inbox: inbox.rows[0].n,
    emails: smtp.messages.filter((m) => m.subject.includes(p.reference)).length,
    webhooks: receiver.delivered().filter((c) => c.body.includes(p.orientationId)).length,
  };
}

describe('notifications: exactly once through duplicated jobs, two workers and a stopped worker', () => {
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;
  let stack: Stack;
  useStack({ smtp: true, receiver: true, env: { NOTIFY_BACKOFF_MS: '100', NOTIFY_LEASE_MS: '5000' } }, (s) => ({ smtp, receiver, api, worker, db } = stack = s));
  beforeAll(async () => {
    await (await api.as(INES)).post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.acse, url: receiver.url('/acse'), eventTypes: ['OrientationRequested'] }).expect(201);
  });

  it('processes the same event job several times, at once and again later, and tells each person once per channel', async () => {
    const payload = orientationPayload();
    const id = await publish(db, 'OrientationRequested', payload);
    const message = (await worker.app.get(OutboxReader).byId(id))!;
    const job: OutboxJobData = { outboxId: message.outboxId, type: message.type };
    const handler = worker.app.get(NotificationEventHandler);
    // Three copies racing the relay's own job, then a duplicate job under another id through the real queue.
    await Promise.all([handler.handle(message), handler.handle(message), handler.handle(message)]);
    const events = worker.app.get<Queue>(getQueueToken(EVENTS_QUEUE), { strict: false });
    await events.add(message.type, job, { jobId: `dup-${id}` });
    await waitFor(async () => (await events.getJobState(`dup-${id}`)) === 'completed', 'the duplicate job');
    expect(await handler.handle(message)).toBe('already_done');
    await settled(db, `outbox-${id}`);
    expect(await countsFor(db, smtp, receiver, id, payload)).toEqual({ inbox: 1, emails: 1, webhooks: 1 });
  });

  it('runs the same delivery twice at once and sends it once', async () => {
    const users = await db.query(`SELECT id FROM users WHERE email = $1`, [INES]);
    const content = { type: 'OrientationRequested', occurredAt: new Date().toISOString(), ...orientationPayload(), path: '/cases/x' };
    await seedCaseFor(db, content.type, content);
    const d = await db.query(
      `INSERT INTO notification_deliveries (event_key, event_type, channel, recipient_id, organisation_id, content)
       VALUES ($1, 'OrientationRequested', 'email', $2, $3, $4) RETURNING id`,
      [`test-${randomUUID()}`, users.rows[0].id, DEMO_ORGS.acse, JSON.stringify(content)],
    );
    const runner = worker.app.get(DeliveryRunner);
    const results = await Promise.allSettled([runner.run('email', d.rows[0].id), runner.run('email', d.rows[0].id)]);
    const outcomes = results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason instanceof LeaseHeld ? 'lease_held' : String(r.reason)));
    expect(outcomes.sort()).toEqual(['lease_held', 'sent']);
    expect(await runner.run('email', d.rows[0].id)).toBe('already_done');
    expect(smtp.messages.filter((m) => m.messageId === `<${d.rows[0].id}@mnio>`)).toHaveLength(1);
  });

  it('does not email a user whose membership ended between the fan-out and the send', async () => {
    const admin = await api.as('admin@demo.mnio.test');
    const email = `leaver-${randomUUID().slice(0, 8)}@test.mnio.test`;
    const user = { body: await provisionUser(api, { email, displayName: 'Test leaver', password: 'Test-password-2026!', memberships: [{ organisationId: DEMO_ORGS.acse, role: 'case_worker' }] }) };
    const content = { type: 'OrientationRequested', occurredAt: new Date().toISOString(), ...orientationPayload(), path: '/cases/x' };
    await seedCaseFor(db, content.type, content);
    const d = await db.query(
      `INSERT INTO notification_deliveries (event_key, event_type, channel, recipient_id, organisation_id, content)
       VALUES ($1, 'OrientationRequested', 'email', $2, $3, $4) RETURNING id`,
      [`test-${randomUUID()}`, user.body.id, DEMO_ORGS.acse, JSON.stringify(content)],
    );
    const m = await db.query(`SELECT id FROM memberships WHERE user_id = $1`, [user.body.id]);
    await admin.patch(`/api/admin/users/${user.body.id}/memberships/${m.rows[0].id}`).send({ active: false }).expect(200);
    expect(await worker.app.get(DeliveryRunner).run('email', d.rows[0].id)).toBe('skipped');
    expect(smtp.to(email)).toHaveLength(0);
  });

  it('retries an email the server defers, and sends it once', async () => {
    smtp.failNext(2, 451);
    const payload = orientationPayload();
    const id = await publishAndSettle(db, 'OrientationRequested', payload);
    const d = await db.query(`SELECT status, attempts FROM notification_deliveries WHERE event_key = $1 AND channel = 'email'`, [`outbox-${id}`]);
    expect(d.rows).toEqual([{ status: 'sent', attempts: 3 }]);
    expect(await countsFor(db, smtp, receiver, id, payload)).toEqual({ inbox: 1, emails: 1, webhooks: 1 });
  });

  it('with two workers on the same queues, delivers each event once', async () => {
    const second = await startWorker();
    try {
      const published = [];
      for (let i = 0; i < 30; i++) {
        const p = orientationPayload();
        published.push({ id: await publish(db, 'OrientationRequested', p), p });
      }
      for (const { id } of published) await settled(db, `outbox-${id}`, 30_000);
      for (const { id, p } of published) expect(await countsFor(db, smtp, receiver, id, p)).toEqual({ inbox: 1, emails: 1, webhooks: 1 });
    } finally {
      await second.close();
    }
  });

  it('a worker stopped in the middle of a batch loses nothing and doubles nothing after a restart', async () => {
    smtp.delayMs = 80;
    receiver.delayMs = 40;
    const published: { id: string; p: ReturnType<typeof orientationPayload> }[] = [];
    const before = smtp.messages.length;
    for (let i = 0; i < 60; i++) {
      const p = orientationPayload();
      published.push({ id: await publish(db, 'OrientationRequested', p), p });
    }
    await waitFor(() => smtp.messages.length - before >= 8, 'the first emails');
    await worker.close();
    const open = await db.query(
      `SELECT count(*)::int AS n FROM notification_deliveries WHERE event_key = ANY($1) AND status <> 'sent'`,
      [published.map((x) => `outbox-${x.id}`)],
    );
    const notFanned = await db.query(`SELECT count(*)::int AS n FROM outbox_messages o WHERE o.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM notification_fanouts f WHERE f.outbox_id = o.id)`, [published.map((x) => x.id)]);
    // The stop really happened mid-batch: work was left for the next worker.
    expect(open.rows[0].n + notFanned.rows[0].n).toBeGreaterThan(0);
    const sending = await db.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'sending'`);
    expect(sending.rows[0].n).toBe(0);

    smtp.delayMs = 0;
    receiver.delayMs = 0;
    // The stack closes the worker it holds: the restarted one.
    worker = stack.worker = await startWorker();
    for (const { id } of published) await settled(db, `outbox-${id}`, 30_000);
    for (const { id, p } of published) expect(await countsFor(db, smtp, receiver, id, p)).toEqual({ inbox: 1, emails: 1, webhooks: 1 });
    const ids = smtp.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
