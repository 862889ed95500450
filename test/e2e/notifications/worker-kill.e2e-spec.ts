import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { orientationPayload, publish, settled } from './support/events';
import { SmtpSink } from '../../support/smtp-sink';
import { startWorker, TestWorker, useStack, waitFor } from '../../support/stack';
import { WebhookReceiver } from '../../support/webhook-receiver';
import { WorkerProcess } from './support/worker-process';

/**
 * SIGKILL leaves no chance to finish anything: jobs stay active in Redis, deliveries stay leased. The next
 * worker must finish all of it. Inbox rows are exactly once by construction (unique key, one transaction);
 * an email or webhook call whose send completed in the instant before the kill but whose "sent" mark did
 * not commit is sent again after its lease, under the same Message-ID / X-Mnio-Delivery, for the receiver
 * to drop. So: nothing lost, each delivery id exactly once, and at most the in-flight ones sent twice.
 * The restarted worker does not wait for BullMQ's stalled-job check: its reconciler finishes, from the
 * database, events and deliveries overdue by the lease and grace periods.
 */
describe('notifications: a worker killed in the middle of a batch', () => {
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let api: TestApi;
  let db: Client;
  const child = new WorkerProcess();
  let worker: TestWorker | undefined;

  // Hooks run in the order declared: the workers stop before the stack drops their database.
  afterAll(async () => {
    await child.kill();
    await worker?.close();
  });
  // No in-process worker at first: the child process is the worker until it is killed.
  useStack(
    {
      smtp: true,
      receiver: true,
      worker: false,
      env: { NOTIFY_BACKOFF_MS: '100', NOTIFY_LEASE_MS: '3000', NOTIFY_WEBHOOK_TIMEOUT_MS: '2000', NOTIFY_RECONCILE_EVERY_MS: '500', NOTIFY_RECONCILE_GRACE_MS: '1000' },
    },
    (s) => ({ smtp, receiver, api, db } = s),
  );
  beforeAll(async () => {
    await (await api.as('admin@demo.mnio.test')).post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.acse, url: receiver.url('/acse'), eventTypes: ['OrientationRequested'] }).expect(201);
  });

  it('loses nothing, and each delivery reaches its receiver under one id', async () => {
    smtp.delayMs = 30;
    receiver.delayMs = 20;
    // The child runs the real worker, with the cases context's access check: the events concern a real case Ac.Sé sees.
    const { body: realCase } = await (await api.as('asso.93@demo.mnio.test')).post('/api/cases').send(caseBody()).expect(201);
    await db.query(`UPDATE cases SET viewer_org_ids = viewer_org_ids || $2::uuid WHERE id = $1`, [realCase.id, DEMO_ORGS.acse]);
    child.start({ ...process.env });
    const published: { id: string; p: ReturnType<typeof orientationPayload> }[] = [];
    for (let i = 0; i < 80; i++) {
      const p = orientationPayload({ caseId: realCase.id });
      published.push({ id: await publish(db, 'OrientationRequested', p), p });
    }
    await waitFor(() => {
      if (child.exited) throw new Error(`the worker process exited: ${child.tail}`);
      return smtp.messages.length >= 15;
    }, 'the child worker to send its first emails', 60_000);
    await child.kill('SIGKILL');

    const keys = published.map((x) => `outbox-${x.id}`);
    const left = await db.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE event_key = ANY($1) AND status <> 'sent'`, [keys]);
    const notFanned = await db.query(`SELECT count(*)::int AS n FROM outbox_messages o WHERE o.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM notification_fanouts f WHERE f.outbox_id = o.id)`, [published.map((x) => x.id)]);
    expect(left.rows[0].n + notFanned.rows[0].n).toBeGreaterThan(0);
    const inFlight = (await db.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status = 'sending'`)).rows[0].n as number;

    smtp.delayMs = 0;
    receiver.delayMs = 0;
    worker = await startWorker();
    for (const key of keys) await settled(db, key, 30_000);

    const deliveries = await db.query<{ id: string; channel: string; status: string }>(`SELECT id, channel, status FROM notification_deliveries WHERE event_key = ANY($1)`, [keys]);
    expect(deliveries.rows).toHaveLength(160);
    expect(deliveries.rows.every((d) => d.status === 'sent')).toBe(true);
    for (const { id } of published) {
      const inbox = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE event_key = $1`, [`outbox-${id}`]);
      expect(inbox.rows[0].n).toBe(1);
    }
    const mails = smtp.messages.filter((m) => published.some((x) => m.subject.includes(x.p.reference)));
    const calls = receiver.delivered('/acse').filter((c) => published.some((x) => c.body.includes(x.p.orientationId)));
    const emailIds = new Set(deliveries.rows.filter((d) => d.channel === 'email').map((d) => `<${d.id}@mnio>`));
    const hookIds = new Set(deliveries.rows.filter((d) => d.channel === 'webhook').map((d) => d.id));
    expect(new Set(mails.map((m) => m.messageId))).toEqual(emailIds);
    expect(new Set(calls.map((c) => c.headers['x-mnio-delivery']))).toEqual(hookIds);
    // Copies only of deliveries caught mid-send by the kill, and the receiver can tell them by id.
    expect(mails.length - emailIds.size + calls.length - hookIds.size).toBeLessThanOrEqual(inFlight);
  }, 120_000);
});
