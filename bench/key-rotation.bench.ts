import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ClsService } from 'nestjs-cls';
import { AuditModule } from '@mnio/audit';
import { BlindIndex, FieldCipher, loadConfig, PlatformModule } from '@mnio/platform';
import { KeyRotationRunner, KeyRotationService, type RotationProgress } from '@mnio/privacy';
import { assertDone, Benchmark, round, runPgBaseline, seedInChunks, withEnv } from './lib';

/** Cases whose values are re-encrypted (the issue asks for 1,000,000): identity for each, a narrative for every other. */
const CASES = Number(process.env.BENCH_KEYS_CASES || 1_000_000);

/**
 * The key-rotation runner and its service, without the API's HTTP side or the rest of the worker: the privacy modules
 * also hold BullMQ processors (retention, alerts, right of access) that this benchmark neither needs nor connects.
 */
@Module({ imports: [PlatformModule, AuditModule], providers: [KeyRotationService, KeyRotationRunner] })
class KeyRotationBenchModule {}

/**
 * Re-encryption throughput of a key rotation (issue 16 §3): CASES cases seeded with their identity (and every other
 * one a narrative) encrypted under the first key with their real AAD, and their blind-index digests; then the worker's
 * runner, unthrottled (rate 1,000,000/s), rewrites every value under a new field key, then recomputes every digest
 * under a new blind-index key (both phases of additions, the wait for every process, the deletions). Reference in the
 * same run: pg-baseline, 16 clients (one-row INSERT transactions per second) — one re-encrypted value is one row
 * updated in a batch of 500.
 */
export const keyRotation: Benchmark = {
  name: 'key-rotation',
  description: `key rotation over ${CASES.toLocaleString('en')} cases: field values re-encrypted per second, blind-index cases recomputed per second; vs pg-baseline`,
  async run(ctx) {
    const newField = randomBytes(32).toString('base64');
    const newBlind = randomBytes(32).toString('base64');
    const restore = withEnv({
      MNIO_ENCRYPTION_KEY: `${process.env.MNIO_ENCRYPTION_KEY},r2:${newField}`,
      MNIO_BLIND_INDEX_KEY: `b1:${process.env.MNIO_BLIND_INDEX_KEY},b2:${newBlind}`,
      MNIO_KEY_REFRESH: '200',
    });
    const notes: string[] = [];
    try {
      const config = loadConfig();
      const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
      const index = new BlindIndex(config.blindIndexKeys, config.blindIndexCurrentKeyId);
      const db = new Client({ connectionString: ctx.databaseUrl });
      await db.connect();
      const owner = randomUUID();
      const createdBy = randomUUID();
      try {
        await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Association banc', ARRAY['93'])`, [owner]);
        await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, 'keys@bench.mnio.test', 'Banc', 'x')`, [createdBy]);
      } finally {
        await db.end();
      }
      const ids = Array.from({ length: CASES }, () => randomUUID());
      const identity = (i: number) => ({ sex: 'female', lastName: `Banc${i}`, firstNames: [`Prénom${i}`], birthDate: '1990-01-01' });
      ctx.log(`seeding ${CASES.toLocaleString('en')} cases, each identity encrypted with its own AAD (in Node, a chunk at a time), the rest built in SQL`);
      // One statement per 10,000 cases: the ciphertexts and digests go as arrays, PostgreSQL builds the rows (unnest).
      const range = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k);
      const seeded = await seedInChunks(ctx.databaseUrl, {
        label: 'cases', count: CASES, chunk: 10_000,
        statement: (from, n) => ({
          sql: `INSERT INTO cases (id, reference, territory, owner_organisation_id, created_by, sex, age_band, minor, age_uncertain, foreign_national, exploitation_forms,
                  exploited_in_france, exploited_abroad, identity_enc, narrative_enc, viewer_org_ids, identity_org_ids)
                SELECT u.id, '93-B' || lpad(u.n::text, 9, '0'), '93', $5, $6, 'female', '25-34', false, false, false, '{other}', true, false, u.identity, u.narrative, ARRAY[$5::uuid], ARRAY[$5::uuid]
                FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[]) AS u(id, n, identity, narrative)`,
          params: [
            ids.slice(from, from + n), range(from, n),
            range(from, n).map((i) => cipher.encryptJson(identity(i), `case:${ids[i]}/identity`)),
            range(from, n).map((i) => (i % 2 ? cipher.encrypt(`Récit ${i}`, `case:${ids[i]}/narrative`) : null)),
            owner, createdBy,
          ],
        }),
      });
      await seedInChunks(ctx.databaseUrl, {
        label: 'blind indexes', count: CASES, chunk: 20_000,
        statement: (from, n) => ({
          sql: `INSERT INTO case_blind_indexes (hash, case_id) SELECT * FROM unnest($1::text[], $2::uuid[])`,
          params: [range(from, n).map((i) => index.compute(`banc${i} prénom${i}`.split(' ').sort().join(' '), 'd:1990-01-01')), ids.slice(from, from + n)],
        }),
      });
      notes.push(`seeded ${CASES} cases (${CASES + Math.floor(CASES / 2)} encrypted values, ${CASES} digests) in ${round(seeded.seconds)} s (${round(seeded.rowsPerSec)} cases/s: ciphertexts in Node, rows built by unnest)`);

      const baseline = await runPgBaseline(ctx.databaseUrl, Math.max(ctx.smoke ? 2 : 5, ctx.seconds), 16, ctx.log);

      const app = await NestFactory.createApplicationContext(KeyRotationBenchModule, { logger: ['error'] });
      try {
        const keys = app.get(KeyRotationService);
        const cls = app.get(ClsService);
        const rotate = async (kind: 'field' | 'blind_index', keyId: string): Promise<{ progress: RotationProgress; seconds: number }> => {
          const started = Date.now();
          const first = await cls.run(() => keys.start(kind, keyId, { ratePerSecond: 1_000_000 }));
          let progress = first;
          let lastLog = Date.now();
          while (progress.status === 'running') {
            await new Promise((r) => setTimeout(r, 250));
            progress = await cls.run(() => keys.progress(first.id));
            if (Date.now() - lastLog > 10_000) {
              ctx.log(`${kind}: ${progress.phase} ${progress.processed}/${progress.total}`);
              lastLog = Date.now();
            }
          }
          return { progress, seconds: (Date.now() - started) / 1000 };
        };
        ctx.log('field key rotation');
        const field = await rotate('field', 'r2');
        const values = CASES + Math.floor(CASES / 2);
        assertDone('values re-encrypted', field.progress.processed, values);
        const remaining = await cls.run(() => keys.fieldCounts());
        assertDone('values under the new key', remaining.r2 ?? 0, values);
        ctx.log('blind-index key rotation');
        const blind = await rotate('blind_index', 'b2');
        const digests = await cls.run(() => keys.digestCounts());
        assertDone('digests under the new key', digests.b2 ?? 0, CASES);
        if ((digests.b1 ?? 0) !== 0) throw new Error('old digests left after the blind-index rotation');

        const perSecond = values / field.seconds;
        const casesPerSecond = CASES / blind.seconds;
        notes.push(`blind-index rotation includes the wait for every process to stop writing the old key (3 refresh periods of 200 ms + 1 s)`);
        notes.push(`at this rate 1,000,000 cases (1.5 M values) take ${round(1_500_000 / perSecond)} s to re-encrypt, ${round(1_000_000 / casesPerSecond)} s to re-index`);
        return {
          summary: `${round(perSecond)} values re-encrypted/s over ${CASES.toLocaleString('en')} cases (${round(field.seconds)} s); blind index ${round(casesPerSecond)} cases/s${baseline ? `; pg-baseline ${round(baseline.tps)} tps, ratio ${(perSecond / baseline.tps).toFixed(3)}` : ''}`,
          metrics: {
            cases: CASES, values, field_seconds: round(field.seconds), values_per_s: round(perSecond),
            blind_seconds: round(blind.seconds), blind_cases_per_s: round(casesPerSecond),
          },
          ...(baseline ? { baseline: { label: `pg-baseline one-row insert, ${baseline.clients} clients`, value: baseline.tps, unit: 'tps' }, ratio: Number((perSecond / baseline.tps).toFixed(4)) } : {}),
          notes,
        };
      } finally {
        await app.close();
      }
    } finally {
      restore();
    }
  },
};
