/** What a benchmark gets: its own throw-away database and Redis prefix, already created and migrated. */
export interface BenchContext {
  /** Unique per benchmark run, e.g. `m3x9k2_auth_login`. */
  id: string;
  /** `…/mnio_bench_<id>`: created and migrated before `run`, dropped after. */
  databaseUrl: string;
  redisUrl: string;
  /** Redis key prefix of this benchmark (`mnio_bench_<id>`); its keys are deleted after. */
  queuePrefix: string;
  /** How long to measure each figure (`--seconds=N` or BENCH_SECONDS; default 15). */
  seconds: number;
  /**
   * The smoke run (`npm run bench -- --smoke`, and `npm test`): tiny sizes and about a second per figure,
   * to prove the benchmark still runs and still does the work it times. Its figures mean nothing.
   */
  smoke: boolean;
  /** Progress and notes, on stderr. */
  log(message: string): void;
}

export interface BenchBaseline {
  /** What the reference measures, e.g. `pg-baseline one-row insert, 16 clients`. */
  label: string;
  value: number;
  unit: string;
}

export interface BenchResult {
  /** One line a person reads first, with the figure and its ratio to the baseline. */
  summary: string;
  /** Every figure, named with its unit: `logins_per_s`, `p95_ms`… */
  metrics: Record<string, number>;
  /** The physical reference measured in the same run, when there is one. */
  baseline?: BenchBaseline;
  /** Main figure divided by the baseline. */
  ratio?: number;
  notes?: string[];
}

export interface Benchmark {
  /** kebab-case, unique; `npm run bench -- <name>` runs only the benchmarks whose name contains it. */
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}

/** Seconds of one measuring round: `seconds / rounds`, at least 3 s (1 s in the smoke run). */
export function measuringRoundSeconds(ctx: BenchContext, rounds: number): number {
  return Math.max(ctx.smoke ? 1 : 3, Math.round(ctx.seconds / rounds));
}

/** Fails the benchmark when the work it timed was not done (an empty fan-out, requests that all failed…). */
export function assertDone(what: string, done: number, expected: number): void {
  if (!(done >= expected)) throw new Error(`the benchmark timed no real work: ${what}: ${done} done, at least ${expected} expected`);
}
