import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14 §1: an Ac.Sé orientation keeps the date of its pre-admission video meeting and of the transfer, shown
 * to its parties. Nullable columns on an existing table: expand-only.
 */
export class OrientationSchedule1764320170000 implements MigrationInterface {
  name = 'OrientationSchedule1764320170000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orientations ADD COLUMN pre_admission_at timestamptz, ADD COLUMN transfer_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE orientations DROP COLUMN transfer_at, DROP COLUMN pre_admission_at`);
  }
}
