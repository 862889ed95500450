import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface PgBaseline {
  /** One-row jsonb INSERT transactions per second, straight into PostgreSQL with pgbench. */
  tps: number;
  clients: number;
  seconds: number;
}

/** The repository root: the nearest folder above this file with a package.json (works from bench/ and dist/bench/). */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + from);
    dir = up;
  }
  return dir;
}

/** `../shared/tools/pg-baseline`, relative to the repository. */
export function pgBaselinePath(): string {
  return resolve(repoRoot(), '..', 'shared', 'tools', 'pg-baseline');
}

/** Parses `baseline one-row insert: 12345 tps (16 clients, 20 s)`. */
export function parsePgBaseline(output: string): PgBaseline | null {
  const m = /baseline one-row insert: ([0-9.]+) tps \((\d+) clients, (\d+) s\)/.exec(output);
  return m ? { tps: Number(m[1]), clients: Number(m[2]), seconds: Number(m[3]) } : null;
}

/**
 * Runs the shared pg-baseline (pgbench, one-row jsonb INSERTs) against the server of `databaseUrl`.
 * Returns null, with the reason on stderr, when the tool, pgbench or the server is missing: a benchmark
 * then reports its figure without a ratio instead of failing.
 */
export function runPgBaseline(
  databaseUrl: string,
  seconds = 20,
  clients = 16,
  log: (message: string) => void = (m) => process.stderr.write(`${m}\n`),
): Promise<PgBaseline | null> {
  const tool = pgBaselinePath();
  if (!existsSync(tool)) {
    log(`pg-baseline not found at ${tool}: no baseline ratio`);
    return Promise.resolve(null);
  }
  const url = new URL(databaseUrl);
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username) || 'postgres',
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
  };
  return new Promise((done) => {
    execFile('bash', [tool, String(seconds), String(clients)], { env, timeout: (seconds + 60) * 1000 }, (err, stdout, stderr) => {
      const parsed = parsePgBaseline(stdout);
      if (err || !parsed) {
        log(`pg-baseline failed (${err?.message.split('\n')[0] ?? 'no tps line'}): no baseline ratio${stderr ? `\n${stderr.trim()}` : ''}`);
        done(null);
      } else {
        done(parsed);
      }
    });
  });
}
