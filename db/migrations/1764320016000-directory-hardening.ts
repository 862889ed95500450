import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11 §2: the last accepted TOTP time step per user (a code is accepted once), single-use MFA step
 * tokens, enrolment links instead of passwords set by an administrator, and membership requests that an
 * organisation's coordinator approves.
 */
export class DirectoryHardening1764320016000 implements MigrationInterface {
  name = 'DirectoryHardening1764320016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN totp_last_step bigint`);
    await q.query(`CREATE TABLE auth_mfa_challenges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX auth_mfa_challenges_user_idx ON auth_mfa_challenges (user_id)`);
    // Only a SHA-256 of the link's secret is kept; the link itself is shown once.
    await q.query(`CREATE TABLE enrolment_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      token_hash text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX enrolment_tokens_user_idx ON enrolment_tokens (user_id)`);
    await q.query(`CREATE TABLE membership_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      role text NOT NULL,
      territories text[] NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','refused')),
      requested_by uuid NOT NULL REFERENCES users(id),
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      membership_id uuid REFERENCES memberships(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`);
    await q.query(`CREATE UNIQUE INDEX membership_requests_one_pending ON membership_requests (user_id, organisation_id, role) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX membership_requests_org_idx ON membership_requests (organisation_id) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE membership_requests`);
    await q.query(`DROP TABLE enrolment_tokens`);
    await q.query(`DROP TABLE auth_mfa_challenges`);
    await q.query(`ALTER TABLE users DROP COLUMN totp_last_step`);
  }
}
