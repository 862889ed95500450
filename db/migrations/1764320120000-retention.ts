import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16 §1: retention rules and erasure that keeps the statistics. A case is anonymised in place (never
 * deleted: the statistics count it): `anonymised_at` says when. `identity_enc` stays NOT NULL (dropping the
 * constraint is a contract step): an anonymised case holds the empty string there, never a ciphertext.
 * The rules (one row per kind of data, platform-wide) and each run's report are privacy's own tables.
 */
export class Retention1764320120000 implements MigrationInterface {
  name = 'Retention1764320120000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE cases ADD COLUMN anonymised_at timestamptz`);
    await q.query(`CREATE TABLE retention_rules (
      kind text PRIMARY KEY,
      amount integer NOT NULL CHECK (amount >= 1),
      unit text NOT NULL CHECK (unit IN ('days','years')),
      updated_by uuid,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO retention_rules (kind, amount, unit) VALUES
      ('case_closed', 2, 'years'), ('case_closed_referred', 2, 'years'),
      ('notifications', 1, 'years'), ('auth_sessions', 90, 'days'), ('login_throttle', 90, 'days'),
      ('notification_deliveries', 90, 'days'), ('break_glass_uses', 6, 'years')`);
    await q.query(`CREATE TABLE retention_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dry_run boolean NOT NULL,
      trigger text NOT NULL CHECK (trigger IN ('schedule','manual')),
      requested_by uuid,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','done','failed')),
      requested_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      finished_at timestamptz,
      rules jsonb NOT NULL DEFAULT '[]',
      progress jsonb NOT NULL DEFAULT '{}',
      erased jsonb NOT NULL DEFAULT '[]',
      held jsonb NOT NULL DEFAULT '[]',
      failure text
    )`);
    await q.query(`CREATE INDEX retention_runs_requested_idx ON retention_runs (requested_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE retention_runs, retention_rules`);
    await q.query(`ALTER TABLE cases DROP COLUMN anonymised_at`);
  }
}
