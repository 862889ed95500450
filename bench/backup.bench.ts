import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { FieldCipher, loadConfig } from '@mnio/platform';
import { migrate } from '../scripts/migrate';
import { directoryBytes, PrivateCluster } from '../scripts/pg-private-cluster';
import { assertDone, Benchmark, Progress, round } from './lib';

/** Cases in the cluster before the full backup. */
const CASES = Number(process.env.BENCH_BACKUP_CASES || 1_000_000);
/** Cases written between the full and the incremental backup (default 1 % of CASES: a day's work is far less). */
const MORE_CASES = Number(process.env.BENCH_BACKUP_MORE_CASES || Math.max(100, Math.round(CASES / 100)));
/** pgBackRest's compress-type: lz4 by default (what docs/operations.md proposes), or zst, gz, none. */
const COMPRESS = (process.env.BENCH_BACKUP_COMPRESS || 'lz4') as 'none' | 'gz' | 'lz4' | 'zst';
/** BENCH_BACKUP_BLOCK=y: block-level incrementals (repo1-bundle, repo1-block; a beta in pgBackRest 2.45). */
const BLOCK = process.env.BENCH_BACKUP_BLOCK === 'y';
const TERRITORIES = ['93', '75', '92', '13', '69', '59', '33', '31', '67', '06', '34', '44'];
const SEXES = ['female', 'female', 'female', 'male', 'other', 'unknown'];
const FORMS = ['sexual_exploitation', 'labour_exploitation', 'domestic_servitude', 'forced_begging', 'forced_criminality', 'forced_marriage', 'other'];
const STATUSES = ['spotted', 'presumed_victim', 'presumed_victim', 'formally_identified', 'not_retained', 'lost_contact'];
/** Distinct encrypted identities, cycled over the cases (each one decrypts with the benchmark's key). */
const IDENTITIES = 2000;
const CHUNK = 50_000;

const mb = (bytes: number) => round(bytes / 2 ** 20);

/**
 * Writes `count` cases (and each one's owner grant in `case_access`) server-side, CHUNK at a time: rows the
 * cases context would accept, their identity encrypted with the benchmark's key (FieldCipher).
 */
async function seedCases(db: Client, count: number, from: number, refs: { owners: string[]; createdBy: string; identities: string[] }, label: string): Promise<number> {
  const progress = new Progress(label, count);
  const started = Date.now();
  for (let done = 0; done < count; done += CHUNK) {
    const n = Math.min(CHUNK, count - done);
    await db.query(
      `WITH made AS (
         INSERT INTO cases (id, reference, territory, owner_organisation_id, created_by, sex, age_band, minor, age_uncertain, nationality, foreign_national,
                            exploitation_forms, exploited_in_france, exploited_abroad, identification_status, case_status, identity_enc, viewer_org_ids, identity_org_ids)
         SELECT gen_random_uuid(), ($4::text[])[1 + i % 12] || '-B' || lpad(i::text, 9, '0'), ($4::text[])[1 + i % 12], ($1::uuid[])[1 + i % $9],
                $2, ($5::text[])[1 + i % 6], '25-34', false, false, 'NG', i % 10 <> 0, ARRAY[($6::text[])[1 + i % 7]], true, i % 2 = 0,
                ($7::text[])[1 + (i * 5) % 6], 'active', ($3::text[])[1 + i % $10], ARRAY[($1::uuid[])[1 + i % $9]], ARRAY[($1::uuid[])[1 + i % $9]]
           FROM generate_series($8::int, $8::int + $11::int - 1) AS i
         RETURNING id, owner_organisation_id)
       INSERT INTO case_access (case_id, organisation_id, reason) SELECT id, owner_organisation_id, 'owner' FROM made`,
      [refs.owners, refs.createdBy, refs.identities, TERRITORIES, SEXES, FORMS, STATUSES, from + done, refs.owners.length, refs.identities.length, n],
    );
    progress.tick(n);
  }
  progress.finish();
  return (Date.now() - started) / 1000;
}

/**
 * Backups and point-in-time recovery (issue 18 §1) on a private PostgreSQL cluster with pgBackRest (the
 * restore drill's, scripts/pg-private-cluster.ts: encrypted repository, WAL archived, `process-max=2`):
 * CASES cases seeded, a full backup timed, MORE_CASES more written, an incremental backup timed, then the
 * data directory wiped and a restore timed until the cluster has replayed the WAL and accepts writes.
 * Reference: copying the data directory with `cp -r` on the same disk.
 */
export const backup: Benchmark = {
  name: 'backup',
  description: `pgBackRest on ${CASES.toLocaleString('en')} cases: full backup, incremental after ${MORE_CASES.toLocaleString('en')} more, restore to a started cluster; sizes; vs cp -r of the data directory`,
  async run(ctx) {
    ctx.log('starting a private PostgreSQL cluster with pgBackRest (the drill\'s; the benchmark database of the run is not used)');
    const cluster = await PrivateCluster.create({ stanza: 'bench', compress: COMPRESS, processMax: 2, pgbackrest: BLOCK ? { beta: 'y', 'repo1-bundle': 'y', 'repo1-block': 'y' } : {} });
    const notes: string[] = [];
    try {
      const admin = new Client({ connectionString: cluster.url('postgres') });
      await admin.connect();
      await admin.query('CREATE DATABASE mnio_bench_backup');
      await admin.end();
      const ownerUrl = cluster.url('mnio_bench_backup');
      await migrate(ownerUrl, cluster.url('mnio_bench_backup', 'mnio_app'));

      const config = loadConfig();
      const cipher = new FieldCipher(config.encryptionKeys, config.currentKeyId);
      const identities = Array.from({ length: IDENTITIES }, (_, i) =>
        cipher.encryptJson({ lastName: `Banc${i}`, firstNames: [`Prénom${i}`], birthDate: '1990-01-01', contact: { phone: `+3360000${String(i).padStart(4, '0')}`, safeToContact: false } }, 'bench'));
      const owners = Array.from({ length: 40 }, () => randomUUID());
      const createdBy = randomUUID();
      const db = new Client({ connectionString: ownerUrl });
      await db.connect();
      let fullSeconds: number, incrSeconds: number, copySeconds: number;
      let full, incr;
      let databaseBytes: number;
      try {
        await db.query(`INSERT INTO organisations (id, kind, name, territories) SELECT id, 'association', 'Association banc ' || n, ARRAY['93'] FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n)`, [owners]);
        await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, 'backup@bench.mnio.test', 'Banc', 'x')`, [createdBy]);
        ctx.log(`seeding ${CASES.toLocaleString('en')} cases`);
        const seedSeconds = await seedCases(db, CASES, 0, { owners, createdBy, identities }, 'cases');
        notes.push(`seeded ${CASES} cases (+ their owner grants) in ${round(seedSeconds)} s`);
        await db.query('VACUUM ANALYZE cases, case_access');
        databaseBytes = Number((await db.query<{ n: string }>(`SELECT pg_database_size(current_database())::text AS n`)).rows[0].n);

        // The reference: the same bytes copied by cp on the same disk (no compression, no encryption, no checksums).
        await db.query('CHECKPOINT');
        const copy = join(cluster.dir, 'copy-reference');
        let t = Date.now();
        await cluster.run('cp', ['-r', cluster.dataDir, copy]);
        copySeconds = (Date.now() - t) / 1000;
        await cluster.run('rm', ['-rf', copy]);

        ctx.log('full backup');
        t = Date.now();
        full = await cluster.backup('full');
        fullSeconds = (Date.now() - t) / 1000;

        ctx.log(`writing ${MORE_CASES.toLocaleString('en')} more cases, then an incremental backup`);
        await seedCases(db, MORE_CASES, CASES, { owners, createdBy, identities }, 'more cases');
        t = Date.now();
        incr = await cluster.backup('incr');
        incrSeconds = (Date.now() - t) / 1000;
      } finally {
        await db.end();
      }
      const walBytes = directoryBytes(join(cluster.repoDir, 'archive'));

      ctx.log('restore (data directory wiped, latest backup + WAL to the end of the archive, until the cluster accepts writes)');
      const t = Date.now();
      await cluster.restore(null);
      const restoreSeconds = (Date.now() - t) / 1000;
      const check = new Client({ connectionString: ownerUrl });
      await check.connect();
      let restored: number;
      try {
        restored = (await check.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases`)).rows[0].n;
        await check.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, 'after-restore@bench.mnio.test', 'Banc', 'x')`, [randomUUID()]);
      } finally {
        await check.end();
      }
      assertDone('cases back after the restore', restored, CASES + MORE_CASES);

      const perMillion = (s: number) => round((s * 1_000_000) / CASES);
      if (CASES !== 1_000_000) notes.push(`per 1,000,000 cases, extrapolated linearly from ${CASES.toLocaleString('en')}: full ${perMillion(fullSeconds)} s, restore ${perMillion(restoreSeconds)} s, database ${round((databaseBytes * 1_000_000) / CASES / 2 ** 30)} GiB`);
      notes.push(`database ${mb(databaseBytes)} MiB (${round(databaseBytes / CASES)} bytes per case, indexes and the demo-free schema included); compress-type ${COMPRESS}${BLOCK ? ', block incremental (repo1-bundle, repo1-block)' : ''}, repo1-cipher-type aes-256-cbc, process-max 2`);
      notes.push(`full: ${mb(full.repositoryDeltaBytes)} MiB in the repository for ${mb(full.databaseBytes)} MiB of cluster; incremental: ${mb(incr.repositoryDeltaBytes)} MiB; WAL archived: ${mb(walBytes)} MiB`);
      notes.push(`cp -r of the data directory (reference): ${round(copySeconds)} s`);
      const ratio = fullSeconds / copySeconds;
      return {
        summary: `${CASES.toLocaleString('en')} cases (${mb(databaseBytes)} MiB): full backup ${round(fullSeconds)} s (${round(ratio)} × cp -r), incremental after ${MORE_CASES.toLocaleString('en')} more ${round(incrSeconds)} s, restore to a started cluster ${round(restoreSeconds)} s`,
        metrics: {
          cases: CASES,
          more_cases: MORE_CASES,
          database_mib: mb(databaseBytes),
          full_backup_s: round(fullSeconds),
          full_repository_mib: mb(full.repositoryDeltaBytes),
          incremental_backup_s: round(incrSeconds),
          incremental_repository_mib: mb(incr.repositoryDeltaBytes),
          wal_archived_mib: mb(walBytes),
          restore_s: round(restoreSeconds),
          copy_reference_s: round(copySeconds),
        },
        baseline: { label: 'cp -r of the data directory, same disk', value: round(copySeconds), unit: 's' },
        ratio: round(ratio),
        notes,
      };
    } finally {
      await cluster.destroy();
    }
  },
};
