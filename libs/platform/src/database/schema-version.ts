import { Client } from 'pg';
import { readParsed } from '../config/readers';

/**
 * The database's schema against the code's migrations (docs/operations.md, "Upgrades"; ADR 0012). The
 * migrations TypeORM applied are rows of the `migrations` table (name, timestamp, and `applied_at` since
 * migration 1764320070000, empty before); the code knows its own list (db/migrations/index.ts). A process
 * refuses to start on a schema it does not match — older (pending migrations: run `npm run migrate` first)
 * or newer (migrations this code does not know: an older release on a newer database) — with a stable exit
 * code, unless the operator names the newer migrations it may accept (`MNIO_ACCEPT_NEWER_SCHEMA`: a code
 * rollback after expand-only migrations).
 */

/** Exit code of a process refused because migrations are pending (sysexits.h EX_TEMPFAIL: run `npm run migrate`, then retry). */
export const EX_SCHEMA_PENDING = 75;
/** Exit code of a process refused because the database holds migrations this code does not know (sysexits.h EX_DATAERR). */
export const EX_SCHEMA_NEWER = 65;

export interface AppliedMigration {
  name: string;
  timestamp: number;
  /** When it was applied; null for migrations applied before the date was recorded. */
  appliedAt: Date | null;
}

export interface SchemaStatus {
  /** Applied migrations, oldest first. */
  applied: AppliedMigration[];
  /** Known to the code, not applied: the schema is older than the code. */
  pending: string[];
  /** Applied, unknown to the code: the schema is newer than the code. */
  unknown: string[];
  /** The newest applied migration's name (null on an empty database). */
  version: string | null;
}

/** Injection token of the code's migration names (db/migrations/index.ts), for the health endpoints. */
export const KNOWN_MIGRATIONS = Symbol('KNOWN_MIGRATIONS');

/** What a health endpoint says of the schema: the newest applied migration and how far code and database differ (names only). */
export interface SchemaHealth {
  version: string | null;
  pending: number;
  unknown: number;
  /** `current`, `behind` (pending migrations), `ahead` (migrations this code does not know: an upgrade under way), `unreadable`. */
  state: 'current' | 'behind' | 'ahead' | 'unreadable';
}

export async function schemaHealth(rows: Rows, known: readonly string[]): Promise<SchemaHealth> {
  try {
    const s = await readSchemaStatus(rows, known);
    return { version: s.version, pending: s.pending.length, unknown: s.unknown.length, state: s.unknown.length ? 'ahead' : s.pending.length ? 'behind' : 'current' };
  } catch {
    return { version: null, pending: 0, unknown: 0, state: 'unreadable' };
  }
}

type Rows = (sql: string) => Promise<Record<string, unknown>[]>;

/** Names of migration classes as TypeORM records them (the instance's `name`, else the class's). */
export function migrationNames(classes: readonly (new () => { name?: string })[]): string[] {
  return classes.map((C) => new C().name ?? C.name);
}

/** Reads the `migrations` table (absent: nothing applied) and compares it with `known`, the code's list in order. */
export async function readSchemaStatus(rows: Rows, known: readonly string[]): Promise<SchemaStatus> {
  const [table] = await rows(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  // to_jsonb(m): whatever columns the table has (applied_at exists only from migration 1764320070000 on).
  const found = table?.present ? await rows(`SELECT to_jsonb(m) AS m FROM migrations m ORDER BY m.timestamp, m.id`) : [];
  const applied = found.map(({ m }) => {
    const row = m as { name: string; timestamp: string | number; applied_at?: string | null };
    return { name: row.name, timestamp: Number(row.timestamp), appliedAt: row.applied_at ? new Date(row.applied_at) : null };
  });
  const appliedNames = new Set(applied.map((a) => a.name));
  const knownNames = new Set(known);
  return {
    applied,
    pending: known.filter((n) => !appliedNames.has(n)),
    unknown: applied.filter((a) => !knownNames.has(a.name)).map((a) => a.name),
    version: applied.length ? applied[applied.length - 1].name : null,
  };
}

/** A schema the process will not run on; `schemaExitCode` is EX_SCHEMA_PENDING or EX_SCHEMA_NEWER (exitOnConfigError exits with it). */
export class SchemaMismatchError extends Error {
  constructor(
    message: string,
    readonly schemaExitCode: number,
  ) {
    super(message);
  }
}

/** `MNIO_ACCEPT_NEWER_SCHEMA`: migration names, comma-separated, a process may start beside (expand-only ones, for a rollback). */
export function readAcceptNewerSchema(env: NodeJS.ProcessEnv = process.env): string[] {
  return readParsed(
    env,
    'MNIO_ACCEPT_NEWER_SCHEMA',
    '',
    (raw) => {
      const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
      if (names.some((n) => !/^[A-Za-z][A-Za-z0-9_]{0,99}$/.test(n))) throw new Error('bad name');
      return names;
    },
    'migration names separated by commas',
  );
}

/**
 * Throws a SchemaMismatchError when the process must not start on `status`: pending migrations, or applied
 * ones the code does not know and the operator did not accept. The message names the migrations (never data),
 * in English then in French, and says what to do.
 */
export function assertSchemaMatches(processName: string, status: SchemaStatus, acceptNewer: readonly string[] = []): void {
  const accepted = new Set(acceptNewer);
  const newer = status.unknown.filter((n) => !accepted.has(n));
  if (newer.length) {
    const list = newer.join(', ');
    throw new SchemaMismatchError(
      [
        `${processName} refuses to start: the database schema is newer than this release (applied in the database, unknown to this code: ${list}).`,
        `Deploy the release that has these migrations, or roll the database back (that release's \`npm run migrate:revert\`, or a restore);`,
        `if they were expand-only, MNIO_ACCEPT_NEWER_SCHEMA=${newer.join(',')} lets this release run beside them (docs/operations.md, "Upgrades").`,
        `${processName} refuse de démarrer : le schéma de la base est plus récent que cette version (migrations appliquées inconnues de ce code : ${list}).`,
        `Déployez la version qui contient ces migrations, ou ramenez la base en arrière ; si elles n'ont fait qu'ajouter, MNIO_ACCEPT_NEWER_SCHEMA=${newer.join(',')} autorise le démarrage.`,
      ].join('\n'),
      EX_SCHEMA_NEWER,
    );
  }
  if (status.pending.length) {
    const list = status.pending.join(', ');
    throw new SchemaMismatchError(
      [
        `${processName} refuses to start: the database schema is older than this release (${status.pending.length} pending migration(s): ${list}).`,
        `Run \`npm run migrate\` first (docs/operations.md, "Upgrades").`,
        `${processName} refuse de démarrer : le schéma de la base est plus ancien que cette version (migrations en attente : ${list}). Lancez d'abord \`npm run migrate\`.`,
      ].join('\n'),
      EX_SCHEMA_PENDING,
    );
  }
}

/**
 * The boot check of the api and the worker: reads the schema as DATABASE_URL's role (which may SELECT the
 * `migrations` table, db/roles.ts), refuses a mismatch, returns the status. A database that cannot be read
 * is the ordinary start failure (exit 1), except a refused read of `migrations` (a database whose grants
 * predate this release): pending, run `npm run migrate`.
 */
export async function checkSchemaAtBoot(processName: string, databaseUrl: string, known: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<SchemaStatus> {
  const accept = readAcceptNewerSchema(env);
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  let status: SchemaStatus;
  try {
    status = await readSchemaStatus(async (sql) => (await client.query(sql)).rows, known);
  } catch (e) {
    if ((e as { code?: string }).code === '42501') {
      throw new SchemaMismatchError(
        [
          `${processName} refuses to start: its database role may not read the migrations table (grants older than this release). Run \`npm run migrate\` first.`,
          `${processName} refuse de démarrer : son rôle ne peut pas lire la table des migrations. Lancez d'abord \`npm run migrate\`.`,
        ].join('\n'),
        EX_SCHEMA_PENDING,
      );
    }
    throw e;
  } finally {
    await client.end();
  }
  assertSchemaMatches(processName, status, accept);
  const accepted = status.unknown.filter((n) => accept.includes(n));
  if (accepted.length) {
    process.stderr.write(`${processName} starts beside newer migrations accepted by MNIO_ACCEPT_NEWER_SCHEMA: ${accepted.join(', ')}\n`);
  }
  return status;
}
