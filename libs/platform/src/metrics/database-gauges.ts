import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { Metrics } from './metrics';

/** The window of `mnio_identity_reads_max_per_user`. */
export const IDENTITY_READS_WINDOW_MINUTES = 10;

/**
 * The most identity reads by one user in the last `$1` minutes, read from the index of identity reads by time
 * (migration 1764320071000): its range scan covers the window's entries only, however long the journal.
 */
export const IDENTITY_READS_MAX_PER_USER_SQL = `SELECT coalesce(max(n), 0)::int AS n FROM (
   SELECT count(*) AS n FROM audit_entries
    WHERE action = 'case.identity_read' AND occurred_at > now() - make_interval(mins => $1)
    GROUP BY actor_user_id) per_user`;

/**
 * Gauges read from the database at scrape time, in one read-only transaction under a statement timeout, by
 * the worker only (one reading per deployment, not one per API instance). Every query is served by an index
 * on the rows it counts (the pending outbox, the anchors' key, the open dead letters, and for the identity
 * reads an index of those entries alone by time, migration 1764320071000: the window's entries, not the journal).
 * No value carries a user, a case or an id: the identity-read gauge is the largest count, not whose.
 */
@Injectable()
export class DatabaseGauges {
  constructor(metrics: Metrics) {
    const registers = [metrics.registry];
    const outboxBacklog = new Gauge({ name: 'mnio_outbox_backlog', help: 'Outbox messages not yet relayed to the queues.', registers });
    const outboxAge = new Gauge({ name: 'mnio_outbox_oldest_age_seconds', help: 'Age of the oldest outbox message not yet relayed (0 when none).', registers });
    const anchorAge = new Gauge({ name: 'mnio_audit_anchor_age_seconds', help: 'Age of the newest audit anchor (absent before the first).', registers });
    const deadLetters = new Gauge({ name: 'mnio_notification_dead_letters_open', help: 'Dead-lettered notification deliveries not replayed, by channel.', labelNames: ['channel'] as const, registers });
    const openDeliveries = new Gauge({ name: 'mnio_notification_deliveries_open', help: 'Notification deliveries pending or being sent, by channel.', labelNames: ['channel'] as const, registers });
    const identityReads = new Gauge({
      name: 'mnio_identity_reads_max_per_user',
      help: `The most identity reads (case.identity_read) by a single user in the last ${IDENTITY_READS_WINDOW_MINUTES} minutes.`,
      registers,
    });
    const lockedAccounts = new Gauge({ name: 'mnio_auth_locked_accounts', help: 'Sign-in throttle entries (accounts or account-and-address pairs) locked now.', registers });
    const all = [outboxBacklog, outboxAge, anchorAge, deadLetters, openDeliveries, identityReads, lockedAccounts];

    metrics.onScrape(async () => {
      try {
        await metrics.readOnly(async (query) => {
          const [outbox] = await query(
            `SELECT count(*)::int AS n, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS age FROM outbox_messages WHERE relayed_at IS NULL`,
          );
          outboxBacklog.set(Number(outbox.n));
          outboxAge.set(Number(outbox.age));
          const [anchor] = await query(`SELECT extract(epoch FROM now() - anchored_at)::float8 AS age FROM audit_anchors ORDER BY id DESC LIMIT 1`);
          anchorAge.reset();
          if (anchor) anchorAge.set(Math.max(0, Number(anchor.age)));
          deadLetters.reset();
          for (const c of ['email', 'webhook']) deadLetters.set({ channel: c }, 0);
          for (const r of await query(`SELECT channel, count(*)::int AS n FROM notification_dead_letters WHERE replayed_at IS NULL GROUP BY channel`)) {
            deadLetters.set({ channel: String(r.channel) }, Number(r.n));
          }
          openDeliveries.reset();
          for (const c of ['email', 'webhook']) openDeliveries.set({ channel: c }, 0);
          for (const r of await query(`SELECT channel, count(*)::int AS n FROM notification_deliveries WHERE status IN ('pending', 'sending') GROUP BY channel`)) {
            openDeliveries.set({ channel: String(r.channel) }, Number(r.n));
          }
          const [reads] = await query(IDENTITY_READS_MAX_PER_USER_SQL, [IDENTITY_READS_WINDOW_MINUTES]);
          identityReads.set(Number(reads.n));
          const [locked] = await query(`SELECT count(*)::int AS n FROM login_throttle WHERE locked_until > now()`);
          lockedAccounts.set(Number(locked.n));
        });
      } catch (e) {
        // An unreachable or slow database: no stale value is served (mnio_database_up says why).
        for (const g of all) g.reset();
        throw e;
      }
    });
  }
}
