import { verifyAuditJournal } from '../libs/audit/src/audit-verifier';
import { createDataSource } from '../db/data-source';

/** `npm run audit:verify`: walks every chain and names the first broken entry. Exit 0 when intact, 2 when broken. */
async function main(): Promise<void> {
  const ds = createDataSource(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mnio');
  await ds.initialize();
  try {
    const result = await verifyAuditJournal(ds);
    if (result.ok) {
      process.stdout.write(`audit journal intact: ${result.entries} entries in ${result.streams} streams, ${result.anchors} anchors\n`);
      return;
    }
    const b = result.firstBreak!;
    process.stdout.write(
      `audit journal BROKEN at ${b.entryId ? `entry ${b.entryId}` : b.anchorId ? `anchor ${b.anchorId}` : 'stream head'}` +
        `${b.stream ? ` (stream ${b.stream}, seq ${b.seq ?? '?'})` : ''}: ${b.reason}\n`,
    );
    process.exitCode = 2;
  } finally {
    await ds.destroy();
  }
}

main().catch((err: Error) => {
  process.stderr.write(`audit verification failed: ${err.message}\n`);
  process.exit(1);
});
