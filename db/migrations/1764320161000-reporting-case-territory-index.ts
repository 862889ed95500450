import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for `case_territory` (migration …160000), built CONCURRENTLY (the projection keeps writing orientations
 * meanwhile), hence `transaction = false`; a build that failed half-way leaves an invalid index, dropped first.
 * - a cell's orientations of a period: `(case_territory, requested_at)`;
 * - the orientations of the case rows written (the triggers' `case_territory` update): `(case_id)`.
 */
export class ReportingCaseTerritoryIndex1764320161000 implements MigrationInterface {
  name = 'ReportingCaseTerritoryIndex1764320161000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS reporting_orientations_case_territory_idx`);
    await q.query(`CREATE INDEX CONCURRENTLY reporting_orientations_case_territory_idx ON reporting_orientations (case_territory, requested_at)`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS reporting_orientations_case_idx`);
    await q.query(`CREATE INDEX CONCURRENTLY reporting_orientations_case_idx ON reporting_orientations (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS reporting_orientations_case_idx`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS reporting_orientations_case_territory_idx`);
  }
}
