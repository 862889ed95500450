import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 §1: the row rules are applied. A run's report gets the rows purged (or, in a dry run, to purge) per rule,
 * and a rule for the values a rectification replaced (kept encrypted for the audit period, six years, then emptied).
 * Expand-only: a column with a default and one row.
 */
export class RetentionRowPurges1764320240000 implements MigrationInterface {
  name = 'RetentionRowPurges1764320240000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE retention_runs ADD COLUMN purged jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`INSERT INTO retention_rules (kind, amount, unit) VALUES ('case_rectifications', 6, 'years') ON CONFLICT (kind) DO NOTHING`);
    // The purges' filters: sessions by their end, deliveries by their creation (notifications, throttle and break-glass have theirs).
    await q.query(`CREATE INDEX auth_sessions_expires_idx ON auth_sessions (expires_at)`);
    await q.query(`CREATE INDEX notification_deliveries_created_idx ON notification_deliveries (created_at)`);
    await q.query(`CREATE INDEX notifications_created_idx ON notifications (created_at)`);
    // The nightly job's pages of closed cases not yet anonymised (keyset by id): a few rows among a million, not a scan.
    await q.query(`CREATE INDEX cases_retention_candidates_idx ON cases (case_status, id) WHERE anonymised_at IS NULL AND case_status IN ('closed', 'closed_referred')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_retention_candidates_idx`);
    await q.query(`DROP INDEX notifications_created_idx`);
    await q.query(`DROP INDEX notification_deliveries_created_idx`);
    await q.query(`DROP INDEX auth_sessions_expires_idx`);
    await q.query(`DELETE FROM retention_rules WHERE kind = 'case_rectifications'`);
    await q.query(`ALTER TABLE retention_runs DROP COLUMN purged`);
  }
}
