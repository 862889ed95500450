import { verifyAuditJournal } from '../libs/audit/src/audit-verifier';
import { createDataSource } from '../db/data-source';

/**
 * `npm run audit:verify`: walks every chain and names the first broken entry. Writes one line and
 * returns the exit code: 0 when intact, 2 when broken.
 */
export async function auditVerify(databaseUrl: string, write: (line: string) => void = (line) => process.stdout.write(line)): Promise<number> {
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  try {
    const result = await verifyAuditJournal(ds);
    if (result.ok) {
      write(`audit journal intact: ${result.entries} entries in ${result.streams} streams, ${result.anchors} anchors\n`);
      return 0;
    }
    const b = result.firstBreak!;
    write(
      `audit journal BROKEN at ${b.entryId ? `entry ${b.entryId}` : b.anchorId ? `anchor ${b.anchorId}` : 'stream head'}` +
        `${b.stream ? ` (stream ${b.stream}, seq ${b.seq ?? '?'})` : ''}: ${b.reason}\n`,
    );
    return 2;
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  auditVerify(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mnio').then(
    (code) => {
      process.exitCode = code;
    },
    (err: Error) => {
      process.stderr.write(`audit verification failed: ${err.message}\n`);
      process.exit(1);
    },
  );
}
