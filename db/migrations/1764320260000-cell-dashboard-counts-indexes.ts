import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A CLAV cell's dashboard counts computed fresh at every request (issue 17 §5), from indexes alone:
 * - the open cases and their forms of exploitation: `cases (id) INCLUDE (exploitation_forms)`, partial on the
 *   cases not closed (the counts joined the held cases to a sequential scan of the whole, wide `cases` table);
 * - the open deadlines of the held cases: `case_deadlines (case_id) INCLUDE (kind, due_on,
 *   responsible_organisation_id)`, partial on `closed_at IS NULL`.
 * Built CONCURRENTLY (cases and deadlines are written all day), hence `transaction = false`; a build that failed
 * half-way leaves an invalid index, dropped first.
 */
export class CellDashboardCountsIndexes1764320260000 implements MigrationInterface {
  name = 'CellDashboardCountsIndexes1764320260000';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS cases_open_forms_idx`);
    await q.query(`CREATE INDEX CONCURRENTLY cases_open_forms_idx ON cases (id) INCLUDE (exploitation_forms) WHERE case_status NOT IN ('closed', 'closed_referred')`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS case_deadlines_open_case_idx`);
    await q.query(`CREATE INDEX CONCURRENTLY case_deadlines_open_case_idx ON case_deadlines (case_id) INCLUDE (kind, due_on, responsible_organisation_id) WHERE closed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS case_deadlines_open_case_idx`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS cases_open_forms_idx`);
  }
}
