import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CLAV TEH cells: meetings, agenda, decisions (immutable), follow-up actions; transfers of a case between
 * territories; break-the-glass uses. Case ids are not foreign keys: the cases context owns its rows and
 * these records must outlive a case's own retention decisions (they are decided apart).
 */
export class Coordination1764320004000 implements MigrationInterface {
  name = 'Coordination1764320004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE cell_meetings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cell_id uuid NOT NULL REFERENCES organisations(id),
      territory text NOT NULL,
      meeting_date date NOT NULL,
      created_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX cell_meetings_cell_date_idx ON cell_meetings (cell_id, meeting_date DESC, id DESC)`);

    await q.query(`CREATE TABLE cell_meeting_attendees (
      meeting_id uuid NOT NULL REFERENCES cell_meetings(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      added_by uuid NOT NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, organisation_id)
    )`);

    // The reference is a pseudonymous snapshot, so minutes and lists never need the case's tables.
    await q.query(`CREATE TABLE cell_meeting_agenda (
      meeting_id uuid NOT NULL REFERENCES cell_meetings(id),
      case_id uuid NOT NULL,
      reference text NOT NULL,
      added_by uuid NOT NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (meeting_id, case_id)
    )`);
    await q.query(`CREATE INDEX cell_meeting_agenda_case_idx ON cell_meeting_agenda (case_id)`);

    // A decision is never edited: a later decision names the one it supersedes (at most once).
    await q.query(`CREATE TABLE cell_decisions (
      id uuid PRIMARY KEY,
      meeting_id uuid NOT NULL REFERENCES cell_meetings(id),
      cell_id uuid NOT NULL REFERENCES organisations(id),
      case_id uuid NOT NULL,
      reference text NOT NULL,
      territory text NOT NULL,
      type text NOT NULL CHECK (type IN ('review_done','orientation_to_request','referral_parquet','referral_prefecture','follow_up','close')),
      text_enc text NOT NULL,
      supersedes_id uuid REFERENCES cell_decisions(id),
      decided_by uuid NOT NULL,
      decided_by_organisation_id uuid NOT NULL,
      decided_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX cell_decisions_superseded_once ON cell_decisions (supersedes_id) WHERE supersedes_id IS NOT NULL`);
    await q.query(`CREATE INDEX cell_decisions_meeting_idx ON cell_decisions (meeting_id, decided_at, id)`);
    await q.query(`CREATE INDEX cell_decisions_cell_case_idx ON cell_decisions (cell_id, case_id, decided_at, id)`);
    await q.query(`CREATE FUNCTION cell_decisions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'cell decisions are immutable: record a new decision that supersedes this one (% on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER cell_decisions_immutable BEFORE UPDATE OR DELETE ON cell_decisions FOR EACH ROW EXECUTE FUNCTION cell_decisions_refuse_change()`);
    await q.query(`CREATE TRIGGER cell_decisions_no_truncate BEFORE TRUNCATE ON cell_decisions FOR EACH STATEMENT EXECUTE FUNCTION cell_decisions_refuse_change()`);

    await q.query(`CREATE TABLE cell_actions (
      id uuid PRIMARY KEY,
      decision_id uuid NOT NULL REFERENCES cell_decisions(id),
      cell_id uuid NOT NULL REFERENCES organisations(id),
      case_id uuid NOT NULL,
      reference text NOT NULL,
      territory text NOT NULL,
      owner_organisation_id uuid NOT NULL REFERENCES organisations(id),
      title_enc text NOT NULL,
      due_on date NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','cancelled')),
      deadline_id uuid,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX cell_actions_owner_idx ON cell_actions (owner_organisation_id, due_on, id)`);
    await q.query(`CREATE INDEX cell_actions_cell_idx ON cell_actions (cell_id, due_on, id)`);
    await q.query(`CREATE INDEX cell_actions_pending_idx ON cell_actions (cell_id, due_on) WHERE status IN ('open','in_progress')`);
    await q.query(`CREATE INDEX cell_actions_decision_idx ON cell_actions (decision_id)`);
    await q.query(`CREATE TABLE cell_action_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      action_id uuid NOT NULL REFERENCES cell_actions(id),
      from_status text NOT NULL,
      to_status text NOT NULL,
      reason text,
      note_enc text,
      by_user uuid,
      by_organisation_id uuid,
      at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX cell_action_events_action_idx ON cell_action_events (action_id, at)`);

    await q.query(`CREATE TABLE case_transfers (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL,
      reference text NOT NULL,
      from_organisation_id uuid NOT NULL REFERENCES organisations(id),
      from_territory text NOT NULL,
      from_cell_id uuid REFERENCES organisations(id),
      to_organisation_id uuid NOT NULL REFERENCES organisations(id),
      to_territory text NOT NULL REFERENCES territories(code),
      status text NOT NULL CHECK (status IN ('requested','accepted','refused','cancelled')),
      reason_code text NOT NULL,
      answer_reason_code text,
      requested_by uuid NOT NULL,
      requested_by_organisation_id uuid NOT NULL,
      requested_at timestamptz NOT NULL DEFAULT now(),
      answered_by uuid,
      answered_at timestamptz,
      version integer NOT NULL DEFAULT 1
    )`);
    await q.query(`CREATE UNIQUE INDEX case_transfers_one_pending ON case_transfers (case_id) WHERE status = 'requested'`);
    await q.query(`CREATE INDEX case_transfers_to_idx ON case_transfers (to_organisation_id, requested_at DESC, id DESC)`);
    await q.query(`CREATE INDEX case_transfers_from_idx ON case_transfers (from_organisation_id, requested_at DESC, id DESC)`);
    await q.query(`CREATE INDEX case_transfers_cell_idx ON case_transfers (from_cell_id, requested_at DESC, id DESC) WHERE from_cell_id IS NOT NULL`);

    // Who opened which case outside their scope, why, until when. The justification is free text: encrypted.
    await q.query(`CREATE TABLE break_glass_uses (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL,
      territory text NOT NULL,
      user_id uuid NOT NULL REFERENCES users(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      role text NOT NULL,
      reason_code text NOT NULL,
      justification_enc text NOT NULL,
      used_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX break_glass_uses_used_idx ON break_glass_uses (used_at)`);
    await q.query(`CREATE INDEX break_glass_uses_case_idx ON break_glass_uses (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE break_glass_uses, case_transfers, cell_action_events, cell_actions`);
    await q.query(`DROP TABLE cell_decisions, cell_meeting_agenda, cell_meeting_attendees, cell_meetings`);
    await q.query(`DROP FUNCTION cell_decisions_refuse_change()`);
  }
}
