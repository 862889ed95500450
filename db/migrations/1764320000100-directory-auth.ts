import { MigrationInterface, QueryRunner } from 'typeorm';

export class DirectoryAuth1764320000100 implements MigrationInterface {
  name = 'DirectoryAuth1764320000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE organisations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('association','prefecture','parquet','police','gendarmerie','labour_inspection','ase','pjj','ofii',
        'acse_coordination','host','minors_centre','uaped','crp','clav_cell','national_coordinator','platform')),
      name text NOT NULL,
      national boolean NOT NULL DEFAULT false,
      territories text[] NOT NULL DEFAULT '{}',
      attributes jsonb NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (national OR cardinality(territories) > 0)
    )`);
    await q.query(`CREATE INDEX organisations_kind_idx ON organisations (kind)`);
    await q.query(`CREATE INDEX organisations_territories_idx ON organisations USING gin (territories)`);
    // A CLAV cell is one per département; which organisations sit in it is configurable.
    await q.query(`CREATE UNIQUE INDEX organisations_one_cell_per_territory ON organisations ((territories[1])) WHERE kind = 'clav_cell' AND active`);
    await q.query(`CREATE TABLE clav_cell_members (
      cell_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (cell_id, organisation_id)
    )`);

    await q.query(`CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      display_name text NOT NULL,
      password_hash text,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','disabled')),
      totp_secret text,
      totp_enabled boolean NOT NULL DEFAULT false,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await q.query(`CREATE TABLE memberships (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      organisation_id uuid NOT NULL REFERENCES organisations(id),
      role text NOT NULL CHECK (role IN ('case_worker','coordinator','investigator','teh_referent','cell_member','cell_coordinator',
        'host_operator','national_analyst','platform_admin')),
      territories text[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, organisation_id, role)
    )`);
    await q.query(`CREATE INDEX memberships_user_idx ON memberships (user_id) WHERE active`);
    await q.query(`CREATE INDEX memberships_org_role_idx ON memberships (organisation_id, role) WHERE active`);

    // A session is a refresh-token family: reusing a rotated token revokes the whole family.
    await q.query(`CREATE TABLE auth_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id),
      mfa boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      revoked_reason text
    )`);
    await q.query(`CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`CREATE TABLE refresh_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      session_id uuid NOT NULL REFERENCES auth_sessions(id),
      token_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
    await q.query(`CREATE TABLE login_throttle (
      key text PRIMARY KEY,
      failures integer NOT NULL DEFAULT 0,
      window_start timestamptz NOT NULL DEFAULT now(),
      locked_until timestamptz
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle, refresh_tokens, auth_sessions, memberships, users, clav_cell_members, organisations`);
  }
}
