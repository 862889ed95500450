import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { parseNotificationEvent } from '../domain/notification-event';
import { crossedThresholds, lookaheadMs } from '../domain/reminder-thresholds';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { DEADLINE_SOURCE, DeadlineSource, OpenDeadline } from '../ports/deadline-source';
import { DEADLINE_SCAN_JOB, REMINDERS_QUEUE } from '../queues';
import { logConnectionErrors } from './connection-errors';
import { FanoutService } from './fanout.service';
import { Memo } from './memo';

const PAGE = 200;
/** Deadlines reminded in parallel within a page (each is its own transaction). */
const PARALLEL = 4;

/**
 * The repeatable reminder scan. Each crossed threshold is recorded once per deadline under a primary key,
 * in the transaction that writes the notifications: two workers scanning together notify once.
 */
@Injectable()
export class DeadlineScanner {
  private readonly logger = new Logger('notifications');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(DEADLINE_SOURCE) private readonly source: DeadlineSource,
    private readonly fanouts: FanoutService,
    @InjectQueue(REMINDERS_QUEUE) private readonly queue: Queue,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    logConnectionErrors(queue, `queue:${REMINDERS_QUEUE}`);
  }

  /** Declares the repeatable scan if Redis does not hold it (first boot, or Redis lost its data). Idempotent. */
  async ensureSchedule(): Promise<boolean> {
    const existing = await this.queue.getJobScheduler(DEADLINE_SCAN_JOB);
    if (existing && existing.every === this.config.reminderEveryMs) return false;
    await this.queue.upsertJobScheduler(DEADLINE_SCAN_JOB, { every: this.config.reminderEveryMs }, { name: DEADLINE_SCAN_JOB, opts: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } } });
    return true;
  }

  async scan(now = new Date()): Promise<{ scanned: number; notified: number }> {
    const dueBefore = new Date(now.getTime() + lookaheadMs(this.config.reminderThresholds));
    let afterId: string | undefined;
    let scanned = 0;
    let notified = 0;
    const memo: Memo = new Map();
    for (;;) {
      const page = await this.source.listOpenDeadlines(dueBefore, afterId, PAGE);
      const known = await this.recorded(page.map((d) => d.deadlineId));
      const todo = page.filter((d) => {
        const { crossed } = crossedThresholds(d.dueAt, now, this.config.reminderThresholds);
        return crossed.some((c) => !known.get(d.deadlineId)?.includes(c));
      });
      for (let i = 0; i < todo.length; i += PARALLEL) {
        const done = await Promise.all(todo.slice(i, i + PARALLEL).map((d) => this.remind(d, now, memo)));
        notified += done.filter(Boolean).length;
      }
      scanned += page.length;
      if (page.length < PAGE) break;
      afterId = page[page.length - 1].deadlineId;
    }
    return { scanned, notified };
  }

  private async recorded(deadlineIds: string[]): Promise<Map<string, string[]>> {
    if (!deadlineIds.length) return new Map();
    const rows: { deadline_id: string; thresholds: string[] }[] = await this.ds.query(
      `SELECT deadline_id, array_agg(threshold) AS thresholds FROM notification_reminders WHERE deadline_id = ANY($1) GROUP BY deadline_id`,
      [deadlineIds],
    );
    return new Map(rows.map((r) => [r.deadline_id, r.thresholds]));
  }

  /**
   * True when this call sent the deadline's reminder for its most urgent crossed threshold. An overdue minor's
   * clock (`escalate`) is also told to the territory's parquet, as `DeadlineEscalated`, in the same transaction:
   * once per deadline, like the reminder it goes with.
   */
  async remind(d: OpenDeadline, now: Date, memo?: Memo): Promise<boolean> {
    const { crossed, notify } = crossedThresholds(d.dueAt, now, this.config.reminderThresholds);
    if (!notify) return false;
    const type = notify === 'overdue' ? 'DeadlineOverdue' : 'DeadlineApproaching';
    const key = `deadline-${d.deadlineId}-${notify}`;
    const fields = { ...d, dueAt: d.dueAt.toISOString(), threshold: notify };
    const parsed = parseNotificationEvent(type, key, fields, now);
    const record = (em: { query: DataSource['query'] }) =>
      em.query(
        `INSERT INTO notification_reminders (deadline_id, threshold, due_at, notified) SELECT $1, t, $2, t = $3 FROM unnest($4::text[]) AS t
         ON CONFLICT DO NOTHING RETURNING threshold`,
        [d.deadlineId, d.dueAt, notify, crossed],
      ) as Promise<{ threshold: string }[]>;
    if (!parsed.ok) {
      this.logger.warn({ deadlineId: d.deadlineId, invalidFields: parsed.invalidFields }, 'deadline reminder rejected');
      await record(this.ds);
      return false;
    }
    const escalation = notify === 'overdue' && d.escalate ? parseNotificationEvent('DeadlineEscalated', `deadline-${d.deadlineId}-escalated`, fields, now) : null;
    const plan = await this.fanouts.plan(parsed.event, null, memo);
    const escalationPlan = escalation?.ok ? await this.fanouts.plan(escalation.event, null, memo) : null;
    const written = await this.ds.transaction(async (em) => {
      const rows = await record(em);
      if (!rows.some((r) => r.threshold === notify)) return null;
      const inbox = await this.fanouts.write(em, plan);
      const escalated = escalationPlan ? await this.fanouts.write(em, escalationPlan) : null;
      return { inbox, escalated };
    });
    if (written?.inbox) this.fanouts.logInbox(parsed.event, written.inbox);
    if (written?.escalated && escalationPlan) this.fanouts.logInbox(escalationPlan.event, written.escalated);
    await this.fanouts.enqueuePending(key);
    if (escalationPlan) await this.fanouts.enqueuePending(escalationPlan.event.key);
    return !!written?.inbox;
  }
}
