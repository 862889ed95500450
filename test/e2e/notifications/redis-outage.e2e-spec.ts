import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DEADLINE_SCAN_JOB, REMINDERS_QUEUE } from '@mnio/notifications';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { orientationPayload, publish, settled } from './support/events';
import { RedisServer, sparePort } from './support/redis-server';
import { SmtpSink } from '../../support/smtp-sink';
import { sleep, TestWorker, useStack, waitFor } from '../../support/stack';
import { WebhookReceiver } from '../../support/webhook-receiver';

const INES = 'acse@demo.mnio.test';
const ADMIN = 'admin@demo.mnio.test';

describe('notifications: Redis stops mid-flow and comes back empty', () => {
  let redis: RedisServer;
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;

  useStack(
    {
      smtp: true,
      receiver: true,
      // A Redis of this file's own, that the test stops and starts.
      before: async () => {
        redis = new RedisServer(await sparePort());
        await redis.start();
        return { REDIS_URL: redis.url };
      },
      env: { NOTIFY_BACKOFF_MS: '100', NOTIFY_WEBHOOK_ATTEMPTS: '2', NOTIFY_RECONCILE_EVERY_MS: '500', NOTIFY_RECONCILE_GRACE_MS: '1500' },
    },
    (s) => ({ smtp, receiver, api, worker, db } = s),
  );
  afterAll(() => redis?.stop('SIGTERM'));

  beforeAll(async () => {
    const admin = await api.as(ADMIN);
    await admin.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.acse, url: receiver.url('/acse'), eventTypes: ['OrientationRequested'] }).expect(201);
    await admin.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.asso93, url: receiver.url('/asso'), eventTypes: ['OrientationRefused'] }).expect(201);
    // Sign in now: logins need no Redis, but the tokens make the outage part shorter.
    for (const u of [INES, ADMIN, 'ase.93@demo.mnio.test', 'asso.93@demo.mnio.test']) await api.tokenFor(u);
  }, 60_000);

  it('keeps the API answering and ready, then delivers everything exactly once', async () => {
    // A dead letter to replay during the outage.
    receiver.answer = (c) => (c.path === '/asso' ? 500 : 200);
    const refused = orientationPayload();
    const refusedId = await publish(db, 'OrientationRefused', refused);
    await settled(db, `outbox-${refusedId}`);
    const letter = (await (await api.as(ADMIN)).get('/api/admin/notifications/dead-letters').expect(200)).body.items[0];
    expect(letter).toMatchObject({ eventKey: `outbox-${refusedId}`, lastError: 'http_500' });
    receiver.answer = () => 200;

    // Traffic in flight when Redis dies.
    smtp.delayMs = 60;
    const before: { id: string; p: ReturnType<typeof orientationPayload> }[] = [];
    for (let i = 0; i < 30; i++) {
      const p = orientationPayload();
      before.push({ id: await publish(db, 'OrientationRequested', p), p });
    }
    const sentBefore = smtp.messages.length;
    await waitFor(() => smtp.messages.length - sentBefore >= 3, 'the first emails of the batch');
    await redis.stop();

    // Redis is gone: commands are accepted (their events wait in the outbox), reads answer, readiness holds.
    const ready = await api.http.get('/health/ready').expect(200);
    expect(ready.body.status).toBe('ok');
    expect(ready.body.info.redis.state).toBe('down');
    const during: { id: string; p: ReturnType<typeof orientationPayload> }[] = [];
    for (let i = 0; i < 10; i++) {
      const p = orientationPayload();
      during.push({ id: await publish(db, 'OrientationRequested', p), p });
    }
    const minor = await (await api.as('asso.93@demo.mnio.test')).post('/api/cases').send(caseBody({ identity: { birthDate: '2011-03-02' } })).expect(201);
    const replay = await (await api.as(ADMIN)).post(`/api/admin/notifications/dead-letters/${letter.id}/replay`).expect(202);
    expect(replay.body).toEqual({ deliveryId: letter.deliveryId, round: 1 });
    const ines = await api.as(INES);
    await ines.get('/api/notifications?limit=5').expect(200);
    await ines.get('/api/notifications/unread-count').expect(200);
    await ines.put('/api/notifications/preferences').send({ items: [{ eventType: 'OrientationCancelled', channel: 'email', enabled: true }] }).expect(200);
    const stats = await (await api.as(ADMIN)).get('/api/admin/notifications/queues').expect(200);
    expect(stats.body.redis).toBe('down');
    expect(stats.body.outboxBacklog).toBeGreaterThanOrEqual(during.length);
    expect(stats.body.queues.every((q: { waiting: number | null }) => q.waiting === null)).toBe(true);
    // Not an ordering sleep: readiness must still hold (200, Redis down) after the client's reconnect attempts.
    await sleep(1500);
    expect((await api.http.get('/health/ready').expect(200)).body.info.redis.state).toBe('down');

    // Redis comes back empty: the outbox, the fan-out marks and the delivery rows are enough to finish the work.
    smtp.delayMs = 0;
    await redis.start();
    const all = [...before, ...during];
    for (const { id } of all) await settled(db, `outbox-${id}`, 60_000);
    const minorEvents = await db.query(`SELECT id, type FROM outbox_messages WHERE aggregate_id = $1 ORDER BY id`, [minor.body.id]);
    for (const e of minorEvents.rows.filter((r) => r.type !== 'CaseCreated')) await settled(db, `outbox-${e.id}`, 30_000);
    await waitFor(async () => (await db.query(`SELECT status FROM notification_deliveries WHERE id = $1`, [letter.deliveryId])).rows[0].status === 'sent', 'the replayed delivery', 30_000);

    for (const { id, p } of all) {
      const inbox = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE event_key = $1`, [`outbox-${id}`]);
      expect({ inbox: inbox.rows[0].n, emails: smtp.messages.filter((m) => m.subject.includes(p.reference)).length, webhooks: receiver.delivered('/acse').filter((c) => c.body.includes(p.orientationId)).length }).toEqual({ inbox: 1, emails: 1, webhooks: 1 });
    }
    const ids = smtp.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(receiver.delivered('/asso').filter((c) => c.body.includes(refused.orientationId))).toHaveLength(1);

    // The minor's case created during the outage reached the ASE and the parquet (MinorCaseCreated) and the cell (CaseShared), once each.
    // (Its protection clocks also open deadlines whose reminders the scan sends: those are the reminders' tests' business.)
    const told = await db.query(
      `SELECT n.event_type, u.email FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.content->>'caseId' = $1 AND n.event_type NOT LIKE 'Deadline%' ORDER BY 1, 2`,
      [minor.body.id],
    );
    expect(told.rows).toEqual([
      { event_type: 'CaseShared', email: 'clav.93@demo.mnio.test' },
      { event_type: 'MinorCaseCreated', email: 'ase.93@demo.mnio.test' },
      { event_type: 'MinorCaseCreated', email: 'parquet.93@demo.mnio.test' },
    ]);
    expect(smtp.messages.filter((m) => m.subject.includes(minor.body.reference) && !m.subject.includes('chéance'))).toHaveLength(3);

    const back = await api.http.get('/health/ready').expect(200);
    expect(back.body.info.redis.state).toBe('up');
    const after = await (await api.as(ADMIN)).get('/api/admin/notifications/queues').expect(200);
    expect(after.body).toMatchObject({ redis: 'up', outboxBacklog: 0, deliveries: { pending: 0, sending: 0 } });
    // The reminder scan's schedule, lost with Redis, was declared again.
    const reminders = worker.app.get<Queue>(getQueueToken(REMINDERS_QUEUE), { strict: false });
    await waitFor(async () => (await reminders.getJobScheduler(DEADLINE_SCAN_JOB)) ?? false, 'the reminder scan declared again on the empty Redis');
  }, 150_000);
});
