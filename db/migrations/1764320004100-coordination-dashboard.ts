import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cases an organisation holds a lasting grant on, read from an index alone: a CLAV cell's dashboard
 * counts start from it. (Apart from 1764320004000, which had already landed.)
 */
export class CoordinationDashboard1764320004100 implements MigrationInterface {
  name = 'CoordinationDashboard1764320004100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX case_access_durable_org_idx ON case_access (organisation_id, case_id) WHERE revoked_at IS NULL AND expires_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_access_durable_org_idx`);
  }
}
