import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { AuditModule } from '@mnio/audit';
import { FieldCipher, loadConfig, PlatformModule, QueueModule } from '@mnio/platform';
import { PrivacyWorkerModule, RetentionRunner } from '@mnio/privacy';
import { CREATE_CASE_EXAMPLE } from '../apps/api/src/http/cases/cases.dto';
import { assertDone, Benchmark, bulkInsert, round, runPgBaseline } from './lib';

/** Cases in the table (the figure: 1,000,000) and, among them, the closed ones the rules reach. */
const CASES = Number(process.env.BENCH_ERASURE_CASES || 1_000_000);
const ELIGIBLE = Math.min(CASES, Number(process.env.BENCH_ERASURE_ELIGIBLE || Math.ceil(CASES / 20)));
/** Encrypted values each eligible case holds here: identity, narrative, danger notes, the closing event's note. */
const VALUES_PER_CASE = 4;

/** The retention job's side of the worker, without its HTTP-less relay and processors: the runner alone. */
@Module({ imports: [PlatformModule, AuditModule, QueueModule.forRoot('worker'), PrivacyWorkerModule] })
class ErasureBenchModule {}

/**
 * Erasure throughput (issue 16 §1): a table of `BENCH_ERASURE_CASES` cases, `BENCH_ERASURE_ELIGIBLE` of them closed
 * three years ago (the default rule: two years). Times the retention runner as the nightly job runs it (pages of
 * 200, one transaction per case: columns emptied, blind indexes removed, one audit entry and one outbox event),
 * first as a dry run (cases read per second), then for real (cases and encrypted values erased per second),
 * against pg-baseline with one client in the same run (the runner is one sequential writer).
 */
export const erasure: Benchmark = {
  name: 'erasure',
  description: `retention run anonymising ${ELIGIBLE.toLocaleString('en')} closed cases among ${CASES.toLocaleString('en')} (cases and values per second) vs pg-baseline, 1 client`,
  async run(ctx) {
    const config = loadConfig();
    const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
    const asso = randomUUID();
    const user = randomUUID();
    const db = new Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    try {
      await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Association banc d''essai 93', '{93}')`, [asso]);
      await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, 'eraser@bench.mnio.test', 'Bench', 'x')`, [user]);
      const identity = cipher.encryptJson(CREATE_CASE_EXAMPLE.identity, 'bench');
      const text = cipher.encrypt('Récit du banc d’essai', 'bench');
      const ids = Array.from({ length: CASES }, () => randomUUID());
      // The eligible cases are spread over the id order, as in life (keyset pages read past the others).
      const eligible = (i: number) => i % Math.max(1, Math.floor(CASES / ELIGIBLE)) === 0 && Math.floor(i / Math.max(1, Math.floor(CASES / ELIGIBLE))) < ELIGIBLE;
      ctx.log(`seeding ${CASES.toLocaleString('en')} cases, ${ELIGIBLE.toLocaleString('en')} closed three years ago`);
      await bulkInsert(ctx.databaseUrl, {
        table: 'cases', label: 'cases', batchSize: 2000,
        columns: ['id', 'reference', 'territory', 'owner_organisation_id', 'created_by', 'sex', 'age_band', 'minor', 'age_uncertain', 'nationality', 'foreign_national',
          'exploitation_forms', 'exploited_in_france', 'exploited_abroad', 'identity_enc', 'narrative_enc', 'danger_notes_enc', 'case_status', 'viewer_org_ids', 'identity_org_ids'],
        count: CASES,
        row: (i) => [ids[i], `93-E${String(i).padStart(9, '0')}`, '93', asso, user, 'female', '25-34', false, false, 'NG', true, ['sexual_exploitation'], true, false,
          identity, text, text, eligible(i) ? 'closed' : 'active', [asso], [asso]],
      });
      const closed = ids.filter((_, i) => eligible(i));
      await bulkInsert(ctx.databaseUrl, {
        table: 'case_events', label: 'closing events', batchSize: 2000,
        columns: ['case_id', 'track', 'type', 'occurred_on', 'recorded_at', 'recorded_by', 'recorded_by_organisation_id', 'note_enc'],
        count: closed.length,
        row: (i) => [closed[i], 'case', 'close', '2023-06-01', new Date(Date.now() - 3 * 365 * 86_400_000), user, asso, text],
      });
      await bulkInsert(ctx.databaseUrl, { table: 'case_blind_indexes', label: 'blind indexes', batchSize: 5000, columns: ['hash', 'case_id'], count: closed.length, row: (i) => [`bench-${i}`, closed[i]] });
      await db.query('ANALYZE');
    } finally {
      await db.end();
    }

    const app = await NestFactory.createApplicationContext(ErasureBenchModule, { bufferLogs: true });
    const owner = new Client({ connectionString: ctx.databaseUrl });
    await owner.connect();
    try {
      const runner = app.get(RetentionRunner);
      const timed = async (dryRun: boolean) => {
        const { rows } = await owner.query<{ id: string }>(`INSERT INTO retention_runs (dry_run, trigger) VALUES ($1, 'manual') RETURNING id`, [dryRun]);
        const t0 = performance.now();
        await runner.run(rows[0].id);
        const seconds = (performance.now() - t0) / 1000;
        const { rows: [run] } = await owner.query(`SELECT status, erased FROM retention_runs WHERE id = $1`, [rows[0].id]);
        const count = (run.erased as { count: number }[]).reduce((n, l) => n + l.count, 0);
        return { seconds, count, status: run.status as string };
      };
      ctx.log('dry run');
      const dry = await timed(true);
      assertDone('cases the dry run reports', dry.count, ELIGIBLE);
      const valuesBefore = (await owner.query<{ n: number }>(`SELECT (SELECT count(*) FROM cases WHERE identity_enc <> '') + (SELECT count(narrative_enc) + count(danger_notes_enc) FROM cases)
        + (SELECT count(note_enc) FROM case_events) AS n`)).rows[0].n;
      ctx.log('real run');
      const real = await timed(false);
      const { rows: [after] } = await owner.query<{ anonymised: number; values: number; blind: number }>(`SELECT (SELECT count(*) FROM cases WHERE anonymised_at IS NOT NULL)::int AS anonymised,
        ((SELECT count(*) FROM cases WHERE identity_enc <> '') + (SELECT count(narrative_enc) + count(danger_notes_enc) FROM cases) + (SELECT count(note_enc) FROM case_events))::int AS values,
        (SELECT count(*) FROM case_blind_indexes)::int AS blind`);
      assertDone('cases anonymised by the run', after.anonymised, ELIGIBLE);
      assertDone('blind indexes removed', after.blind === 0 ? 1 : 0, 1);
      const erasedValues = Number(valuesBefore) - after.values;
      assertDone('encrypted values erased', erasedValues, ELIGIBLE * VALUES_PER_CASE);
      const casesPerSec = ELIGIBLE / real.seconds;
      const valuesPerSec = erasedValues / real.seconds;
      const baseline = await runPgBaseline(ctx.databaseUrl, ctx.smoke ? 1 : Math.min(ctx.seconds, 20), 1, ctx.log);
      return {
        summary: `${round(casesPerSec)} cases/s (${round(valuesPerSec)} values/s) anonymised, ${ELIGIBLE.toLocaleString('en')} of ${CASES.toLocaleString('en')} cases; dry run ${round(dry.count / dry.seconds)} cases/s read` +
          (baseline ? `; pg-baseline 1 client ${round(baseline.tps)} tps, ratio ${round(casesPerSec / baseline.tps)}` : ''),
        metrics: {
          cases_in_table: CASES, eligible_cases: ELIGIBLE, erase_seconds: round(real.seconds), cases_per_s: round(casesPerSec), values_per_s: round(valuesPerSec),
          dry_run_seconds: round(dry.seconds), dry_run_cases_per_s: round(dry.count / dry.seconds),
        },
        ...(baseline ? { baseline: { label: 'pg-baseline one-row insert, 1 client', value: baseline.tps, unit: 'tps' }, ratio: casesPerSec / baseline.tps } : {}),
        notes: [
          'one transaction per case (row lock, 3 updates, 1 delete, an audit append and an outbox event): ~8 statements',
          'values = identity, narrative, danger notes and the closing event\'s note of each case (4 per case); blind indexes removed besides',
        ],
      };
    } finally {
      await owner.end();
      await app.close();
    }
  },
};
