import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * « Who read this file »: a case's identity reads and break-the-glass uses, newest first, from an index
 * that holds only those entries (a case's stream also holds every pseudonymised read and write).
 */
export class CaseAccessLog1764320014000 implements MigrationInterface {
  name = 'CaseAccessLog1764320014000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_entries_case_access_idx ON audit_entries (stream, seq DESC) WHERE action IN ('case.identity_read', 'case.break_glass')`);
    await q.query(`CREATE INDEX break_glass_uses_user_day_idx ON break_glass_uses (user_id, used_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX break_glass_uses_user_day_idx`);
    await q.query(`DROP INDEX audit_entries_case_access_idx`);
  }
}
