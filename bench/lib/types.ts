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
