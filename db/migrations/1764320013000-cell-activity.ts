import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The cell's month of activity, read by date range: its decisions by day, and its territory's orientation
 * requests by day. (Situations received read `case_access` by organisation, already indexed.)
 */
export class CellActivity1764320013000 implements MigrationInterface {
  name = 'CellActivity1764320013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX cell_decisions_cell_decided_idx ON cell_decisions (cell_id, decided_at)`);
    await q.query(`CREATE INDEX orientations_territory_requested_idx ON orientations (territory, requested_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orientations_territory_requested_idx`);
    await q.query(`DROP INDEX cell_decisions_cell_decided_idx`);
  }
}
