import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unaccompanied minor (« mineur non accompagné », MNA: a minor in France without a parent or legal guardian, whom
 * the département's child protection, ASE, takes in charge), a flag of a minor's case pseudonymised facts (issue 13:
 * the survey counts them). Null: not recorded (and always null for an adult's case).
 */
export class UnaccompaniedMinor1764320050000 implements MigrationInterface {
  name = 'UnaccompaniedMinor1764320050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN unaccompanied_minor boolean`);
    await q.query(`ALTER TABLE cases ADD CONSTRAINT cases_unaccompanied_minor_only_minor CHECK (unaccompanied_minor IS NULL OR minor)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_unaccompanied_minor_only_minor`);
    await q.query(`ALTER TABLE cases DROP COLUMN unaccompanied_minor`);
  }
}
