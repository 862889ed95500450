import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 §1: the row rules are applied. A run's report gets the rows purged (or, in a dry run, to purge) per rule,
 * and a rule for the values a rectification replaced (kept encrypted for the audit period, six years, then emptied).
 * Expand-only: a column with a default and one row. The purges' indexes are built CONCURRENTLY by the next migration.
 */
export class RetentionRowPurges1764320240000 implements MigrationInterface {
  name = 'RetentionRowPurges1764320240000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE retention_runs ADD COLUMN purged jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`INSERT INTO retention_rules (kind, amount, unit) VALUES ('case_rectifications', 6, 'years') ON CONFLICT (kind) DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM retention_rules WHERE kind = 'case_rectifications'`);
    await q.query(`ALTER TABLE retention_runs DROP COLUMN purged`);
  }
}
