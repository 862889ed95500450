import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@mnio/platform';
import { DPO_RECIPIENT_ID, NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import type { NotificationEvent } from '../domain/notification-event';
import { effectiveEnabled, PreferenceOverride } from '../domain/preferences';
import { logDelivery } from './delivery-log';
import { DeliveryQueues, OpenDelivery } from './delivery-queues';
import { Memo, remember } from './memo';
import { RecipientResolver, Recipients } from './recipient-resolver';

export interface InboxRow {
  user_id: string;
  organisation_id: string;
}

export type FanoutOutcome = 'notified' | 'no_recipients' | 'rejected' | 'ignored' | 'already_done';

/** Everything decided before writing: who, on which channel. Computed outside the transaction. */
export interface FanoutPlan {
  event: NotificationEvent;
  outboxId: string | null;
  recipients: Recipients | null;
  emailUserIds: string[];
  webhooks: { id: string; organisationId: string }[];
  /** The data-protection contact's email (break-the-glass), filed under this organisation (the case's owner). */
  dpoOrganisationId: string | null;
}

/**
 * Turns one event into inbox rows and delivery rows, in one transaction with the fan-out mark. Unique keys
 * make a second run (a retried or duplicated job, a second worker) write nothing; delivery jobs are
 * enqueued after the commit from what the database holds, so a crash in between is repaired by a re-run.
 */
@Injectable()
export class FanoutService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly resolver: RecipientResolver,
    private readonly queues: DeliveryQueues,
    @Inject(APP_CONFIG) private readonly app: AppConfig,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async isDone(eventKey: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM notification_fanouts WHERE event_key = $1`, [eventKey]);
    return rows.length > 0;
  }

  async plan(event: NotificationEvent, outboxId: string | null, memo?: Memo): Promise<FanoutPlan> {
    const recipients = await this.resolver.resolve(event, memo);
    if (!recipients) return { event, outboxId, recipients, emailUserIds: [], webhooks: [], dpoOrganisationId: null };
    const userIds = recipients.users.map((u) => u.userId);
    const overrides: (PreferenceOverride & { userId: string })[] = userIds.length
      ? await remember(memo, `prefs:${event.type}:${userIds.join()}`, () =>
          this.ds.query(
            `SELECT user_id AS "userId", event_type AS "eventType", channel, enabled FROM notification_preferences WHERE user_id = ANY($1) AND event_type = $2`,
            [userIds, event.type],
          ),
        )
      : [];
    // Without SMTP configured there is no email channel; the inbox still holds everything.
    const emailUserIds = this.app.smtpUrl
      ? userIds.filter((id) => effectiveEnabled(event.type, 'email', overrides.filter((o) => o.userId === id)))
      : [];
    const webhooks: { id: string; organisationId: string }[] = recipients.organisationIds.length
      ? await remember(memo, `webhooks:${event.type}:${recipients.organisationIds.join()}`, async () => {
          const hooks: { id: string; organisationId: string }[] = await this.ds.query(
            `SELECT w.id, w.organisation_id AS "organisationId" FROM notification_webhooks w
             WHERE w.active AND w.organisation_id = ANY($1) AND $2 = ANY(w.event_types) ORDER BY w.id`,
            [recipients.organisationIds, event.type],
          );
          if (!hooks.length) return hooks;
          // Only active organisations' webhooks: the directory says which are (asked only when one of them has a webhook,
          // which most events' organisations have not: one read fewer per event).
          const active = await this.resolver.activeOrganisations([...new Set(hooks.map((h) => h.organisationId))]);
          return hooks.filter((h) => active.has(h.organisationId));
        })
      : [];
    // Whatever the owner's coordinators' settings, the platform's data-protection contact hears of every emergency access.
    const dpoOrganisationId = event.type === 'BreakGlassUsed' && this.app.smtpUrl && this.config.dpoEmail ? (event.fields.ownerOrganisationId ?? null) : null;
    return { event, outboxId, recipients, emailUserIds, webhooks, dpoOrganisationId };
  }

  /** Writes the plan in the caller's transaction; null when another run already wrote this event, else the inbox rows added. */
  async write(em: EntityManager, plan: FanoutPlan): Promise<InboxRow[] | null> {
    const { event } = plan;
    const users = plan.recipients?.users ?? [];
    const outcome = !plan.recipients ? 'ignored' : users.length || plan.webhooks.length || plan.dpoOrganisationId ? 'notified' : 'no_recipients';
    const mark: unknown[] = await em.query(
      `INSERT INTO notification_fanouts (event_key, outbox_id, event_type, outcome, recipients) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING event_key`,
      [event.key, plan.outboxId, event.type, outcome, users.length],
    );
    if (mark.length === 0) return null;
    let inserted: InboxRow[] = [];
    if (users.length) {
      inserted = await em.query(
        `INSERT INTO notifications (user_id, organisation_id, event_key, event_type, content)
         SELECT u, o, $1, $2, $3 FROM unnest($4::uuid[], $5::uuid[]) AS t(u, o)
         ON CONFLICT (event_key, user_id) DO NOTHING RETURNING user_id, organisation_id`,
        [event.key, event.type, JSON.stringify(event.content), users.map((u) => u.userId), users.map((u) => u.organisationId)],
      );
    }
    const orgOf = new Map(users.map((u) => [u.userId, u.organisationId]));
    const rows = [
      ...plan.emailUserIds.map((id) => ({ channel: 'email', recipient: id, organisation: orgOf.get(id)! })),
      ...plan.webhooks.map((w) => ({ channel: 'webhook', recipient: w.id, organisation: w.organisationId })),
      ...(plan.dpoOrganisationId ? [{ channel: 'email', recipient: DPO_RECIPIENT_ID, organisation: plan.dpoOrganisationId }] : []),
    ];
    if (rows.length) {
      await em.query(
        `INSERT INTO notification_deliveries (event_key, event_type, channel, recipient_id, organisation_id, content)
         SELECT $1, $2, c, r, o, $3 FROM unnest($4::text[], $5::uuid[], $6::uuid[]) AS t(c, r, o)
         ON CONFLICT (event_key, channel, recipient_id) DO NOTHING`,
        [event.key, event.type, JSON.stringify(event.content), rows.map((r) => r.channel), rows.map((r) => r.recipient), rows.map((r) => r.organisation)],
      );
    }
    return inserted;
  }

  /** After the commit: one log line per inbox row written. */
  logInbox(event: NotificationEvent, rows: InboxRow[]): void {
    for (const r of rows) {
      logDelivery({ eventKey: event.key, eventType: event.type, channel: 'in_app', recipientId: r.user_id, organisationId: r.organisation_id, outcome: 'delivered' });
    }
  }

  /**
   * Plan, write, then enqueue. Safe to run any number of times for the same event. `enqueueWaitMs` bounds
   * the wait for Redis (the reconciler's path: the deliveries are in the database either way).
   */
  async fanout(event: NotificationEvent, outboxId: string | null, enqueueWaitMs?: number): Promise<FanoutOutcome> {
    const enqueue = () => {
      const queued = this.enqueuePending(event.key);
      if (enqueueWaitMs === undefined) return queued;
      queued.catch(() => undefined);
      return Promise.race([queued, new Promise<void>((resolve) => setTimeout(resolve, enqueueWaitMs).unref())]);
    };
    // No "already done?" read first: the fan-out mark's unique key answers that inside the transaction (a second run
    // writes nothing and gets null), so only a repeated job pays for planning again, not every event for a read.
    const plan = await this.plan(event, outboxId);
    const written = await this.ds.transaction((em) => this.write(em, plan));
    if (written) this.logInbox(event, written);
    await enqueue();
    if (!written) return 'already_done';
    return !plan.recipients ? 'ignored' : plan.recipients.users.length || plan.webhooks.length || plan.dpoOrganisationId ? 'notified' : 'no_recipients';
  }

  /** Records an event that cannot notify (invalid payload), so the reconciler does not bring it back. */
  async reject(eventKey: string, outboxId: string | null, type: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO notification_fanouts (event_key, outbox_id, event_type, outcome) VALUES ($1, $2, $3, 'rejected') ON CONFLICT DO NOTHING`,
      [eventKey, outboxId, type],
    );
  }

  async enqueuePending(eventKey: string): Promise<void> {
    const open: OpenDelivery[] = await this.ds.query(
      `SELECT id, channel, replays, next_attempt_at FROM notification_deliveries WHERE event_key = $1 AND status = 'pending'`,
      [eventKey],
    );
    if (open.length) await this.queues.enqueue(open);
  }
}
