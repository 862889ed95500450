import { getQueueToken } from '@nestjs/bullmq';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DEADLINE_SCAN_JOB, DeadlineScanner, DeadlineSource, OpenDeadline, REMINDERS_QUEUE } from '@mnio/notifications';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { nextReference, seedCaseFor } from './support/events';
import { SmtpSink } from '../../support/smtp-sink';
import { startWorker, TestWorker, useStack, waitFor } from '../../support/stack';

const DAY = 86_400_000;

/** What the cases context will provide: open deadlines, keyset by id. */
class FakeDeadlines implements DeadlineSource {
  readonly items: OpenDeadline[] = [];
  calls = 0;
  /** The worker checks case access for real: every deadline added is on a case recorded in the database (once, at once). */
  db?: Client;
  private seeded: Promise<void>[] = [];

  add(dueInMs: number, now = Date.now()): OpenDeadline {
    const d: OpenDeadline = {
      deadlineId: randomUUID(),
      caseId: randomUUID(),
      reference: nextReference(),
      territory: '93',
      kind: 'reflection_period_end',
      dueAt: new Date(now + dueInMs),
      responsibleOrganisationId: DEMO_ORGS.asso93,
    };
    this.items.push(d);
    this.seeded.push(seedCaseFor(this.db!, d.kind, { ...d }));
    return d;
  }

  async listOpenDeadlines(dueBefore: Date, afterId?: string, limit = 100): Promise<OpenDeadline[]> {
    this.calls++;
    const page = this.items
      .filter((d) => d.dueAt < dueBefore && (!afterId || d.deadlineId > afterId))
      .sort((a, b) => (a.deadlineId < b.deadlineId ? -1 : 1))
      .slice(0, limit);
    await Promise.all(this.seeded);
    return page;
  }
}

describe('notifications: deadline reminders', () => {
  let smtp: SmtpSink;
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;
  const source = new FakeDeadlines();
  useStack({ smtp: true, env: { NOTIFY_REMINDER_EVERY_MS: '500', NOTIFY_REMINDER_THRESHOLDS: '7d,1d,overdue' }, worker: { deadlineSource: source } }, (s) => {
    ({ smtp, api, worker, db } = s);
    source.db = s.db;
  });

  const reminders = async (d: OpenDeadline) =>
    (await db.query(`SELECT threshold, notified FROM notification_reminders WHERE deadline_id = $1 ORDER BY threshold`, [d.deadlineId])).rows;
  const inbox = async (d: OpenDeadline) =>
    (await db.query(`SELECT event_type, content->>'threshold' AS threshold, count(*)::int AS n FROM notifications WHERE content->>'deadlineId' = $1 GROUP BY 1, 2 ORDER BY 2`, [d.deadlineId])).rows;

  it('runs the scan as a BullMQ job scheduler and reminds the responsible organisation, by inbox and email', async () => {
    const queue = worker.app.get<Queue>(getQueueToken(REMINDERS_QUEUE), { strict: false });
    expect(await queue.getJobScheduler(DEADLINE_SCAN_JOB)).toMatchObject({ every: 500 });
    const d = source.add(5 * DAY);
    await waitFor(async () => (await inbox(d)).length > 0, 'the scheduled scan');
    expect(await inbox(d)).toEqual([{ event_type: 'DeadlineApproaching', threshold: '7d', n: 2 }]);
    const mails = await waitFor(() => {
      const m = smtp.messages.filter((x) => x.subject.includes(d.reference));
      return m.length === 2 && m;
    }, 'two reminder emails');
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['asso.93@demo.mnio.test', 'coord.93@demo.mnio.test']);
    expect(mails[0].subject).toBe(`[mnio] Échéance proche — ${d.reference}`);
    expect(mails[0].text).toContain('Échéance proche : dans 7 jours');
    expect(mails[0].text).toMatch(/Échéance : \d{1,2} \S+ 2\d{3}/);
    const view = (await (await api.as('coord.93@demo.mnio.test')).get('/api/notifications?limit=100').expect(200)).body.items.find((n: { deadlineId?: string }) => n.deadlineId === d.deadlineId);
    expect(view).toMatchObject({ eventType: 'DeadlineApproaching', threshold: '7d', reference: d.reference, dueAt: d.dueAt.toISOString(), link: `/cases/${d.caseId}/deadlines/${d.deadlineId}` });
  });

  it('notifies each threshold once as time passes: 7 days, 1 day, overdue', async () => {
    const scanner = worker.app.get(DeadlineScanner);
    const now = Date.now();
    const d = source.add(5 * DAY, now);
    for (const t of [now, now + 60_000, now + 4.5 * DAY, now + 4.6 * DAY, now + 6 * DAY, now + 9 * DAY]) await scanner.scan(new Date(t));
    expect(await inbox(d)).toEqual([
      { event_type: 'DeadlineApproaching', threshold: '1d', n: 2 },
      { event_type: 'DeadlineApproaching', threshold: '7d', n: 2 },
      { event_type: 'DeadlineOverdue', threshold: 'overdue', n: 2 },
    ]);
    expect(await reminders(d)).toEqual([
      { threshold: '1d', notified: true },
      { threshold: '7d', notified: true },
      { threshold: 'overdue', notified: true },
    ]);
  });

  it('tells a deadline first seen late only its most urgent threshold, and never the passed ones later', async () => {
    const scanner = worker.app.get(DeadlineScanner);
    const now = Date.now();
    const soon = source.add(12 * 3_600_000, now);
    const late = source.add(-2 * DAY, now);
    await scanner.scan(new Date(now));
    await scanner.scan(new Date(now + 1000));
    expect(await inbox(soon)).toEqual([{ event_type: 'DeadlineApproaching', threshold: '1d', n: 2 }]);
    expect(await reminders(soon)).toEqual([{ threshold: '1d', notified: true }, { threshold: '7d', notified: false }]);
    expect(await inbox(late)).toEqual([{ event_type: 'DeadlineOverdue', threshold: 'overdue', n: 2 }]);
  });

  it('with two workers scanning at the same moment, notifies each deadline and threshold once (over several pages)', async () => {
    // 210 deadlines: more than one page of the source.
    const other = await startWorker({ deadlineSource: source });
    try {
      const now = Date.now();
      const batch = Array.from({ length: 210 }, (_, i) => source.add((i % 3 === 0 ? 3 : i % 3 === 1 ? 0.5 : -1) * DAY, now));
      const a = worker.app.get(DeadlineScanner);
      const b = other.app.get(DeadlineScanner);
      const at = new Date(now + 1000);
      await Promise.all([a.scan(at), b.scan(at)]);
      const counts = await db.query(
        `SELECT content->>'deadlineId' AS id, count(*)::int AS n, count(DISTINCT event_key)::int AS events FROM notifications
         WHERE content->>'deadlineId' = ANY($1) GROUP BY 1`,
        [batch.map((d) => d.deadlineId)],
      );
      expect(counts.rows).toHaveLength(210);
      expect(counts.rows.every((r) => r.n === 2 && r.events === 1)).toBe(true);
      const refs = new Set(batch.map((d) => d.reference));
      await waitFor(() => smtp.messages.filter((m) => refs.has(m.subject.split(' — ')[1])).length >= 420, 'every reminder email', 60_000);
      const mails = smtp.messages.filter((m) => refs.has(m.subject.split(' — ')[1]));
      expect(mails).toHaveLength(420);
    } finally {
      await other.close();
    }
  }, 90_000);

  it('keeps a malformed deadline out without scanning it again and again', async () => {
    const scanner = worker.app.get(DeadlineScanner);
    const d = source.add(DAY / 2);
    d.reference = 'Dupont Marie';
    await scanner.scan();
    expect(await inbox(d)).toEqual([]);
    expect(await reminders(d)).toEqual([{ threshold: '1d', notified: true }, { threshold: '7d', notified: false }]);
  });
});
