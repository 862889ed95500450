import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retention's row purges and candidates (issue 16 §1, migration …240000), from indexes:
 * - sessions by their end, deliveries and notifications by their creation (login throttle and break-glass have theirs);
 * - the nightly job's pages of closed cases not yet anonymised (keyset by id): a few rows among a million, not a scan.
 * Built CONCURRENTLY (every one of these tables is written all day), hence `transaction = false`; a build that failed
 * half-way leaves an invalid index, dropped first.
 */
export class RetentionRowPurgeIndexes1764320241000 implements MigrationInterface {
  name = 'RetentionRowPurgeIndexes1764320241000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const indexes: [string, string][] = [
      ['auth_sessions_expires_idx', 'auth_sessions (expires_at)'],
      ['notification_deliveries_created_idx', 'notification_deliveries (created_at)'],
      ['notifications_created_idx', 'notifications (created_at)'],
      ['cases_retention_candidates_idx', `cases (case_status, id) WHERE anonymised_at IS NULL AND case_status IN ('closed', 'closed_referred')`],
    ];
    for (const [name, definition] of indexes) {
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
      await q.query(`CREATE INDEX CONCURRENTLY ${name} ON ${definition}`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ['cases_retention_candidates_idx', 'notifications_created_idx', 'notification_deliveries_created_idx', 'auth_sessions_expires_idx']) {
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
    }
  }
}
