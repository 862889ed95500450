import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal of who read what (issue 16 §4) lists, newest first, the audit journal's identity reads,
 * break-the-glass uses and exports (`JOURNAL_ACTIONS` in libs/privacy): for the platform's DPO across every
 * organisation, for an organisation's over its users' entries and its cases'. Keyed by time and holding only
 * those entries, this index serves the page's keyset (occurred_at, id) without reading the rest of the journal.
 * The subject-access actions (`subject_access.*`) are in the list ahead of the use case that will write them.
 *
 * Built CONCURRENTLY, as 1764320071000, so the journal keeps taking entries while it builds: hence
 * `transaction = false`, and an invalid index left by a failed build is dropped first.
 */
export class AccessJournalIndex1764320151000 implements MigrationInterface {
  name = 'AccessJournalIndex1764320151000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS audit_entries_access_journal_idx`);
    await q.query(`CREATE INDEX CONCURRENTLY audit_entries_access_journal_idx ON audit_entries (occurred_at DESC, id DESC)
      WHERE action IN ('case.identity_read', 'case.break_glass', 'statistics.exported', 'cell.minutes_exported', 'subject_access.requested', 'subject_access.downloaded')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS audit_entries_access_journal_idx`);
  }
}
