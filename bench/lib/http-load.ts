import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { LatencySummary } from './percentiles';
import { runningFromSources, tsBootSource } from './ts-boot';

export interface HttpLoadOptions {
  /** Base URL, e.g. from `bootApi()`. */
  url: string;
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Headers for every request (`content-type: application/json` is added when there is a body). */
  headers?: Record<string, string>;
  /** Bodies (already serialised), one per connection, reused round-robin: connection i sends body i % n. */
  bodies?: string[];
  /**
   * When set, every request gets its own body: the next body round-robin with each occurrence of this
   * token replaced by this run's random tag and a request counter (`3f9a0c1dx42`: distinct records across runs
   * and rounds, e.g. distinct names to index; letters and digits only).
   */
  uniqueToken?: string;
  /** Paths per connection, round-robin like `bodies` (e.g. one case per client); `path` is then unused. Not with `uniqueToken`. */
  connectionPaths?: string[];
  /**
   * Paths per connection, each taken once in turn (connection i sends `connectionPathLists[i][0]`, then `[1]`…,
   * wrapping round at the end): writes that consume what they act on, such as accepting one orientation after
   * another. Not with `connectionPaths` or `uniqueToken`.
   */
  connectionPathLists?: string[][];
  /** Headers per connection, round-robin like `bodies` (e.g. one bearer token per user). */
  connectionHeaders?: Record<string, string>[];
  /** Concurrent connections, each with one request in flight. */
  connections: number;
  seconds: number;
  /** Seconds of load before measuring starts (same run, connections kept busy). Default 2. */
  warmupSeconds?: number;
  /** A request without an answer after this long counts as an error (timeouts). Default 10 s. */
  timeoutSeconds?: number;
  /** Status that counts as a success. Default 200. */
  expectStatus?: number;
}

export interface HttpLoadResult {
  /** Successful (expected status) responses per second. */
  requestsPerSec: number;
  requests: number;
  /** Responses with another status. */
  unexpected: number;
  statusCodes: Record<string, number>;
  /** Connection errors and timeouts over the whole run, warm-up included. */
  errors: number;
  timeouts: number;
  seconds: number;
  /** Over successful responses only. */
  latencyMs: LatencySummary;
  /** CPU time of the load generator's own thread over its whole life (start, warm-up and run; Linux; NaN elsewhere). */
  clientCpuMs: number;
  /** Every response of the whole run, warm-up included (what `clientCpuMs` and `serverCpuMsPerRequest` divide by). */
  totalResponses: number;
  /**
   * CPU milliseconds per response of everything else in this process over the whole run: the API when
   * `bootApi` booted it here (process.cpuUsage minus the load generator's thread), warm-up included.
   */
  serverCpuMsPerRequest: number;
}

/**
 * Drives HTTP load with autocannon from a worker thread, so the client does not compete with an API
 * booted in this process for the same event loop. Latency percentiles are exact (every response timed).
 */
export async function httpLoad(options: HttpLoadOptions): Promise<HttpLoadResult> {
  const profiler = process.env.BENCH_CPU_PROFILE ? await startProfile() : undefined;
  const cpu = process.cpuUsage();
  const result = await runLoad(options).finally(() => profiler?.());
  const used = process.cpuUsage(cpu);
  const processMs = (used.user + used.system) / 1000;
  return { ...result, serverCpuMsPerRequest: (processMs - result.clientCpuMs) / Math.max(1, result.totalResponses) };
}

function runLoad(options: HttpLoadOptions): Promise<Omit<HttpLoadResult, 'serverCpuMsPerRequest'>> {
  return new Promise((resolve, reject) => {
    const worker = runningFromSources()
      ? new Worker(tsBootSource(join(__dirname, 'http-load.worker.ts')), { eval: true, workerData: options })
      : new Worker(join(__dirname, 'http-load.worker.js'), { workerData: options });
    worker.once('message', (m: { ok: true; result: Omit<HttpLoadResult, 'serverCpuMsPerRequest'> } | { ok: false; error: string }) => (m.ok ? resolve(m.result) : reject(new Error(m.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`load worker exited with ${code}`)));
  });
}

let profiles = 0;

/**
 * With `BENCH_CPU_PROFILE=<directory>`, a CPU profile of this process's main thread (the API that `bootApi` booted
 * here; the load generator is another thread) over each `httpLoad` run, warm-up included, written there as
 * `<time>-<n>.cpuprofile` (read it with `node bench/lib/cpuprofile-summary.js`, Chrome DevTools or speedscope).
 */
async function startProfile(): Promise<() => Promise<void>> {
  const dir = process.env.BENCH_CPU_PROFILE!;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++profiles}.cpuprofile`), JSON.stringify(profile));
  };
}
