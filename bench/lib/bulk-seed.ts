import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

/** A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise (CI logs). */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private lastDecile = -1;
  private readonly start = performance.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {}

  tick(n = 1): void {
    this.done += n;
    const now = performance.now();
    if (process.stderr.isTTY) {
      if (now - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = now;
      const width = 30;
      const filled = Math.round((this.done / this.total) * width);
      process.stderr.write(`\r${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.line()}`);
    } else {
      const decile = Math.floor((this.done / this.total) * 10);
      if (decile === this.lastDecile) return;
      this.lastDecile = decile;
      process.stderr.write(`${this.label}: ${this.line()}\n`);
    }
  }

  finish(): void {
    if (process.stderr.isTTY) process.stderr.write('\n');
  }

  private line(): string {
    const secs = (performance.now() - this.start) / 1000;
    const pct = Math.floor((this.done / this.total) * 100);
    return `${pct}% ${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} ${Math.round(this.done / Math.max(secs, 0.001)).toLocaleString('en')} rows/s`;
  }
}

export interface BulkInsertOptions {
  table: string;
  columns: string[];
  /** How many rows to write. */
  count: number;
  /** Row `i` (0-based), one value per column; objects go in as JSON. */
  row: (i: number) => unknown[];
  /** Rows per INSERT statement; capped so a statement stays under PostgreSQL's 65,535 parameters. Default 1000. */
  batchSize?: number;
  /** Appended to the statement, e.g. `ON CONFLICT DO NOTHING`. */
  onConflict?: string;
  /** Progress label; default the table name. */
  label?: string;
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * Fast seeding for benchmarks: multi-row INSERTs over one connection, one statement (and transaction)
 * per batch, with a progress bar on stderr. Bypasses the application: write rows the application would
 * accept (encrypted fields encrypted with the benchmark's key, audit rows through the journal, etc.).
 */
export async function bulkInsert(databaseUrl: string, o: BulkInsertOptions): Promise<{ rows: number; seconds: number; rowsPerSec: number }> {
  if (!IDENT.test(o.table) || !o.columns.every((c) => IDENT.test(c))) throw new Error('bulkInsert: table and columns must be plain identifiers');
  if (o.count <= 0) return { rows: 0, seconds: 0, rowsPerSec: 0 };
  const batchSize = Math.max(1, Math.min(o.batchSize ?? 1000, Math.floor(65535 / o.columns.length)));
  const client = new Client({ connectionString: databaseUrl, application_name: 'mnio-bench-seed' });
  await client.connect();
  const progress = new Progress(o.label ?? o.table, o.count);
  const start = performance.now();
  try {
    for (let from = 0; from < o.count; from += batchSize) {
      const n = Math.min(batchSize, o.count - from);
      const params: unknown[] = [];
      const tuples: string[] = [];
      for (let i = from; i < from + n; i++) {
        const values = o.row(i);
        if (values.length !== o.columns.length) throw new Error(`bulkInsert: row ${i} has ${values.length} values for ${o.columns.length} columns`);
        tuples.push(`(${values.map((v) => `$${params.push(v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : v)}`).join(',')})`);
      }
      await client.query(`INSERT INTO ${o.table} (${o.columns.join(',')}) VALUES ${tuples.join(',')} ${o.onConflict ?? ''}`, params);
      progress.tick(n);
    }
  } finally {
    progress.finish();
    await client.end();
  }
  const seconds = (performance.now() - start) / 1000;
  return { rows: o.count, seconds, rowsPerSec: o.count / seconds };
}

export interface ChunkedSeedOptions {
  /** Rows in all. */
  count: number;
  /** Rows per statement (one transaction each). */
  chunk: number;
  /** The statement writing rows `from` to `from + n - 1`: SQL that builds the rows itself (`generate_series`, `unnest` of arrays made in Node). */
  statement: (from: number, n: number) => { sql: string; params: unknown[] };
  label: string;
}

/**
 * Faster seeding than `bulkInsert` for a million rows: each statement builds its rows in PostgreSQL, from
 * `generate_series` (constant or computed columns) and `unnest` of a few arrays made in Node in bulk (ciphertexts with
 * their own AAD), so a statement carries a handful of parameters instead of one per value.
 */
export async function seedInChunks(databaseUrl: string, o: ChunkedSeedOptions): Promise<{ rows: number; seconds: number; rowsPerSec: number }> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'mnio-bench-seed' });
  await client.connect();
  const progress = new Progress(o.label, o.count);
  const start = performance.now();
  try {
    for (let from = 0; from < o.count; from += o.chunk) {
      const n = Math.min(o.chunk, o.count - from);
      const { sql, params } = o.statement(from, n);
      await client.query(sql, params);
      progress.tick(n);
    }
  } finally {
    progress.finish();
    await client.end();
  }
  const seconds = (performance.now() - start) / 1000;
  return { rows: o.count, seconds, rowsPerSec: o.count / Math.max(seconds, 0.001) };
}
