import { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1764320001000 implements MigrationInterface {
  name = 'Cases1764320001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_sequences (
      territory text NOT NULL REFERENCES territories(code),
      year integer NOT NULL,
      last integer NOT NULL,
      PRIMARY KEY (territory, year)
    )`);

    // Pseudonymised fields in clear (they feed statistics); identity and free text only encrypted (*_enc).
    await q.query(`CREATE TABLE cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      reference text NOT NULL UNIQUE,
      territory text NOT NULL REFERENCES territories(code),
      owner_organisation_id uuid NOT NULL REFERENCES organisations(id),
      created_by uuid NOT NULL REFERENCES users(id),
      sex text NOT NULL,
      age_band text NOT NULL,
      minor boolean NOT NULL,
      age_uncertain boolean NOT NULL,
      nationality text CHECK (nationality ~ '^[A-Z]{2}$'),
      foreign_national boolean NOT NULL,
      exploitation_forms text[] NOT NULL,
      exploited_in_france boolean NOT NULL,
      exploited_abroad boolean NOT NULL,
      events jsonb NOT NULL DEFAULT '[]',
      vulnerabilities text[] NOT NULL DEFAULT '{}',
      needs text[] NOT NULL DEFAULT '{}',
      local_danger boolean NOT NULL DEFAULT false,
      interpreter_needed boolean NOT NULL DEFAULT false,
      identification_status text NOT NULL DEFAULT 'spotted',
      identified_by_organisation_id uuid REFERENCES organisations(id),
      identified_at timestamptz,
      residence_status text NOT NULL DEFAULT 'none',
      removal_order_alert boolean NOT NULL DEFAULT false,
      child_protection_status text NOT NULL DEFAULT 'none',
      criminal_status text NOT NULL DEFAULT 'none',
      case_status text NOT NULL DEFAULT 'active',
      closure_reason text,
      identity_enc text NOT NULL,
      narrative_enc text,
      danger_notes_enc text,
      viewer_org_ids uuid[] NOT NULL,
      identity_org_ids uuid[] NOT NULL,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX cases_created_idx ON cases (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX cases_territory_created_idx ON cases (territory, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX cases_owner_created_idx ON cases (owner_organisation_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX cases_viewers_idx ON cases USING gin (viewer_org_ids)`);
    await q.query(`CREATE INDEX cases_forms_idx ON cases USING gin (exploitation_forms)`);
    await q.query(`CREATE INDEX cases_identification_idx ON cases (identification_status, created_at DESC)`);

    // Why an organisation may see a case: one row per reason, revocable; cases.viewer_org_ids is derived from it.
    await q.query(`CREATE TABLE case_access (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      reason text NOT NULL CHECK (reason IN ('owner','cell','referral','orientation','minor_protection','transfer','former_owner','break_glass')),
      source_id uuid,
      granted_by uuid,
      granted_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz,
      revoked_at timestamptz,
      revoked_reason text
    )`);
    await q.query(`CREATE UNIQUE INDEX case_access_active_key ON case_access (case_id, organisation_id, reason, coalesce(source_id, '00000000-0000-0000-0000-000000000000'))
      WHERE revoked_at IS NULL`);
    await q.query(`CREATE INDEX case_access_org_idx ON case_access (organisation_id) WHERE revoked_at IS NULL`);

    await q.query(`CREATE TABLE case_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      track text NOT NULL,
      type text NOT NULL,
      occurred_on date NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      recorded_by uuid NOT NULL,
      recorded_by_organisation_id uuid NOT NULL,
      data jsonb NOT NULL DEFAULT '{}',
      note_enc text
    )`);
    await q.query(`CREATE INDEX case_events_case_idx ON case_events (case_id, recorded_at)`);

    await q.query(`CREATE TABLE case_indicators (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      framework text NOT NULL,
      dimension text NOT NULL,
      indicator text NOT NULL,
      strength text NOT NULL CHECK (strength IN ('strong','medium','weak')),
      observed_at date NOT NULL,
      note_enc text,
      recorded_by uuid NOT NULL,
      recorded_by_organisation_id uuid NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX case_indicators_case_idx ON case_indicators (case_id)`);

    // Append-only consent history; the latest row per (purpose, target) is the current state.
    await q.query(`CREATE TABLE case_consents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      purpose text NOT NULL CHECK (purpose IN ('share_with_cell','orientation','police_contact','statistics')),
      target_organisation_id uuid REFERENCES organisations(id),
      granted boolean NOT NULL,
      method text NOT NULL CHECK (method IN ('oral','written','interpreter')),
      recorded_by uuid NOT NULL,
      recorded_by_organisation_id uuid NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((purpose = 'orientation') = (target_organisation_id IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX case_consents_case_idx ON case_consents (case_id, purpose, target_organisation_id, recorded_at DESC)`);

    await q.query(`CREATE TABLE deadline_rules (
      territory text NOT NULL,
      kind text NOT NULL,
      amount integer NOT NULL CHECK (amount >= 0),
      unit text NOT NULL CHECK (unit IN ('days','working_days','years')),
      alert_before_days integer NOT NULL CHECK (alert_before_days >= 0),
      PRIMARY KEY (territory, kind)
    )`);
    await q.query(`INSERT INTO deadline_rules (territory, kind, amount, unit, alert_before_days) VALUES
      ('*','reflection_period_end',30,'days',7), ('*','permit_expiry',1,'years',60), ('*','parquet_referral',5,'days',1),
      ('*','judge_seizure',8,'days',2), ('*','cell_review',5,'working_days',1), ('*','orientation_answer',3,'working_days',1),
      ('*','action_due',0,'days',2)`);

    await q.query(`CREATE TABLE case_deadlines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      territory text NOT NULL,
      kind text NOT NULL,
      due_on date NOT NULL,
      alert_on date NOT NULL,
      responsible_organisation_id uuid NOT NULL REFERENCES organisations(id),
      source_ref text,
      opened_at timestamptz NOT NULL DEFAULT now(),
      closed_at timestamptz,
      closed_reason text
    )`);
    await q.query(`CREATE INDEX case_deadlines_open_due_idx ON case_deadlines (due_on, id) WHERE closed_at IS NULL`);
    await q.query(`CREATE INDEX case_deadlines_case_idx ON case_deadlines (case_id)`);
    await q.query(`CREATE INDEX case_deadlines_responsible_idx ON case_deadlines (responsible_organisation_id, due_on) WHERE closed_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX case_deadlines_open_key ON case_deadlines (case_id, kind, coalesce(source_ref, '')) WHERE closed_at IS NULL`);

    // Keyed blind index of normalised identity, for duplicate detection without plaintext.
    await q.query(`CREATE TABLE case_blind_indexes (
      hash text NOT NULL,
      case_id uuid NOT NULL REFERENCES cases(id),
      PRIMARY KEY (hash, case_id)
    )`);
    await q.query(`CREATE INDEX case_blind_indexes_case_idx ON case_blind_indexes (case_id)`);
    await q.query(`CREATE TABLE case_duplicate_matches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id),
      other_case_id uuid NOT NULL REFERENCES cases(id),
      found_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (case_id, other_case_id)
    )`);
    await q.query(`CREATE TABLE case_links (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      match_id uuid NOT NULL REFERENCES case_duplicate_matches(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      other_case_id uuid NOT NULL REFERENCES cases(id),
      requester_organisation_id uuid NOT NULL REFERENCES organisations(id),
      other_organisation_id uuid NOT NULL REFERENCES organisations(id),
      status text NOT NULL CHECK (status IN ('requested','accepted','refused')),
      requested_by uuid NOT NULL,
      requested_at timestamptz NOT NULL DEFAULT now(),
      answered_by uuid,
      answered_at timestamptz,
      refusal_reason text
    )`);
    await q.query(`CREATE UNIQUE INDEX case_links_pair_key ON case_links (least(case_id, other_case_id), greatest(case_id, other_case_id)) WHERE status <> 'refused'`);
    await q.query(`CREATE INDEX case_links_other_org_idx ON case_links (other_organisation_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_links, case_duplicate_matches, case_blind_indexes, case_deadlines, deadline_rules, case_consents, case_indicators,
      case_events, case_access, cases, case_sequences`);
  }
}
