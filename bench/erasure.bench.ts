import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { AuditModule } from '@mnio/audit';
import { CoordinationModule } from '@mnio/coordination';
import { NotificationsWorkerModule } from '@mnio/notifications';
import { FieldCipher, loadConfig, PlatformModule, QueueModule } from '@mnio/platform';
import { ERASURE_BATCH, ERASURE_PARALLEL, ErasurePace, PrivacyWorkerModule, RetentionRunner } from '@mnio/privacy';
import { CREATE_CASE_EXAMPLE } from '../apps/api/src/http/cases/cases.dto';
import { assertDone, Benchmark, round, runPgBaseline, seedInChunks } from './lib';

/** Cases in the table (the figure: 1,000,000) and, among them, the closed ones the rules reach. */
const CASES = Number(process.env.BENCH_ERASURE_CASES || 1_000_000);
const ELIGIBLE = Math.min(CASES, Number(process.env.BENCH_ERASURE_ELIGIBLE || 1000));
/** Rounds of (one case per transaction, then the batches), each with its own pg-baseline: their spread shows the noise. */
const ROUNDS = Number(process.env.BENCH_ERASURE_ROUNDS || 3);
/** Encrypted values each eligible case holds here: identity, narrative, danger notes, the closing event's note. */
const VALUES_PER_CASE = 4;
const ONE_BY_ONE: ErasurePace = { batch: 1, parallel: 1 };
const BATCHED: ErasurePace = { batch: ERASURE_BATCH, parallel: ERASURE_PARALLEL };

/**
 * The retention job's side of the worker, without its relay and processors: the runner, and the contexts whose row
 * purges it calls (their tables are empty here: the run times the cases).
 */
@Module({ imports: [PlatformModule, AuditModule, QueueModule.forRoot('worker'), PrivacyWorkerModule, CoordinationModule, NotificationsWorkerModule.forRoot()] })
class ErasureBenchModule {}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Erasure throughput (issue 16 §1): a table of `BENCH_ERASURE_CASES` cases, seeded in SQL (`generate_series`, ids
 * spread over the key order), `BENCH_ERASURE_ELIGIBLE` of them closed three years ago (the default rule: two years).
 * A dry run (cases read per second), then `ROUNDS` rounds of: the eligible cases restored, a real run one case per
 * transaction (as before issue 16's batching), restored again, a real run in batches (`ERASURE_BATCH` cases per
 * transaction, `ERASURE_PARALLEL` at once), and pg-baseline with one client. Medians and each round's figures.
 */
export const erasure: Benchmark = {
  name: 'erasure',
  description: `retention runs anonymising ${ELIGIBLE.toLocaleString('en')} closed cases among ${CASES.toLocaleString('en')}, one per transaction vs batched (cases and values per second), vs pg-baseline, 1 client`,
  async run(ctx) {
    const config = loadConfig();
    const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
    const asso = randomUUID();
    const user = randomUUID();
    const identity = cipher.encryptJson(CREATE_CASE_EXAMPLE.identity, 'bench');
    const text = cipher.encrypt('Récit du banc d’essai', 'bench');
    const step = Math.max(1, Math.floor(CASES / ELIGIBLE));
    const owner = new Client({ connectionString: ctx.databaseUrl });
    await owner.connect();
    const notes: string[] = [];
    try {
      await owner.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Association banc d''essai 93', '{93}')`, [asso]);
      await owner.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, 'eraser@bench.mnio.test', 'Bench', 'x')`, [user]);
      ctx.log(`seeding ${CASES.toLocaleString('en')} cases in SQL, ${ELIGIBLE.toLocaleString('en')} closed three years ago`);
      // Ids from md5: spread over the key order, so the keyset pages read past the others as in life.
      const seeded = await seedInChunks(ctx.databaseUrl, {
        label: 'cases', count: CASES, chunk: 50_000,
        statement: (from, n) => ({
          sql: `INSERT INTO cases (id, reference, territory, owner_organisation_id, created_by, sex, age_band, minor, age_uncertain, nationality, foreign_national,
                  exploitation_forms, exploited_in_france, exploited_abroad, identity_enc, narrative_enc, danger_notes_enc, case_status, viewer_org_ids, identity_org_ids)
                SELECT md5('erasure-' || i)::uuid, '93-E' || lpad(i::text, 9, '0'), '93', $3, $4, 'female', '25-34', false, false, 'NG', true,
                  '{sexual_exploitation}', true, false, $5, $6, $6, CASE WHEN i % $7 = 0 AND i / $7 < $8 THEN 'closed' ELSE 'active' END, ARRAY[$3::uuid], ARRAY[$3::uuid]
                FROM generate_series($1::int, $2::int) i`,
          params: [from, from + n - 1, asso, user, identity, text, step, ELIGIBLE],
        }),
      });
      await owner.query(`INSERT INTO case_events (case_id, track, type, occurred_on, recorded_at, recorded_by, recorded_by_organisation_id, note_enc)
        SELECT id, 'case', 'close', '2023-06-01', now() - interval '3 years', $1, $2, $3 FROM cases WHERE case_status = 'closed'`, [user, asso, text]);
      await owner.query('ANALYZE');
      notes.push(`seeded ${CASES.toLocaleString('en')} cases in ${round(seeded.seconds)} s (${round(seeded.rowsPerSec)} rows/s, SQL generate_series)`);
    } catch (e) {
      await owner.end();
      throw e;
    }

    /** The eligible cases as before any run: values, closing notes and blind indexes back, not anonymised. */
    const restore = async () => {
      await owner.query(`UPDATE cases SET identity_enc = $1, narrative_enc = $2, danger_notes_enc = $2, anonymised_at = NULL WHERE case_status = 'closed'`, [identity, text]);
      await owner.query(`UPDATE case_events SET note_enc = $1 WHERE track = 'case' AND type = 'close'`, [text]);
      await owner.query(`DELETE FROM case_blind_indexes`);
      await owner.query(`INSERT INTO case_blind_indexes (hash, case_id) SELECT 'bench-' || id, id FROM cases WHERE case_status = 'closed'`);
      await owner.query(`VACUUM ANALYZE cases, case_events, case_blind_indexes`);
    };
    const app = await NestFactory.createApplicationContext(ErasureBenchModule, { bufferLogs: true });
    try {
      const runner = app.get(RetentionRunner);
      const timed = async (dryRun: boolean, pace: ErasurePace) => {
        const { rows } = await owner.query<{ id: string }>(`INSERT INTO retention_runs (dry_run, trigger) VALUES ($1, 'manual') RETURNING id`, [dryRun]);
        const t0 = performance.now();
        await runner.run(rows[0].id, new Date(), pace);
        const seconds = (performance.now() - t0) / 1000;
        const { rows: [run] } = await owner.query(`SELECT status, erased FROM retention_runs WHERE id = $1`, [rows[0].id]);
        const count = (run.erased as { count: number }[]).reduce((n, l) => n + l.count, 0);
        return { seconds, count };
      };
      const valuesLeft = async () =>
        Number((await owner.query(`SELECT ((SELECT count(*) FROM cases WHERE identity_enc <> '') + (SELECT count(narrative_enc) + count(danger_notes_enc) FROM cases)
          + (SELECT count(note_enc) FROM case_events))::int AS n`)).rows[0].n);
      const real = async (pace: ErasurePace) => {
        await restore();
        const before = await valuesLeft();
        const r = await timed(false, pace);
        const { rows: [after] } = await owner.query<{ anonymised: number; blind: number }>(
          `SELECT (SELECT count(*) FROM cases WHERE anonymised_at IS NOT NULL)::int AS anonymised, (SELECT count(*) FROM case_blind_indexes)::int AS blind`,
        );
        assertDone('cases anonymised by the run', after.anonymised, ELIGIBLE);
        assertDone('cases the run reports', r.count, ELIGIBLE);
        assertDone('blind indexes removed', after.blind === 0 ? 1 : 0, 1);
        assertDone('encrypted values erased', before - (await valuesLeft()), ELIGIBLE * VALUES_PER_CASE);
        return ELIGIBLE / r.seconds;
      };

      await restore();
      ctx.log('dry run');
      const dry = await timed(true, BATCHED);
      assertDone('cases the dry run reports', dry.count, ELIGIBLE);
      const rounds: { single: number; batched: number; tps: number }[] = [];
      for (let i = 0; i < (ctx.smoke ? 1 : ROUNDS); i++) {
        ctx.log(`round ${i + 1}: one case per transaction`);
        const single = await real(ONE_BY_ONE);
        ctx.log(`round ${i + 1}: batches of ${BATCHED.batch}, ${BATCHED.parallel} at once`);
        const batched = await real(BATCHED);
        const baseline = await runPgBaseline(ctx.databaseUrl, ctx.smoke ? 1 : Math.min(ctx.seconds, 10), 1, ctx.log);
        rounds.push({ single, batched, tps: baseline?.tps ?? 0 });
        notes.push(`round ${i + 1}: one per transaction ${round(single)} cases/s, batched ${round(batched)} cases/s (×${(batched / single).toFixed(2)}), pg-baseline ${round(baseline?.tps ?? 0)} tps` +
          (baseline ? `, ratio batched ${(batched / baseline.tps).toFixed(3)}` : ''));
      }
      const single = median(rounds.map((r) => r.single));
      const batched = median(rounds.map((r) => r.batched));
      const tps = median(rounds.map((r) => r.tps));
      notes.push(`one per transaction: ~8 statements and a commit per case; batched: 4 set-based statements for the batch, then per case its audit append and its outbox event, one commit`);
      notes.push(`values = identity, narrative, danger notes and the closing event's note of each case (4 per case); blind indexes removed besides`);
      return {
        summary: `${round(batched)} cases/s (${round(batched * VALUES_PER_CASE)} values/s) anonymised in batches, ${round(single)} one per transaction (×${(batched / single).toFixed(2)}), ` +
          `${ELIGIBLE.toLocaleString('en')} of ${CASES.toLocaleString('en')} cases, median of ${rounds.length}; dry run ${round(dry.count / dry.seconds)} cases/s read` +
          (tps ? `; pg-baseline 1 client ${round(tps)} tps, ratio ${(batched / tps).toFixed(3)}` : ''),
        metrics: {
          cases_in_table: CASES, eligible_cases: ELIGIBLE, cases_per_s: round(batched), values_per_s: round(batched * VALUES_PER_CASE),
          single_cases_per_s: round(single), speedup: Number((batched / single).toFixed(2)), dry_run_seconds: round(dry.seconds), dry_run_cases_per_s: round(dry.count / dry.seconds),
        },
        ...(tps ? { baseline: { label: 'pg-baseline one-row insert, 1 client', value: tps, unit: 'tps' }, ratio: batched / tps } : {}),
        notes,
      };
    } finally {
      await owner.end();
      await app.close();
    }
  },
};
