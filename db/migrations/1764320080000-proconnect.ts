import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in with ProConnect (issue 15 §1): an organisation's SIRET (14 digits; its checksum is checked by the
 * directory) and whether its members may still sign in with a password; the identities (issuer + subject) linked
 * to users; the sign-in attempts in flight (state, nonce and PKCE verifier, encrypted, spent once); the ID token of
 * a session opened through the provider (encrypted, for the end-session call); and the access requests left by
 * someone the provider knows but mnio does not, for the organisation's coordinator to decide.
 */
export class ProConnect1764320080000 implements MigrationInterface {
  name = 'ProConnect1764320080000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisations ADD COLUMN siret text CHECK (siret ~ '^[0-9]{14}$'), ADD COLUMN password_sign_in boolean NOT NULL DEFAULT true`);
    await q.query(`CREATE INDEX organisations_siret_idx ON organisations (siret) WHERE siret IS NOT NULL`);
    await q.query(`CREATE TABLE user_identities (
      issuer text NOT NULL,
      subject text NOT NULL,
      user_id uuid NOT NULL REFERENCES users(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      PRIMARY KEY (issuer, subject),
      UNIQUE (user_id, issuer)
    )`);
    await q.query(`CREATE TABLE oidc_login_attempts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      secrets text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX oidc_login_attempts_expires_idx ON oidc_login_attempts (expires_at)`);
    // Keyed by the session, or by the TOTP step's challenge until that step opens the session.
    await q.query(`CREATE TABLE oidc_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      session_id uuid UNIQUE REFERENCES auth_sessions(id) ON DELETE CASCADE,
      challenge_id uuid UNIQUE REFERENCES auth_mfa_challenges(id) ON DELETE CASCADE,
      id_token text NOT NULL,
      CHECK (session_id IS NOT NULL OR challenge_id IS NOT NULL)
    )`);
    await q.query(`CREATE TABLE access_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      issuer text NOT NULL,
      subject text NOT NULL,
      email text NOT NULL,
      display_name text NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','refused')),
      role text,
      decided_by uuid REFERENCES users(id),
      decided_at timestamptz,
      user_id uuid REFERENCES users(id),
      membership_id uuid REFERENCES memberships(id),
      created_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1
    )`);
    await q.query(`CREATE UNIQUE INDEX access_requests_one_pending ON access_requests (organisation_id, issuer, subject) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX access_requests_org_idx ON access_requests (organisation_id) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access_requests`);
    await q.query(`DROP TABLE oidc_sessions`);
    await q.query(`DROP TABLE oidc_login_attempts`);
    await q.query(`DROP TABLE user_identities`);
    await q.query(`ALTER TABLE organisations DROP COLUMN password_sign_in, DROP COLUMN siret`);
  }
}
