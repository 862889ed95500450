import { MigrationInterface, QueryRunner } from 'typeorm';

/** Duplicate checks per user and day (Paris), for the quota that keeps duplicate detection from being an oracle. */
export class DuplicateCheckQuota1764320009000 implements MigrationInterface {
  name = 'DuplicateCheckQuota1764320009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_duplicate_check_counts (
      user_id uuid NOT NULL REFERENCES users(id),
      day date NOT NULL,
      checks integer NOT NULL CHECK (checks > 0),
      PRIMARY KEY (user_id, day)
    )`);
    await q.query(`CREATE INDEX case_duplicate_matches_other_idx ON case_duplicate_matches (other_case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_duplicate_matches_other_idx`);
    await q.query(`DROP TABLE case_duplicate_check_counts`);
  }
}
