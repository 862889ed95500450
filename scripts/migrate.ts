import { setUpAppRole } from '../db/roles';
import { createDataSource } from '../db/data-source';
import { DEFAULT_APP_ROLE, withUser } from '../libs/platform/src/config/app-config';
import { asOwner } from './services';

/**
 * Applies pending migrations as the database's owner, then sets the application role up (db/roles.ts):
 * created on a local database when missing, granted on every table. Returns the migrations' names.
 * `databaseUrl` may be the owner's or the application's URL (DATABASE_OWNER_URL then gives the owner);
 * `appUrl` defaults to the same database reached as `mnio_app`.
 */
export async function migrate(databaseUrl: string, appUrl = appUrlFor(databaseUrl)): Promise<string[]> {
  const ds = createDataSource(asOwner(databaseUrl));
  await ds.initialize();
  try {
    const done = await ds.runMigrations({ transaction: 'each' });
    const app = new URL(appUrl);
    // One connection: the grants are applied in one transaction (db/roles.ts).
    const runner = ds.createQueryRunner();
    try {
      await setUpAppRole(runner, decodeURIComponent(app.username), app.password ? decodeURIComponent(app.password) : undefined);
    } finally {
      await runner.release();
    }
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

export async function revertLast(databaseUrl: string): Promise<void> {
  const ds = createDataSource(asOwner(databaseUrl));
  await ds.initialize();
  try {
    // A migration that cannot run in a transaction (`transaction = false`: CREATE INDEX CONCURRENTLY) is
    // reverted outside one too; TypeORM's undo does not read that flag itself.
    const [last] = (await ds.query(`SELECT name FROM migrations ORDER BY timestamp DESC, id DESC LIMIT 1`)) as { name: string }[];
    const migration = ds.migrations.find((m) => (m.name ?? m.constructor.name) === last?.name);
    await ds.undoLastMigration({ transaction: migration?.transaction === false ? 'none' : 'each' });
  } finally {
    await ds.destroy();
  }
}

/** The application's URL for a database: DATABASE_URL's user and password when it names a role other than the owner, else `mnio_app`. */
export function appUrlFor(databaseUrl: string): string {
  const owner = new URL(asOwner(databaseUrl));
  const configured = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null;
  if (configured && configured.username && configured.username !== owner.username) {
    const u = new URL(owner.toString());
    u.username = configured.username;
    u.password = configured.password;
    return u.toString();
  }
  return withUser(owner.toString(), DEFAULT_APP_ROLE);
}

if (require.main === module) {
  const owner = process.env.DATABASE_OWNER_URL || 'postgres://postgres@127.0.0.1:5432/mnio';
  const action = process.argv[2] === 'revert' ? revertLast(owner).then(() => ['reverted last']) : migrate(owner, process.env.DATABASE_URL || withUser(owner, DEFAULT_APP_ROLE));
  action.then(
    (names) => {
      process.stdout.write(names.length ? `${names.join('\n')}\n` : 'no pending migration\n');
    },
    (err: Error) => {
      process.stderr.write(`migration failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
