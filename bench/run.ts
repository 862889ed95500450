import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Redis from 'ioredis';
import { Client } from 'pg';
import { adminUrl, checkServices } from '../scripts/services';
import { appEnv, benchDatabaseUrl, BenchResult, clearRedisPrefix, createBenchDatabase, dropBenchDatabase, repoRoot, withEnv } from './lib';
import type { Benchmark } from './lib';

const USAGE = `usage: npm run bench [-- [name…] [--seconds=N] [--smoke] [--keep] [--list]]
  name        run only the benchmarks whose name contains it (several allowed)
  --seconds   measuring time of each figure (default BENCH_SECONDS or 15)
  --smoke     tiny sizes, about a second per figure, no results file: proves every benchmark still runs
              and still does the work it times (npm test runs it); its figures mean nothing
  --processes the API processes the cases benchmark compares with 1 (BENCH_API_PROCESSES, default 2; 1 skips)
  --keep      keep each benchmark's database (mnio_bench_<id>) for a look afterwards
  --list      list the benchmarks and stop
env: BENCH_DATABASE_URL, DATABASE_OWNER_URL or DATABASE_URL (server to use, as a role that creates databases), REDIS_URL, BENCH_LOG_LEVEL`;

interface Outcome extends Partial<BenchResult> {
  name: string;
  ok: boolean;
  error?: string;
  /** Wall time of the benchmark, set-up included. */
  seconds: number;
}

const log = (m: string) => process.stderr.write(`${m}\n`);

async function environment(databaseUrl: string, redisUrl: string): Promise<Record<string, unknown>> {
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const { rows } = await pg.query<{ server_version: string }>('SHOW server_version');
  await pg.end();
  const redis = new Redis(redisUrl, { lazyConnect: true });
  await redis.connect();
  const info = await redis.info('server');
  redis.disconnect();
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    commit = undefined;
  }
  return {
    commit,
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    postgres: rows[0].server_version,
    redis: /redis_version:(\S+)/.exec(info)?.[1],
  };
}

/** The sizes of the smoke run, set before the benchmarks are loaded (they read their sizes at load time). */
const SMOKE_SIZES: Record<string, string> = {
  BENCH_CASES: '300',
  BENCH_CELL_CASES: '300',
  BENCH_CELL_DEADLINES: '600',
  BENCH_CELL_NOISE_CASES: '100',
  BENCH_ORIENTATION_POOL: '4000',
  BENCH_ORIENTATIONS: '5000',
  BENCH_ACCEPT_REPLAY_PER_HOST: '600',
  BENCH_ACCEPT_APP_PER_ROUND: '60',
  BENCH_REPORTING_CASES: '20000',
  BENCH_REBUILD_CASES: '200',
  BENCH_REPORTING_EVENTS: '200',
  BENCH_BACKUP_CASES: '300',
  BENCH_KEYS_CASES: '300',
  BENCH_REQUEST_CASES: '600',
  BENCH_REQUESTS_PER_ROUND: '60',
  BENCH_ERASURE_CASES: '300',
  BENCH_ERASURE_ELIGIBLE: '30',
  BENCH_API_PROCESSES: '1',
  BENCH_NATIONAL_CASES: '400',
  BENCH_NATIONAL_TERRITORIES: '3',
  BENCH_NATIONAL_CASE_WORKERS: '4',
};

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const processesArg = args.find((a) => a.startsWith('--processes='))?.split('=')[1];
  if (processesArg) process.env.BENCH_API_PROCESSES = processesArg;
  if (smoke) for (const [k, v] of Object.entries(SMOKE_SIZES)) process.env[k] ??= v;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the smoke sizes are set
  const { BENCHMARKS } = require('./registry') as { BENCHMARKS: Benchmark[] };
  if (args.includes('-h') || args.includes('--help')) return void log(USAGE), 0;
  if (args.includes('--list')) {
    for (const b of BENCHMARKS) process.stdout.write(`${b.name.padEnd(24)} ${b.description}\n`);
    return 0;
  }
  const secondsArg = args.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? process.env.BENCH_SECONDS ?? (smoke ? '1' : '15');
  const seconds = Number(secondsArg);
  if (!Number.isFinite(seconds) || seconds <= 0) return void log(`--seconds must be a positive number\n${USAGE}`), 64;
  const unknown = args.filter((a) => a.startsWith('-') && !/^--(seconds=.*|processes=\d+|keep|smoke)$/.test(a));
  if (unknown.length) return void log(`unknown option ${unknown.join(' ')}\n${USAGE}`), 64;
  const keep = args.includes('--keep');
  const filters = args.filter((a) => !a.startsWith('-'));
  const selected = filters.length ? BENCHMARKS.filter((b) => filters.some((f) => b.name.includes(f))) : BENCHMARKS;
  if (!selected.length) return void log(`no benchmark matches ${filters.join(' ')}; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`), 64;

  const baseDb = process.env.BENCH_DATABASE_URL || process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mnio';
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const problems = await checkServices(baseDb, redisUrl);
  if (problems.length) return void problems.forEach((p) => log(`✗ ${p}`)), 1;

  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const startedAt = new Date();
  const env = await environment(adminUrl(baseDb), redisUrl);
  log(`mnio bench ${runId}: ${selected.map((b) => b.name).join(', ')} · ${seconds} s per figure · ${JSON.stringify(env)}`);

  const outcomes: Outcome[] = [];
  for (const b of selected) {
    const id = `${runId}_${b.name.replace(/[^a-z0-9]+/g, '_')}`;
    const databaseUrl = benchDatabaseUrl(baseDb, id);
    const queuePrefix = `mnio_bench_${id}`;
    log(`\n▶ ${b.name}: ${b.description}`);
    const t0 = performance.now();
    await createBenchDatabase(databaseUrl);
    const restore = withEnv(appEnv(databaseUrl, redisUrl, queuePrefix));
    try {
      const result = await b.run({ id, databaseUrl, redisUrl, queuePrefix, seconds, smoke, log: (m) => log(`  ${m}`) });
      outcomes.push({ name: b.name, ok: true, seconds: Math.round((performance.now() - t0) / 1000), ...result });
      process.stdout.write(`${b.name}: ${result.summary}\n`);
    } catch (e) {
      const error = (e as Error).message;
      outcomes.push({ name: b.name, ok: false, error, seconds: Math.round((performance.now() - t0) / 1000) });
      process.stdout.write(`${b.name}: FAILED: ${error}\n`);
    } finally {
      restore();
      if (keep) log(`  kept ${databaseUrl}`);
      else await dropBenchDatabase(databaseUrl);
      await clearRedisPrefix(redisUrl, queuePrefix);
    }
  }

  if (smoke) {
    const failed = outcomes.filter((o) => !o.ok);
    process.stdout.write(`\nsmoke: ${outcomes.length - failed.length} of ${outcomes.length} benchmarks ran and did their work${failed.length ? `; failed: ${failed.map((o) => o.name).join(', ')}` : ''}\n`);
    return failed.length ? 1 : 0;
  }
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${startedAt.toISOString().slice(0, 19).replace(/:/g, '-')}Z.json`);
  writeFileSync(file, `${JSON.stringify({ runId, startedAt: startedAt.toISOString(), secondsPerFigure: seconds, environment: env, results: outcomes }, null, 2)}\n`);
  for (const o of outcomes.filter((x) => x.ok)) {
    process.stdout.write(`\n${o.name}\n`);
    for (const [k, v] of Object.entries(o.metrics ?? {})) process.stdout.write(`  ${k.padEnd(28)} ${v}\n`);
    if (o.baseline) process.stdout.write(`  ${'baseline'.padEnd(28)} ${o.baseline.value} ${o.baseline.unit} (${o.baseline.label})\n  ${'ratio'.padEnd(28)} ${o.ratio}\n`);
    for (const n of o.notes ?? []) process.stdout.write(`  · ${n}\n`);
  }
  process.stdout.write(`\nresults written to ${file}\n`);
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    log(`bench failed: ${err.stack ?? err.message}`);
    process.exit(1);
  },
);
