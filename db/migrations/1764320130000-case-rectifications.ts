import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issues 14 §2 and 16 §2: rectification of a case's identity and facts after intake. Each correction keeps the
 * values it replaced, encrypted with the field-encryption keys (`previous_enc`, bound to the row), with the names
 * of the fields it changed in clear (never their values), who made it and when. Kept for the audit period; the
 * retention rules may erase `previous_enc` later (hence `created_at`). A new table: expand-only.
 */
export class CaseRectifications1764320130000 implements MigrationInterface {
  name = 'CaseRectifications1764320130000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_rectifications (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      user_id uuid REFERENCES users(id),
      fields text[] NOT NULL CHECK (cardinality(fields) > 0),
      previous_enc text,
      version_before integer NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX case_rectifications_case_idx ON case_rectifications (case_id, created_at)`);
    await q.query(`CREATE INDEX case_rectifications_created_idx ON case_rectifications (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_rectifications`);
  }
}
