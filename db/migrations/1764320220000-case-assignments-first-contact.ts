import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14 §2: the worker(s) of the owning organisation assigned to a case, and the context and date of the first
 * contact recorded at intake (pseudonymised codes and a date: not encrypted). Expand-only: a new table, nullable
 * columns, indexes.
 */
export class CaseAssignmentsFirstContact1764320220000 implements MigrationInterface {
  name = 'CaseAssignmentsFirstContact1764320220000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_assignments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL,
      user_id uuid NOT NULL,
      assigned_by uuid NOT NULL,
      assigned_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz,
      ended_by uuid,
      end_reason text CHECK (end_reason IN ('unassigned', 'ownership_transferred'))
    )`);
    // One live assignment per worker and case: the backstop of two concurrent assignments.
    await q.query(`CREATE UNIQUE INDEX case_assignments_live_uq ON case_assignments (case_id, user_id) WHERE ended_at IS NULL`);
    // « Mes situations »: the cases list filtered on a worker.
    await q.query(`CREATE INDEX case_assignments_user_idx ON case_assignments (user_id, organisation_id) WHERE ended_at IS NULL`);
    await q.query(`ALTER TABLE cases ADD COLUMN first_contact_context text
      CHECK (first_contact_context IN ('outreach', 'drop_in', 'hotline', 'partner_referral', 'place_of_detention', 'other')),
      ADD COLUMN first_contact_on date`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases DROP COLUMN first_contact_on, DROP COLUMN first_contact_context`);
    await q.query(`DROP TABLE case_assignments`);
  }
}
