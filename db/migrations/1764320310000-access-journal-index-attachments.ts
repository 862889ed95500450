import { MigrationInterface, QueryRunner } from 'typeorm';

/** The actions the journal of who read what lists (`JOURNAL_ACTIONS` in libs/privacy), the index's predicate. */
const ACTIONS = ['case.identity_read', 'case.break_glass', 'statistics.exported', 'cell.minutes_exported', 'subject_access.requested', 'subject_access.downloaded', 'case.attachment_downloaded'];

const create = (name: string, actions: string[]) =>
  `CREATE INDEX CONCURRENTLY ${name} ON audit_entries (occurred_at DESC, id DESC) WHERE action IN (${actions.map((a) => `'${a}'`).join(', ')})`;

/**
 * The journal of who read what now lists each download of a case's attachment (`case.attachment_downloaded`, an
 * export): its index (1764320151000) must hold those entries too, or the page would read the whole audit journal.
 * The new index is built beside the old one, CONCURRENTLY (the journal keeps taking entries): hence
 * `transaction = false`; an invalid one left by a failed build is dropped first. Expand only: the old index
 * (`audit_entries_access_journal_idx`, which the previous release's plans may use) is dropped by a later release's
 * contract step, not here (db/expand-contract.ts).
 */
export class AccessJournalIndexAttachments1764320310000 implements MigrationInterface {
  name = 'AccessJournalIndexAttachments1764320310000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS audit_entries_access_journal_v2_idx`);
    await q.query(create('audit_entries_access_journal_v2_idx', ACTIONS));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS audit_entries_access_journal_v2_idx`);
  }
}
