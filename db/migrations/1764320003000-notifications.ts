import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: the in-app inbox, per-user channel preferences, organisation webhooks, outbound deliveries
 * (email, webhook) with their dead letters, deadline reminders and the fan-out journal. Unique keys carry
 * the exactly-once rules: one inbox row per (event, user), one delivery per (event, channel, recipient),
 * one reminder per (deadline, threshold), one fan-out per event.
 */
export class Notifications1764320003000 implements MigrationInterface {
  name = 'Notifications1764320003000';

  async up(q: QueryRunner): Promise<void> {
    // Content holds ids, codes, a reference, a territory, a date and a link: never identity.
    await q.query(`CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      event_key text NOT NULL,
      event_type text NOT NULL,
      content jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      UNIQUE (event_key, user_id)
    )`);
    await q.query(`CREATE INDEX notifications_inbox_idx ON notifications (user_id, (read_at IS NOT NULL), created_at DESC, id DESC)`);

    await q.query(`CREATE TABLE notification_preferences (
      user_id uuid NOT NULL REFERENCES users(id),
      event_type text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('in_app', 'email')),
      enabled boolean NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, event_type, channel)
    )`);

    // The secret is encrypted with the field cipher; it is shown once, at creation.
    await q.query(`CREATE TABLE notification_webhooks (
      id uuid PRIMARY KEY,
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      url text NOT NULL,
      secret_enc text NOT NULL,
      event_types text[] NOT NULL,
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX notification_webhooks_org_idx ON notification_webhooks (organisation_id) WHERE active`);

    // recipient_id is the user (email) or the webhook (webhook). `replays` names the job of the current round.
    await q.query(`CREATE TABLE notification_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_key text NOT NULL,
      event_type text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('email', 'webhook')),
      recipient_id uuid NOT NULL,
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      content jsonb NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'skipped', 'dead')),
      attempts integer NOT NULL DEFAULT 0,
      replays integer NOT NULL DEFAULT 0,
      lease_until timestamptz,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      UNIQUE (event_key, channel, recipient_id)
    )`);
    await q.query(`CREATE INDEX notification_deliveries_open_idx ON notification_deliveries (next_attempt_at) WHERE status IN ('pending', 'sending')`);

    await q.query(`CREATE TABLE notification_dead_letters (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      delivery_id uuid NOT NULL REFERENCES notification_deliveries(id),
      round integer NOT NULL,
      channel text NOT NULL,
      attempts integer NOT NULL,
      last_error text,
      failed_at timestamptz NOT NULL DEFAULT now(),
      replayed_at timestamptz,
      replayed_by uuid REFERENCES users(id),
      UNIQUE (delivery_id, round)
    )`);
    await q.query(`CREATE INDEX notification_dead_letters_open_idx ON notification_dead_letters (failed_at DESC, id DESC) WHERE replayed_at IS NULL`);

    // One row per event that was turned into notifications (or deliberately not): the reconciler's "done" mark.
    await q.query(`CREATE TABLE notification_fanouts (
      event_key text PRIMARY KEY,
      outbox_id bigint UNIQUE,
      event_type text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('notified', 'no_recipients', 'rejected', 'ignored')),
      recipients integer NOT NULL DEFAULT 0,
      fanned_out_at timestamptz NOT NULL DEFAULT now()
    )`);

    // A threshold crossed is recorded once; `notified` is false for a threshold superseded by a more urgent one.
    await q.query(`CREATE TABLE notification_reminders (
      deadline_id text NOT NULL,
      threshold text NOT NULL,
      due_at timestamptz NOT NULL,
      notified boolean NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (deadline_id, threshold)
    )`);

    // Low-water mark of the outbox ids the reconciler has seen fanned out.
    await q.query(`CREATE TABLE notification_reconcile_state (
      id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      outbox_mark bigint NOT NULL DEFAULT 0,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO notification_reconcile_state (id) VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_reconcile_state, notification_reminders, notification_fanouts, notification_dead_letters,
      notification_deliveries, notification_webhooks, notification_preferences, notifications`);
  }
}
