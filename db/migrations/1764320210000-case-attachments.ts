import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 14 §2: attachments of a case (a scanned récépissé, a medical certificate), in PostgreSQL. The file's name and
 * its bytes are encrypted with the field cipher (ADR 0008), bound to the row, so a key rotation rewrites them like any
 * other encrypted column; the content is base64 inside the ciphertext (`content_enc`). Erasure nulls both and keeps
 * the row (kind, date, size) as the trace. A new table: expand-only.
 */
export class CaseAttachments1764320210000 implements MigrationInterface {
  name = 'CaseAttachments1764320210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_attachments (
      id uuid PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      uploaded_by uuid REFERENCES users(id),
      kind text NOT NULL CHECK (kind IN ('recepisse', 'medical_certificate', 'decision', 'other')),
      document_date date NOT NULL,
      media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer NOT NULL CHECK (size_bytes > 0),
      name_enc text,
      content_enc text,
      created_at timestamptz NOT NULL DEFAULT now(),
      erased_at timestamptz
    )`);
    await q.query(`CREATE INDEX case_attachments_case_idx ON case_attachments (case_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_attachments`);
  }
}
