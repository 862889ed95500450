import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each migration was applied, for `npm run migrate:status` (TypeORM records only the name and the
 * timestamp in the name). Expand-only (ADR 0012): a nullable column with a default, which TypeORM's own
 * INSERT leaves to the default; migrations applied before this one keep an empty date ("not recorded"),
 * rather than all showing today's.
 */
export class MigrationsAppliedAt1764320070000 implements MigrationInterface {
  name = 'MigrationsAppliedAt1764320070000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE migrations ADD COLUMN IF NOT EXISTS applied_at timestamptz`);
    await q.query(`ALTER TABLE migrations ALTER COLUMN applied_at SET DEFAULT now()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE migrations DROP COLUMN applied_at`);
  }
}
