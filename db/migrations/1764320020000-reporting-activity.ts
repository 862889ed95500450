import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics read model, second cut (issue 13): what the cell activity and the orientation capacity tables
 * need, still without identity, reference or free text. Days (not times) for a case's recording and
 * identification, so that a period other than a calendar year can be counted; the cell's decisions by type;
 * a case's deadlines (kind, due day, day closed) for the overdue ones; an orientation's refusal reason, place
 * kind, host and place status; the hosts' declared places.
 */
export class ReportingActivity1764320020000 implements MigrationInterface {
  name = 'ReportingActivity1764320020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reporting_cases ADD COLUMN recorded_on date, ADD COLUMN presumed_on date, ADD COLUMN identified_on date`);
    await q.query(`CREATE INDEX reporting_cases_recorded_idx ON reporting_cases (territory, recorded_on)`);
    await q.query(`ALTER TABLE reporting_orientations ADD COLUMN refusal_reason text, ADD COLUMN place_kind text, ADD COLUMN host_organisation_id uuid,
      ADD COLUMN place_status text`);
    await q.query(`CREATE TABLE reporting_decisions (
      decision_id uuid PRIMARY KEY,
      case_id uuid NOT NULL,
      territory text NOT NULL,
      cell_id uuid NOT NULL,
      type text NOT NULL,
      decided_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX reporting_decisions_territory_idx ON reporting_decisions (territory, decided_at)`);
    // A case's deadlines, replaced whole each time its facts are projected.
    await q.query(`CREATE TABLE reporting_deadlines (
      case_id uuid NOT NULL,
      seq integer NOT NULL,
      territory text NOT NULL,
      kind text NOT NULL,
      due_on date NOT NULL,
      closed_on date,
      PRIMARY KEY (case_id, seq)
    )`);
    await q.query(`CREATE INDEX reporting_deadlines_due_idx ON reporting_deadlines (territory, due_on)`);
    // Places a host declares, by kind: the host's kind for statistics (acse, dna, minors_centre, other) and its region.
    await q.query(`CREATE TABLE reporting_places (
      host_organisation_id uuid NOT NULL,
      place_kind text NOT NULL,
      host_kind text NOT NULL,
      region_code text NOT NULL,
      capacity integer NOT NULL CHECK (capacity >= 0),
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (host_organisation_id, place_kind)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reporting_places`);
    await q.query(`DROP TABLE reporting_deadlines`);
    await q.query(`DROP TABLE reporting_decisions`);
    await q.query(`ALTER TABLE reporting_orientations DROP COLUMN refusal_reason, DROP COLUMN place_kind, DROP COLUMN host_organisation_id, DROP COLUMN place_status`);
    await q.query(`DROP INDEX reporting_cases_recorded_idx`);
    await q.query(`ALTER TABLE reporting_cases DROP COLUMN recorded_on, DROP COLUMN presumed_on, DROP COLUMN identified_on`);
  }
}
