import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { CONTENT_KEYS, DeadlineScanner, DeadlineSource, OpenDeadline, WEBHOOK_BODY_KEYS, WEBHOOK_DATA_KEYS } from '@mnio/notifications';
import { DEMO_ORGS, DEMO_USERS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseFields, nextReference, orientationPayload, publishAndSettle, seedCaseFor } from './support/events';
import { SmtpSink } from '../../support/smtp-sink';
import { IsolatedEnv, TestWorker, useStack, waitFor } from '../../support/stack';
import { WebhookReceiver } from '../../support/webhook-receiver';

/** Victim-like values planted wherever an emitter could slip them: free-text fields we accept, unknown keys, a bad code. */
const PLANTED = {
  firstName: 'Zéphyrine',
  lastName: 'Oukoulouba',
  aliases: 'la petite Kwasia',
  birthDate: '1999-04-17',
  address: '17 allée des Mimosas Cachés',
  phone: '+33 6 12 34 56 78',
  narrative: 'retenue par Brahmaputrov dans un hôtel de Bobigny',
};
const PLANTED_VALUES = Object.values(PLANTED);
/** Staff data is not needed in any notification either: names and addresses of the demo users. */
const STAFF_VALUES = DEMO_USERS.flatMap(([email, displayName]) => [email, displayName]);

const INBOX_KEYS = ['id', 'eventType', 'title', 'read', 'createdAt', 'readAt', 'caseId', 'reference', 'territory', 'orientationId', 'linkId', 'deadlineId', 'dueAt', 'threshold', 'link'];
const LOG_KEYS = ['deliveryId', 'eventKey', 'eventType', 'channel', 'recipientId', 'organisationId', 'attempt', 'outcome', 'errorCode', 'durationMs'];

function expectClean(label: string, text: string, extra: string[] = []): void {
  for (const v of [...PLANTED_VALUES, ...extra]) {
    if (text.includes(v)) throw new Error(`${label} contains a planted or staff value (${PLANTED_VALUES.indexOf(v) >= 0 ? 'planted' : 'staff'})`);
  }
}

class OneDeadline implements DeadlineSource {
  items: OpenDeadline[] = [];
  /** The worker checks case access for real: the deadlines listed are on cases recorded in the database. */
  db?: Client;
  async listOpenDeadlines(): Promise<OpenDeadline[]> {
    for (const d of this.items) await seedCaseFor(this.db!, d.kind, { ...d, reference: undefined });
    return this.items;
  }
}

describe('notifications: nothing personal leaves', () => {
  let env: IsolatedEnv;
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;
  const logs: unknown[][] = [];
  const deadlines = new OneDeadline();

  beforeAll(() => {
    for (const level of ['log', 'warn', 'error', 'debug', 'verbose'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void logs.push(args));
    }
  });
  useStack(
    { smtp: true, receiver: true, env: { NOTIFY_BACKOFF_MS: '50', NOTIFY_WEBHOOK_ATTEMPTS: '2', NOTIFY_REMINDER_EVERY_MS: '3600000' }, worker: { deadlineSource: deadlines } },
    (s) => {
      ({ env, smtp, receiver, api, worker, db } = s);
      deadlines.db = s.db;
    },
  );
  afterAll(() => jest.restoreAllMocks());

  beforeAll(async () => {
    const admin = await api.as('admin@demo.mnio.test');
    await admin.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.acse, url: receiver.url('/acse'), eventTypes: ['OrientationRequested'] }).expect(201);
    await admin.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.prefecture93, url: receiver.url('/down'), eventTypes: ['CaseShared'] }).expect(201);
    await admin.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.asso93, url: receiver.url('/asso'), eventTypes: ['DeadlineApproaching', 'OrientationAccepted'] }).expect(201);
    receiver.answer = (c) => (c.path === '/down' ? 500 : 200);

    // Every kind of event, each carrying the planted values in unknown keys and, for CaseShared, in `reason`.
    await publishAndSettle(db, 'OrientationRequested', { ...orientationPayload(), ...PLANTED });
    await publishAndSettle(db, 'OrientationAccepted', { ...orientationPayload(), ...PLANTED });
    await publishAndSettle(db, 'CaseShared', { ...caseFields(), organisationId: DEMO_ORGS.prefecture93, reason: PLANTED.narrative, ...PLANTED });
    await publishAndSettle(db, 'PresumedVictimIdentified', { ...caseFields(), ownerOrganisationId: DEMO_ORGS.asso93, ...PLANTED });
    await publishAndSettle(db, 'MinorCaseCreated', { ...caseFields(), ...PLANTED });
    await publishAndSettle(db, 'DuplicateLinkRequested', { linkId: randomUUID(), requesterOrganisationId: DEMO_ORGS.asso75, otherOrganisationId: DEMO_ORGS.asso93, territory: '93', ...PLANTED });
    // Identity where a code is expected: refused whole.
    await publishAndSettle(db, 'OrientationRequested', orientationPayload({ targetKind: PLANTED.firstName }));
    deadlines.items = [
      { deadlineId: randomUUID(), caseId: randomUUID(), reference: nextReference(), territory: '93', kind: 'reflection_period_end', dueAt: new Date(Date.now() + 3 * 86_400_000), responsibleOrganisationId: DEMO_ORGS.asso93, ...PLANTED } as OpenDeadline,
      { deadlineId: randomUUID(), caseId: randomUUID(), reference: PLANTED.lastName, territory: '93', kind: 'reflection_period_end', dueAt: new Date(Date.now() + 3 * 86_400_000), responsibleOrganisationId: DEMO_ORGS.asso93 },
    ];
    await worker.app.get(DeadlineScanner).scan();
    await waitFor(async () => (await db.query(`SELECT count(*)::int AS n FROM notification_deliveries WHERE status IN ('pending', 'sending')`)).rows[0].n === 0, 'every delivery to settle');
  }, 120_000);

  it('delivered on every channel (the scan below looks at real traffic)', async () => {
    expect(smtp.messages.length).toBeGreaterThanOrEqual(6);
    expect(receiver.delivered().length).toBeGreaterThanOrEqual(3);
    expect((await db.query(`SELECT count(*)::int AS n FROM notifications`)).rows[0].n).toBeGreaterThanOrEqual(9);
    expect((await db.query(`SELECT count(*)::int AS n FROM notification_dead_letters`)).rows[0].n).toBe(1);
    const shared = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE event_type = 'CaseShared'`);
    expect(shared.rows[0].n).toBe(1);
  });

  it('no inbox answer carries a planted or staff value, and items have only allowed keys', async () => {
    for (const [email] of DEMO_USERS) {
      const user = await api.as(email);
      const res = await user.get('/api/notifications?limit=100').expect(200);
      expectClean(`inbox of a demo user`, JSON.stringify(res.body), STAFF_VALUES);
      for (const item of res.body.items) for (const k of Object.keys(item)) expect(INBOX_KEYS).toContain(k);
    }
  }, 120_000); // fourteen sign-ins: seconds each on a loaded machine

  it('no email subject or body carries one (the recipient address aside, in the envelope and To)', () => {
    for (const m of smtp.messages) {
      const others = STAFF_VALUES.filter((v) => !m.to.includes(v));
      expectClean('an email', `${m.subject}\n${m.text}\n${m.html}`, others);
      expectClean('a raw email', m.raw.replace(/^To: .*$/m, ''), others);
    }
  });

  it('no webhook body or header carries one, and bodies have only allowed keys', () => {
    for (const c of receiver.calls) {
      expectClean('a webhook call', `${JSON.stringify(c.headers)}\n${c.body}`, STAFF_VALUES);
      const body = JSON.parse(c.body);
      expect(Object.keys(body).sort()).toEqual([...WEBHOOK_BODY_KEYS].sort());
      for (const k of Object.keys(body.data)) expect(WEBHOOK_DATA_KEYS).toContain(k);
    }
  });

  it('no job of the notification queues carries one: delivery jobs hold a delivery id only', async () => {
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      let jobs = 0;
      for (const queue of ['notify-email', 'notify-webhook', 'notify-reminders']) {
        const keys: string[] = [];
        let cursor = '0';
        do {
          const [next, found] = await redis.scan(cursor, 'MATCH', `${env.queuePrefix}:${queue}:*`, 'COUNT', 1000);
          keys.push(...found);
          cursor = next;
        } while (cursor !== '0');
        for (const key of keys) {
          const type = await redis.type(key);
          const dump = type === 'hash' ? JSON.stringify(await redis.hgetall(key)) : type === 'list' ? JSON.stringify(await redis.lrange(key, 0, -1)) : type === 'zset' ? JSON.stringify(await redis.zrange(key, 0, -1)) : type === 'stream' ? JSON.stringify(await redis.xrange(key, '-', '+')) : '';
          expectClean(`redis key of ${queue}`, dump, STAFF_VALUES);
          if (type === 'hash' && /:[^:]+$/.test(key) && (await redis.hexists(key, 'data'))) {
            const data = JSON.parse((await redis.hget(key, 'data'))!);
            if (queue === 'notify-reminders') expect(Object.keys(data)).toEqual([]);
            else expect(Object.keys(data)).toEqual(['deliveryId']);
            jobs++;
          }
        }
      }
      expect(jobs).toBeGreaterThanOrEqual(6);
      // The platform's events queue carries the outbox message's id and type only (the worker reads the payload
      // from PostgreSQL): even a payload that broke the emitters' contract (the planted values) never sits in Redis.
      const eventJob = await redis.hget(`${env.queuePrefix}:events:outbox-1`, 'data');
      expect(JSON.parse(eventJob!)).toEqual({ outboxId: '1', type: expect.any(String) });
      expect(eventJob).not.toContain(PLANTED.lastName);
    } finally {
      redis.disconnect();
    }
  });

  it('no notification table row carries one, and stored content has only allowed keys', async () => {
    for (const table of ['notifications', 'notification_deliveries', 'notification_dead_letters', 'notification_fanouts', 'notification_reminders']) {
      const rows = await db.query(`SELECT row_to_json(t)::text AS j FROM ${table} t`);
      for (const r of rows.rows) expectClean(`a row of ${table}`, r.j, STAFF_VALUES);
    }
    const contents = await db.query(`SELECT content FROM notifications UNION ALL SELECT content FROM notification_deliveries`);
    for (const r of contents.rows) for (const k of Object.keys(r.content)) expect(CONTENT_KEYS).toContain(k);
  });

  it('no log line carries one; delivery lines have ids, channel and outcome only', () => {
    expect(logs.length).toBeGreaterThan(0);
    const deliveryLines = logs.filter((args) => args[1] === 'notification delivery');
    expect(deliveryLines.length).toBeGreaterThanOrEqual(15);
    for (const args of logs) expectClean('a log line', JSON.stringify(args), STAFF_VALUES);
    for (const [line] of deliveryLines) {
      for (const k of Object.keys(line as object)) expect(LOG_KEYS).toContain(k);
      expect(line).toMatchObject({ eventKey: expect.any(String), channel: expect.stringMatching(/^(in_app|email|webhook)$/), outcome: expect.any(String) });
    }
    const outcomes = new Set(deliveryLines.map(([l]) => (l as { outcome: string }).outcome));
    for (const o of ['delivered', 'sent', 'retry', 'dead']) expect(outcomes).toContain(o);
    const rejected = logs.find((args) => args[1] === 'notification event rejected');
    expect(rejected?.[0]).toEqual({ outboxId: expect.any(String), eventType: 'OrientationRequested', invalidFields: ['targetKind'] });
  });
});
