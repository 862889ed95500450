import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 §4: the alert « a user read far more identities than usual ». The worker's job counts each user's
 * identity reads of the day (French calendar day) in the audit journal and, past the threshold
 * (`MNIO_IDENTITY_READS_ALERT_PER_DAY`), records one alert per user, organisation and day here, then tells the
 * organisation's data-protection officers (and the platform's). The unique key makes the job idempotent and
 * safe with several workers: a second run the same day inserts nothing and tells nobody again.
 * Holds ids, a day and counts: never a case, never a person.
 */
export class IdentityReadAlerts1764320150000 implements MigrationInterface {
  name = 'IdentityReadAlerts1764320150000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE identity_read_alerts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL,
      organisation_id uuid NOT NULL,
      day date NOT NULL,
      reads integer NOT NULL CHECK (reads > 0),
      threshold integer NOT NULL CHECK (threshold > 0),
      raised_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, organisation_id, day)
    )`);
    await q.query(`CREATE INDEX identity_read_alerts_org_day_idx ON identity_read_alerts (organisation_id, day DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE identity_read_alerts`);
  }
}
