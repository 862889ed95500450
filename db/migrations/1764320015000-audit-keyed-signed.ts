import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit journal keyed and signed (ADR 0011): each entry records the id of the journal key whose HMAC is
 * its hash (null for entries hashed with plain SHA-256 before); each anchor its signing key id and Ed25519
 * signature. Stream heads only move forward, one seq at a time, and are never deleted, so the application's
 * role (which may UPDATE them, db/roles.ts) cannot rewind one. The grants themselves are applied after
 * every migration run (db/roles.ts), so tables added later are covered without a migration remembering.
 */
export class AuditKeyedSigned1764320015000 implements MigrationInterface {
  name = 'AuditKeyedSigned1764320015000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_entries ADD COLUMN key_id text`);
    await q.query(`ALTER TABLE audit_anchors ADD COLUMN key_id text, ADD COLUMN signature text`);
    await q.query(`ALTER TABLE audit_anchors ADD CONSTRAINT audit_anchors_signed_whole CHECK ((key_id IS NULL) = (signature IS NULL))`);
    await q.query(`CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' AND (NEW.seq <> 0 OR NEW.hash <> NEW.prev_hash) THEN
          RAISE EXCEPTION 'an audit stream head starts at seq 0' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.stream <> OLD.stream OR NEW.seq <> OLD.seq + 1 OR NEW.prev_hash <> OLD.hash) THEN
          RAISE EXCEPTION 'an audit stream head only moves forward, one entry at a time' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'the audit journal is append-only (DELETE on audit_stream_heads)' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER audit_stream_heads_forward_only BEFORE INSERT OR UPDATE OR DELETE ON audit_stream_heads FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only()`);
    await q.query(`CREATE TRIGGER audit_stream_heads_no_truncate BEFORE TRUNCATE ON audit_stream_heads FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_stream_heads_no_truncate ON audit_stream_heads`);
    await q.query(`DROP TRIGGER audit_stream_heads_forward_only ON audit_stream_heads`);
    await q.query(`DROP FUNCTION audit_head_forward_only()`);
    await q.query(`ALTER TABLE audit_anchors DROP CONSTRAINT audit_anchors_signed_whole, DROP COLUMN signature, DROP COLUMN key_id`);
    await q.query(`ALTER TABLE audit_entries DROP COLUMN key_id`);
  }
}
