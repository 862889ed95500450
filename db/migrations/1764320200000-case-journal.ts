import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14 §2: the follow-up journal of a case. Dated notes, append-only: the day the note is about, its text
 * encrypted with the field-encryption keys (`text_enc`, bound to the row; NULL once the case is anonymised), the
 * author (user and organisation), and the organisations the owner chose, among the identity holders of the case, to
 * read it too (`shared_with`). The author may correct the text of a note: the text it replaced is kept encrypted in
 * `case_journal_note_corrections` (`previous_enc`, NULL once the case is anonymised). New tables: expand-only.
 */
export class CaseJournal1764320200000 implements MigrationInterface {
  name = 'CaseJournal1764320200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_journal_notes (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      occurred_on date NOT NULL,
      text_enc text,
      author_user_id uuid REFERENCES users(id),
      author_organisation_id uuid NOT NULL REFERENCES organisations(id),
      shared_with uuid[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      corrected_at timestamptz
    )`);
    await q.query(`CREATE INDEX case_journal_notes_case_idx ON case_journal_notes (case_id, occurred_on DESC, created_at DESC, id DESC)`);
    await q.query(`CREATE TABLE case_journal_note_corrections (
      id uuid PRIMARY KEY,
      note_id uuid NOT NULL REFERENCES case_journal_notes(id),
      case_id uuid NOT NULL REFERENCES cases(id),
      previous_enc text,
      user_id uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX case_journal_note_corrections_note_idx ON case_journal_note_corrections (note_id, created_at)`);
    await q.query(`CREATE INDEX case_journal_note_corrections_case_idx ON case_journal_note_corrections (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_journal_note_corrections`);
    await q.query(`DROP TABLE case_journal_notes`);
  }
}
