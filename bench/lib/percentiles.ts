import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of an ascending array (`p` in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Count, mean, p50, p95, p99 and max of raw samples (any unit; milliseconds by convention). */
export function summarize(samples: number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const arr = Array.from(sorted);
  const sum = arr.reduce((a, b) => a + b, 0);
  return {
    count: arr.length,
    mean: arr.length ? sum / arr.length : NaN,
    p50: percentile(arr, 50),
    p95: percentile(arr, 95),
    p99: percentile(arr, 99),
    max: arr.length ? arr[arr.length - 1] : NaN,
  };
}

export interface TimedLoopOptions {
  /** Concurrent loops; each awaits its operation before starting the next. */
  concurrency: number;
  seconds: number;
  /** Unmeasured run first (JIT, pools, caches). Default 2 s. */
  warmupSeconds?: number;
  /** One operation. `worker` is 0..concurrency-1 (give each its own stream, user…), `i` counts its calls. */
  op: (worker: number, i: number) => Promise<void>;
}

export interface TimedLoopResult {
  ops: number;
  opsPerSec: number;
  seconds: number;
  errors: number;
  firstError?: string;
  latencyMs: LatencySummary;
  /** CPU time of this whole process (every thread) during the measured pass, in % of one core. */
  processCpuPercent: number;
}

/**
 * Runs `op` in `concurrency` closed loops for `seconds` and times each call: throughput and latency
 * percentiles for hand-written benchmarks that do not go through HTTP.
 */
export async function timedLoop(options: TimedLoopOptions): Promise<TimedLoopResult> {
  const counters = Array.from({ length: options.concurrency }, () => 0);
  const pass = async (seconds: number, record: boolean) => {
    const samples: number[] = [];
    let errors = 0;
    let firstError: string | undefined;
    const start = performance.now();
    const cpu = process.cpuUsage();
    const deadline = start + seconds * 1000;
    await Promise.all(
      counters.map(async (_, worker) => {
        while (performance.now() < deadline) {
          const t0 = performance.now();
          try {
            await options.op(worker, counters[worker]++);
            if (record) samples.push(performance.now() - t0);
          } catch (e) {
            errors++;
            firstError ??= (e as Error).message;
          }
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    return { samples, errors, firstError, elapsed, cpuPercent: ((used.user + used.system) / 1e6 / elapsed) * 100 };
  };
  const warmup = options.warmupSeconds ?? 2;
  if (warmup > 0) await pass(warmup, false);
  const { samples, errors, firstError, elapsed, cpuPercent } = await pass(options.seconds, true);
  return { ops: samples.length, opsPerSec: samples.length / elapsed, seconds: elapsed, errors, firstError, latencyMs: summarize(samples), processCpuPercent: cpuPercent };
}

/** Rounds for reports: 3 significant digits below 100, integers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

/** Median of a few values (the middle one, or the mean of the two middle ones). */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
