import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditOutbox1764320000200 implements MigrationInterface {
  name = 'AuditOutbox1764320000200';

  async up(q: QueryRunner): Promise<void> {
    // One hash chain per stream (a case, a user, an organisation…); stream heads are anchored into a global chain.
    await q.query(`CREATE TABLE audit_entries (
      id bigserial PRIMARY KEY,
      stream text NOT NULL,
      seq bigint NOT NULL,
      occurred_at timestamptz NOT NULL,
      actor_user_id uuid,
      actor_organisation_id uuid,
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text,
      reason text,
      request_id text,
      ip text,
      details jsonb NOT NULL DEFAULT '{}',
      prev_hash text NOT NULL,
      hash text NOT NULL,
      UNIQUE (stream, seq)
    )`);
    await q.query(`CREATE INDEX audit_entries_subject_idx ON audit_entries (subject_type, subject_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_entries_actor_idx ON audit_entries (actor_user_id, occurred_at)`);
    await q.query(`CREATE TABLE audit_stream_heads (
      stream text PRIMARY KEY,
      seq bigint NOT NULL,
      hash text NOT NULL,
      prev_hash text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE audit_anchors (
      id bigserial PRIMARY KEY,
      anchored_at timestamptz NOT NULL DEFAULT now(),
      heads jsonb NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`);
    await q.query(`CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit journal is append-only (% on %)', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_entries', 'audit_anchors']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()`);
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
    }

    await q.query(`CREATE TABLE outbox_messages (
      id bigserial PRIMARY KEY,
      type text NOT NULL,
      aggregate_id text,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      relayed_at timestamptz
    )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox_messages (id) WHERE relayed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_messages`);
    await q.query(`DROP TABLE audit_anchors, audit_stream_heads, audit_entries`);
    await q.query(`DROP FUNCTION audit_refuse_change()`);
  }
}
