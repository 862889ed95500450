import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics read model (libs/reporting): pseudonymised facts per case and per orientation, fed by the
 * outbox events and rebuildable from the cases context's facts. No identity, no reference, no free text;
 * no other context reads these tables.
 */
export class Reporting1764320018000 implements MigrationInterface {
  name = 'Reporting1764320018000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE reporting_cases (
      case_id uuid PRIMARY KEY,
      territory text NOT NULL,
      region_code text NOT NULL,
      owner_organisation_id uuid NOT NULL,
      owner_kind text NOT NULL,
      first_year integer NOT NULL,
      last_year integer,
      sex text NOT NULL,
      age_band text NOT NULL,
      minor boolean NOT NULL,
      unaccompanied_minor boolean,
      nationality text,
      world_region text NOT NULL,
      citizenship text NOT NULL CHECK (citizenship IN ('france','other_eu','non_eu','unknown')),
      forms text[] NOT NULL,
      place text NOT NULL CHECK (place IN ('france','abroad','both','unknown')),
      identification_status text NOT NULL,
      identified_by_kind text,
      presumed_year integer,
      identified_year integer,
      complaint_filed boolean NOT NULL,
      reflection_years integer[] NOT NULL DEFAULT '{}',
      permit_issued_years integer[] NOT NULL DEFAULT '{}',
      permit_renewed_years integer[] NOT NULL DEFAULT '{}',
      child_protection_status text NOT NULL,
      placed_year integer,
      case_status text NOT NULL,
      projected_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX reporting_cases_years_idx ON reporting_cases (first_year, last_year)`);
    await q.query(`CREATE INDEX reporting_cases_territory_idx ON reporting_cases (territory, first_year)`);
    await q.query(`CREATE INDEX reporting_cases_owner_idx ON reporting_cases (owner_organisation_id, first_year)`);

    await q.query(`CREATE TABLE reporting_orientations (
      orientation_id uuid PRIMARY KEY,
      case_id uuid NOT NULL,
      territory text NOT NULL,
      target_kind text NOT NULL,
      requester_organisation_id uuid,
      target_organisation_id uuid,
      state text NOT NULL,
      requested_at timestamptz,
      answered_at timestamptz,
      admitted_at timestamptz,
      last_event_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX reporting_orientations_territory_idx ON reporting_orientations (territory, requested_at)`);

    // Idempotency: one row per outbox message applied (a job may run twice).
    await q.query(`CREATE TABLE reporting_applied (
      outbox_id bigint PRIMARY KEY,
      type text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    // Freshness: the last event applied and when; the last rebuild.
    await q.query(`CREATE TABLE reporting_state (
      id integer PRIMARY KEY CHECK (id = 1),
      last_outbox_id bigint NOT NULL DEFAULT 0,
      last_event_at timestamptz,
      last_applied_at timestamptz,
      rebuilt_at timestamptz
    )`);
    await q.query(`INSERT INTO reporting_state (id) VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reporting_state`);
    await q.query(`DROP TABLE reporting_applied`);
    await q.query(`DROP TABLE reporting_orientations`);
    await q.query(`DROP TABLE reporting_cases`);
  }
}
