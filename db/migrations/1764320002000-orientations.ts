import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orientations and places. An orientation is addressed to one organisation (its target) and may name the
 * host that takes the person in; its history is append-only. Places are one counter row per (host, kind):
 * a conditional UPDATE on that row reserves, occupies or releases, and the CHECK keeps capacity unbreakable.
 * Host locations are encrypted (field cipher, bound to the host id) in a table of their own.
 */
export class Orientations1764320002000 implements MigrationInterface {
  name = 'Orientations1764320002000';

  async up(q: QueryRunner): Promise<void> {
    // Ac.Sé distancing: also outside the regions of exploitation and residence? '*' is the national rule; a territory may override it.
    await q.query(`CREATE TABLE orientation_rules (
      territory text PRIMARY KEY CHECK (territory = '*' OR territory ~ '^([0-9]{2}|2A|2B|97[1-6])$'),
      acse_distance_regions boolean NOT NULL
    )`);
    await q.query(`INSERT INTO orientation_rules (territory, acse_distance_regions) VALUES ('*', true)`);

    await q.query(`CREATE TABLE orientations (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      case_reference text NOT NULL,
      territory text NOT NULL REFERENCES territories(code),
      target_kind text NOT NULL CHECK (target_kind IN ('acse','dna','minors_centre','uaped','crp','psp','prefecture','parquet','general')),
      channel text CHECK (channel IN ('siao_115','chrs','ase_crip','asylum','lawyer')),
      target_organisation_id uuid NOT NULL REFERENCES organisations(id),
      requester_organisation_id uuid NOT NULL REFERENCES organisations(id),
      requested_by uuid NOT NULL REFERENCES users(id),
      state text NOT NULL,
      open boolean NOT NULL DEFAULT true,
      reason_code text NOT NULL,
      place_kind text CHECK (place_kind IN ('women','men','family','minors')),
      host_organisation_id uuid REFERENCES organisations(id),
      place_status text NOT NULL DEFAULT 'none' CHECK (place_status IN ('none','reserved','occupied')),
      legal_basis text,
      asylum_status text CHECK (asylum_status IN ('asylum_seeker','refugee')),
      outcome_code text,
      authorisations integer NOT NULL DEFAULT 0 CHECK (authorisations BETWEEN 0 AND 4),
      authorised_until date,
      version integer NOT NULL DEFAULT 1,
      requested_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz,
      closed_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((target_kind = 'general') = (channel IS NOT NULL)),
      CHECK (place_status = 'none' OR (host_organisation_id IS NOT NULL AND place_kind IS NOT NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX orientations_one_open_per_target ON orientations (case_id, target_organisation_id, target_kind, coalesce(channel, ''))
      WHERE open`);
    await q.query(`CREATE INDEX orientations_case_idx ON orientations (case_id, requested_at)`);
    // One index per way of being a party, in list order: each branch of a list is an index scan with no sort.
    await q.query(`CREATE INDEX orientations_target_idx ON orientations (target_organisation_id, requested_at DESC, id DESC)`);
    await q.query(`CREATE INDEX orientations_target_state_idx ON orientations (target_organisation_id, state, requested_at DESC, id DESC)`);
    await q.query(`CREATE INDEX orientations_requester_idx ON orientations (requester_organisation_id, requested_at DESC, id DESC)`);
    await q.query(`CREATE INDEX orientations_host_idx ON orientations (host_organisation_id, requested_at DESC, id DESC) WHERE host_organisation_id IS NOT NULL`);
    await q.query(`CREATE INDEX orientations_pending_idx ON orientations (territory, target_kind) WHERE state = 'requested'`);

    await q.query(`CREATE TABLE orientation_transitions (
      id uuid PRIMARY KEY,
      orientation_id uuid NOT NULL REFERENCES orientations(id),
      action text NOT NULL,
      from_state text,
      to_state text NOT NULL,
      party text NOT NULL CHECK (party IN ('requester','target','host')),
      reason_code text,
      host_organisation_id uuid REFERENCES organisations(id),
      actor_user_id uuid NOT NULL REFERENCES users(id),
      actor_organisation_id uuid NOT NULL REFERENCES organisations(id),
      note_enc text,
      occurred_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX orientation_transitions_orientation_idx ON orientation_transitions (orientation_id, occurred_at)`);

    await q.query(`CREATE TABLE host_places (
      host_id uuid NOT NULL REFERENCES organisations(id),
      place_kind text NOT NULL CHECK (place_kind IN ('women','men','family','minors')),
      capacity integer NOT NULL CHECK (capacity >= 0),
      reserved integer NOT NULL DEFAULT 0 CHECK (reserved >= 0),
      occupied integer NOT NULL DEFAULT 0 CHECK (occupied >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (host_id, place_kind),
      CHECK (reserved + occupied <= capacity)
    )`);

    await q.query(`CREATE TABLE host_locations (
      host_id uuid PRIMARY KEY REFERENCES organisations(id),
      location_enc text NOT NULL,
      updated_by uuid NOT NULL REFERENCES users(id),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE host_locations, host_places, orientation_transitions, orientations, orientation_rules`);
  }
}
