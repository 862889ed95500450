import { createDataSource } from '../db/data-source';

/** Applies pending migrations; returns their names. */
export async function migrate(databaseUrl: string): Promise<string[]> {
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  try {
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

export async function revertLast(databaseUrl: string): Promise<void> {
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  try {
    await ds.undoLastMigration({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mnio';
  const action = process.argv[2] === 'revert' ? revertLast(url).then(() => ['reverted last']) : migrate(url);
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
