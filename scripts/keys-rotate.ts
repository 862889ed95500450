import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { failure, formatStatus, inContext, keysApp, progressBar } from './keys-cli';

const USAGE = `usage: npm run keys:rotate -- <field|blind_index|jwt> <new key id> [--rate <values per second>] [--detach]
       npm run keys:rotate -- --follow            (the progress of a running rotation)
       npm run keys:rotate -- --retire <field|blind_index|jwt> <key id>
The new key must already be in the ring of every process (MNIO_ENCRYPTION_KEY, MNIO_BLIND_INDEX_KEY or MNIO_JWT_SECRET,
after the current key): see docs/operations.md, "Rotating a key".
`;

/**
 * `npm run keys:rotate`: makes a key current and follows the worker's re-encryption with a progress bar until it
 * ends (the worker does the work: stopping this command stops nothing; `--follow` watches again).
 */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { rate: { type: 'string' }, detach: { type: 'boolean' }, follow: { type: 'boolean' }, retire: { type: 'boolean' } } });
  const [kind, keyId] = positionals;
  if (!values.follow && (!kind || !keyId)) {
    process.stderr.write(USAGE);
    return 64;
  }
  const rate = values.rate !== undefined ? Number(values.rate) : undefined;
  const app = await keysApp();
  try {
    if (values.retire) {
      const retired = await inContext(app, (keys) => keys.retire(kind, keyId));
      process.stdout.write(`key ${retired.keyId} (${retired.kind}) retired: remove it from the ring of every process\n`);
      return 0;
    }
    let rotation = values.follow
      ? (await inContext(app, (keys) => keys.status())).map((r) => r.rotation).find((r) => r?.status === 'running')
      : await inContext(app, (keys) => keys.start(kind, keyId, { ratePerSecond: rate }));
    if (!rotation) {
      process.stdout.write('no rotation is running\n');
      return 0;
    }
    process.stdout.write(`rotation ${rotation.id}: ${rotation.keyId} is current\n`);
    if (values.detach || rotation.status === 'done') {
      if (rotation.status === 'done') process.stdout.write(formatStatus(await inContext(app, (keys) => keys.status())));
      return 0;
    }
    const tty = process.stderr.isTTY;
    let last = { at: Date.now(), processed: rotation.processed };
    let lastLine = 0;
    while (rotation.status === 'running') {
      await new Promise((r) => setTimeout(r, 1000));
      const next = await inContext(app, (keys) => keys.progress(rotation!.id));
      const now = Date.now();
      const perSecond = ((next.processed - last.processed) * 1000) / Math.max(1, now - last.at);
      last = { at: now, processed: next.processed };
      rotation = next;
      if (tty) process.stderr.write(`\r${progressBar(next, perSecond)}   `);
      else if (now - lastLine > 5000 || next.status === 'done') {
        process.stderr.write(`${progressBar(next, perSecond)}\n`);
        lastLine = now;
      }
    }
    if (tty) process.stderr.write('\n');
    process.stdout.write(formatStatus(await inContext(app, (keys) => keys.status())));
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: Error & { code?: string }) => {
    process.stderr.write(failure(err));
    process.exit(1);
  },
);
