import 'reflect-metadata';
import { failure, formatStatus, inContext, keysApp } from './keys-cli';

/** `npm run keys:status`: per key ring, every key, its state and how many stored values still use it. */
async function main(): Promise<number> {
  const app = await keysApp();
  try {
    process.stdout.write(formatStatus(await inContext(app, (keys) => keys.status())));
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (err: Error & { code?: string }) => {
    process.stderr.write(failure(err));
    process.exit(1);
  },
);
