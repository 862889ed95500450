import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 §2: the person's right of access. One row per export asked for a case: who asked (and for which
 * organisation), the reason (encrypted, it may name people), its state, and once the worker made it, the PDF and
 * the JSON encrypted with the field-encryption keys. Each file is downloadable once by the requester within 24 h
 * of being ready; its content is erased at that download or at expiry. A new table: expand-only.
 */
export class SubjectAccessExports1764320131000 implements MigrationInterface {
  name = 'SubjectAccessExports1764320131000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE subject_access_exports (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      case_reference text NOT NULL,
      owner_organisation_id uuid NOT NULL REFERENCES organisations(id),
      requested_by uuid NOT NULL REFERENCES users(id),
      requester_organisation_id uuid NOT NULL REFERENCES organisations(id),
      reason_enc text NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ready', 'failed')),
      requested_at timestamptz NOT NULL DEFAULT now(),
      ready_at timestamptz,
      expires_at timestamptz,
      pdf_enc text,
      json_enc text,
      pdf_downloaded_at timestamptz,
      json_downloaded_at timestamptz,
      purged_at timestamptz,
      error_code text,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX subject_access_exports_case_idx ON subject_access_exports (case_id, requested_at DESC)`);
    await q.query(`CREATE INDEX subject_access_exports_org_idx ON subject_access_exports (owner_organisation_id, requested_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE subject_access_exports`);
  }
}
