import { benchPool, Benchmark, measuringRoundSeconds, median, round, timedLoop, TimedLoopResult } from './lib';

const CLIENTS = 16;
const ROUNDS = 3;

/**
 * Reference allocation alone, before and after issue 17 §2, 16 clients all in one territory, alternating in
 * rounds: the former counter row (`INSERT … ON CONFLICT DO UPDATE SET last = last + 1`, its own transaction,
 * on a copy of `case_sequences` without the compatibility trigger) against the territory-year's sequence
 * (`case_reference_next`). Both as the application's role.
 */
export const caseReference: Benchmark = {
  name: 'case-reference',
  description: `case reference allocation, ${CLIENTS} clients in one territory: the former counter row vs the per territory-year sequence`,
  async run(ctx) {
    const owner = benchPool({ connectionString: ctx.databaseUrl, max: 1 });
    await owner.query(`CREATE TABLE bench_case_sequences (LIKE case_sequences INCLUDING ALL)`);
    await owner.end();
    const pool = benchPool({ connectionString: process.env.DATABASE_URL, max: CLIENTS, application_name: 'mnio-bench-reference' });
    const ownerPool = benchPool({ connectionString: ctx.databaseUrl, max: CLIENTS, application_name: 'mnio-bench-reference' });
    const seconds = measuringRoundSeconds(ctx, ROUNDS);
    const rounds: { row: TimedLoopResult; sequence: TimedLoopResult }[] = [];
    try {
      for (let r = 1; r <= (ctx.smoke ? 1 : ROUNDS); r++) {
        ctx.log(`round ${r}/${ROUNDS}: counter row, then sequence; ${CLIENTS} clients, ${seconds} s each`);
        // The copy is the owner's (the application role may not create a table): same statement, same locks.
        const row = await timedLoop({
          concurrency: CLIENTS, seconds, warmupSeconds: ctx.smoke ? 0 : 1,
          op: () => ownerPool.query(`INSERT INTO bench_case_sequences AS s (territory, year, last) VALUES ('93', 2026, 1) ON CONFLICT (territory, year) DO UPDATE SET last = s.last + 1 RETURNING last`).then(() => undefined),
        });
        const sequence = await timedLoop({
          concurrency: CLIENTS, seconds, warmupSeconds: ctx.smoke ? 0 : 1,
          op: () => pool.query(`SELECT case_reference_next('93', 2026) AS reference`).then(() => undefined),
        });
        for (const [what, t] of [['counter row', row], ['sequence', sequence]] as const) if (t.errors) throw new Error(`${t.errors} ${what} allocations failed: ${t.firstError}`);
        rounds.push({ row, sequence });
      }
      const check = await pool.query<{ n: string }>(`SELECT last_value::text AS n FROM case_reference_93_2026`);
      const given = rounds.reduce((n, r) => n + r.sequence.ops, 0);
      if (!(Number(check.rows[0].n) >= given)) throw new Error(`the benchmark timed no real work: sequence at ${check.rows[0].n}, ${given} allocations timed`);
    } finally {
      await pool.end();
      await ownerPool.end();
    }
    const ratios = rounds.map((r) => r.sequence.opsPerSec / r.row.opsPerSec);
    const rowRate = median(rounds.map((r) => r.row.opsPerSec));
    const seqRate = median(rounds.map((r) => r.sequence.opsPerSec));
    return {
      summary: `sequence ${round(seqRate)} references/s (p95 ${round(median(rounds.map((r) => r.sequence.latencyMs.p95)))} ms) vs counter row ${round(rowRate)}/s (p95 ${round(median(rounds.map((r) => r.row.latencyMs.p95)))} ms): ×${round(median(ratios))}`,
      metrics: {
        sequence_per_s: round(seqRate),
        sequence_p95_ms: round(median(rounds.map((r) => r.sequence.latencyMs.p95))),
        counter_row_per_s: round(rowRate),
        counter_row_p95_ms: round(median(rounds.map((r) => r.row.latencyMs.p95))),
      },
      baseline: { label: `the former counter row, ${CLIENTS} clients, same rounds`, value: round(rowRate), unit: 'references/s' },
      ratio: round(median(ratios)),
      notes: [`medians of ${rounds.length} alternating rounds of ${seconds} s; sequence / counter row per round: ${ratios.map(round).join(', ')}`],
    };
  },
};
