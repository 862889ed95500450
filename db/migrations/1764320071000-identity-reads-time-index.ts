import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alert « a burst of identity reads by one user » (`mnio_identity_reads_max_per_user`, read by the
 * worker at each scrape) counts the last 10 minutes of `case.identity_read` entries per user. The case
 * access log's index (1764320014000) is keyed by stream, so that count read every identity read ever made;
 * this one is keyed by time and holds only identity reads, with the user beside the time so the count is
 * read from the index alone.
 *
 * Built CONCURRENTLY, so that the journal keeps taking entries while it builds (a plain CREATE INDEX would
 * hold writes on audit_entries, i.e. every audited request, for the whole build): that cannot run in a
 * transaction, hence `transaction = false` (scripts/migrate.ts honours it, revert included). A build that
 * failed half-way leaves an invalid index of that name: it is dropped first, so running again repairs it.
 */
export class IdentityReadsTimeIndex1764320071000 implements MigrationInterface {
  name = 'IdentityReadsTimeIndex1764320071000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS audit_entries_identity_reads_time_idx`);
    await q.query(`CREATE INDEX CONCURRENTLY audit_entries_identity_reads_time_idx ON audit_entries (occurred_at, actor_user_id) WHERE action = 'case.identity_read'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS audit_entries_identity_reads_time_idx`);
  }
}
