import { Client } from 'pg';
import { EX_SCHEMA_NEWER, EX_SCHEMA_PENDING, migrationNames, readSchemaStatus, SchemaStatus } from '../libs/platform/src/database/schema-version';
import { MIGRATIONS } from '../db/migrations';
import { asOwner } from './services';

/**
 * `npm run migrate:status`: the migrations applied to the database (name, and when, for those applied since
 * the date is recorded) and those this code has that are not applied yet, then one verdict line. Exit code,
 * for deploy scripts: 0 up to date; 75 migrations pending (run `npm run migrate`); 65 the database holds
 * migrations this code does not know (its schema is newer: an older release, or a database migrated by a
 * newer one); 1 could not read the database. The same 75 and 65 as a process refusing to start.
 * Reads DATABASE_OWNER_URL (else DATABASE_URL), like `npm run migrate`; it changes nothing.
 */
export async function migrationStatus(databaseUrl: string): Promise<SchemaStatus> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await readSchemaStatus(async (sql) => (await client.query(sql)).rows, migrationNames(MIGRATIONS));
  } finally {
    await client.end();
  }
}

export function statusExitCode(status: SchemaStatus): number {
  if (status.unknown.length) return EX_SCHEMA_NEWER;
  if (status.pending.length) return EX_SCHEMA_PENDING;
  return 0;
}

const when = (d: Date | null) => (d ? d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '(date not recorded)');

export function formatStatus(status: SchemaStatus): string {
  const unknown = new Set(status.unknown);
  const width = Math.max(0, ...status.applied.map((a) => a.name.length), ...status.pending.map((n) => n.length));
  const lines = [`applied migrations (${status.applied.length}):`];
  for (const a of status.applied) lines.push(`  ${a.name.padEnd(width)}  applied ${when(a.appliedAt)}${unknown.has(a.name) ? '  — unknown to this code' : ''}`);
  lines.push(`pending migrations (${status.pending.length}):${status.pending.length ? '' : ' none'}`);
  for (const n of status.pending) lines.push(`  ${n}`);
  if (status.unknown.length) {
    lines.push(`database schema NEWER than this code: ${status.unknown.join(', ')} applied but unknown here — deploy the release that has them, or roll the database back`);
  } else if (status.pending.length) {
    lines.push(`database schema behind this code: ${status.pending.length} pending migration(s) — run \`npm run migrate\``);
  } else {
    lines.push(`database schema up to date (${status.version ?? 'no migration'})`);
  }
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  const url = asOwner(process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mnio');
  migrationStatus(url).then(
    (status) => {
      process.stdout.write(formatStatus(status));
      process.exitCode = statusExitCode(status);
    },
    (err: Error) => {
      process.stderr.write(`cannot read the migrations: ${err.message}\n`);
      process.exitCode = 1;
    },
  );
}
