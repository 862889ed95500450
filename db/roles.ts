/**
 * The two database roles (ADR 0011). The **owner** runs the migrations and owns every table; the
 * **application role** (the user of DATABASE_URL, `mnio_app` by default) is what the api and the worker
 * connect as: it owns nothing, so it cannot disable a trigger or drop a table, has the DML it needs on the
 * domain tables, only SELECT on the migrations' bookkeeping, and on the audit journal only what appending needs — INSERT and SELECT on the entries and
 * the anchors, and UPDATE of the stream heads (which only move forward, by trigger). Applied after every
 * migration run, as the owner, idempotently: a table added by a later migration gets its grants without
 * anyone remembering, and so does one created otherwise by the owner (default privileges).
 */

interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Tables the application role must not change or empty, with what it may do on each. */
export const AUDIT_TABLE_PRIVILEGES: Record<string, string> = {
  audit_entries: 'SELECT, INSERT',
  audit_anchors: 'SELECT, INSERT',
  audit_stream_heads: 'SELECT, INSERT, UPDATE',
};

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsupported role or database name ${JSON.stringify(name)}: lower-case letters, digits and _`);
  return `"${name}"`;
};

async function one<T>(db: Sql, sql: string, params: unknown[] = []): Promise<T | undefined> {
  const result = (await db.query(sql, params)) as T[] | { rows: T[] };
  return Array.isArray(result) ? result[0] : result.rows[0];
}

/**
 * Creates the application role when it is missing and the owner may create roles (a local database);
 * otherwise it must exist already (production: docs/operations.md). Then grants. `appUser` equal to the
 * owner means a single-role set-up: refused, since the journal would then be the application's to rewrite.
 */
export async function setUpAppRole(db: Sql, appUser: string, appPassword?: string): Promise<void> {
  const me = await one<{ user: string; database: string; create_role: boolean }>(
    db,
    `SELECT current_user AS user, current_database() AS database, (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) AS create_role`,
  );
  if (!me) throw new Error('cannot read the current role');
  if (me.user === appUser) {
    throw new Error(`the application role (${appUser}) is the owner that runs migrations: give DATABASE_URL a role of its own (docs/operations.md)`);
  }
  const role = ident(appUser);
  const exists = await one(db, `SELECT 1 FROM pg_roles WHERE rolname = $1`, [appUser]);
  if (!exists) {
    if (!me.create_role) throw new Error(`the database role ${appUser} does not exist: create it first (docs/operations.md, "Database roles")`);
    try {
      await db.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`);
    } catch (e) {
      // Two set-ups at once (parallel test runs): the other one created it.
      if (!['42710', '23505'].includes((e as { code?: string }).code ?? '')) throw e;
    }
  }
  if (appPassword && me.create_role) await db.query(`ALTER ROLE ${role} PASSWORD '${appPassword.replaceAll("'", "''")}'`);
  const appRole = await one<{ rolsuper: boolean; rolbypassrls: boolean }>(db, `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1`, [appUser]);
  if (appRole?.rolsuper) throw new Error(`the application role ${appUser} is a superuser: it could rewrite the audit journal`);

  // The grants in one transaction: `npm run migrate` runs while the previous release serves (ADR 0012), and a
  // REVOKE seen without the GRANT that follows it would refuse its writes to the audit journal for a moment.
  // `db` must then be one connection (a QueryRunner), not a pool.
  await db.query('BEGIN');
  try {
    await grantAppRole(db, role, me.database);
    await db.query('COMMIT');
  } catch (e) {
    await db.query('ROLLBACK');
    throw e;
  }
}

async function grantAppRole(db: Sql, role: string, database: string): Promise<void> {
  await db.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${role}`);
  await db.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  // Every table and sequence the owner has, and will create (default privileges, in case a table is made
  // outside a migration run)…
  await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
  await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${role}`);
  // …except the migrations' bookkeeping, which it may only read (a process refuses to start on a schema
  // its code does not match, libs/platform/src/database/schema-version.ts), and the audit journal.
  await db.query(`REVOKE ALL ON TABLE migrations FROM ${role}`);
  await db.query(`GRANT SELECT ON TABLE migrations TO ${role}`);
  for (const [table, privileges] of Object.entries(AUDIT_TABLE_PRIVILEGES)) {
    await db.query(`REVOKE ALL ON TABLE ${table} FROM ${role}`);
    await db.query(`GRANT ${privileges} ON TABLE ${table} TO ${role}`);
  }
}
