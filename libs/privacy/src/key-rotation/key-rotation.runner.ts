import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { identityKeys } from '@mnio/cases';
import { APP_CONFIG, AppConfig, BlindIndex, Db, DecryptionError, FieldCipher, KeyRingRefresher, rowsOf } from '@mnio/platform';
import { digestKeyIdSql, ENCRYPTED_COLUMNS, fieldKeyIdSql } from './encrypted-columns';
import { RotationRowDb } from './key-rotation.service';

/** Values per batch at most: one transaction each, progress saved with it. */
export const ROTATION_BATCH = 500;

export type BatchOutcome = 'worked' | 'waiting' | 'done' | 'busy' | 'idle';

/**
 * The worker's side of a key rotation (issue 16 §3). Polls `key_rotations` for a running rotation and works through
 * it in batches, each one transaction that rewrites the values and saves the progress, so a stopped worker resumes
 * where it was (and two workers never run one batch twice: the rotation row is locked, SKIP LOCKED). Paced to the
 * rotation's rate (values per second) so the API keeps its share of the database.
 *
 * Field key: every encrypted column, value by value, rewritten under the new key only if the stored value is still the
 * one read (`WHERE col = old`): a value the API rewrote meanwhile is left alone. A pass that ends with values still under
 * older keys (written by a process that had not yet seen the switch) starts again; a value no key opens is counted
 * as skipped, never altered.
 *
 * Blind-index key: `add` gives every case the new key's digests (kept beside the old ones, which new cases also still
 * get: duplicate detection matches either); `settle` stops writing the old key's digests and waits until every process
 * knows it; `add_again` catches cases created meanwhile with the old key only; `delete` removes the old digests.
 */
@Injectable()
export class KeyRotationRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('KeyRotation');
  private timer: NodeJS.Timeout | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
    private readonly refresher: KeyRingRefresher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.kick(), Math.max(this.config.keyRefreshMs, 200));
    this.timer.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    await this.loop;
  }

  private kick(): void {
    if (this.loop || this.stopping) return;
    this.loop = this.runAll()
      .catch((e: Error & { code?: string }) => this.logger.error(`key rotation batch failed: ${e.code ?? e.name}`))
      .finally(() => (this.loop = undefined));
  }

  /** Works on every running rotation until each is done or waiting (the next tick goes on). */
  async runAll(): Promise<void> {
    const running = await rowsOf<{ id: string }>(this.db.em, `SELECT id FROM key_rotations WHERE status = 'running' ORDER BY started_at`).catch(() => []);
    for (const { id } of running) {
      while (!this.stopping) {
        const started = Date.now();
        const { outcome, values, rate } = await this.batch(id);
        if (outcome !== 'worked') break;
        // Pacing: `values` at `rate` per second take at least this long.
        const wait = (values / rate) * 1000 - (Date.now() - started);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  /** One batch of one rotation, in one transaction with its progress. */
  async batch(rotationId: string): Promise<{ outcome: BatchOutcome; values: number; rate: number }> {
    await this.refresher.refresh();
    return this.db.withTransaction(async () => {
      const em = this.db.em;
      const [r] = await rowsOf<RotationRowDb>(em, `SELECT * FROM key_rotations WHERE id = $1 AND status = 'running' FOR UPDATE SKIP LOCKED`, [rotationId]);
      if (!r) return { outcome: 'busy' as const, values: 0, rate: 1 };
      const ringCurrent = r.kind === 'field' ? this.cipher.current : this.index.current;
      if (ringCurrent !== r.key_id) {
        // This worker does not hold the new key (or has not seen the switch yet): another worker, or the next tick.
        return { outcome: 'waiting' as const, values: 0, rate: r.rate_per_second };
      }
      const size = Math.min(ROTATION_BATCH, r.rate_per_second);
      // `= ANY(ids)` beside the join on unnest(): the planner then reaches the rows by their primary key, never by a
    // scan of the whole table per batch (which made a rotation quadratic in the table's size).
    const values = r.kind === 'field' ? await this.fieldBatch(r, size) : await this.blindBatch(r, size);
      const [after] = await rowsOf<{ status: string; phase: string }>(em, `SELECT status, phase FROM key_rotations WHERE id = $1`, [rotationId]);
      const outcome: BatchOutcome = after.status === 'done' ? 'done' : after.phase === 'settle' ? 'waiting' : 'worked';
      return { outcome, values, rate: r.rate_per_second };
    });
  }

  private async save(r: RotationRowDb, changes: { target?: number; cursor?: string | null; processed?: number; skipped?: number; phase?: string; done?: boolean; resetSkipped?: boolean }): Promise<void> {
    await this.db.em.query(
      `UPDATE key_rotations SET target = $2, cursor = $3, processed = processed + $4, skipped = CASE WHEN $7 THEN 0 ELSE skipped END + $5, phase = $6,
         status = CASE WHEN $8 THEN 'done' ELSE status END, finished_at = CASE WHEN $8 THEN now() END, updated_at = now() WHERE id = $1`,
      [r.id, changes.target ?? r.target, changes.cursor === undefined ? r.cursor : changes.cursor, changes.processed ?? 0, changes.skipped ?? 0,
        changes.phase ?? r.phase, !!changes.resetSkipped, !!changes.done],
    );
  }

  private async fieldBatch(r: RotationRowDb, rateSize: number): Promise<number> {
    const em = this.db.em;
    if (r.target >= ENCRYPTED_COLUMNS.length) {
      // The end of a pass: anything still under an older key was written by a process that had not seen the switch.
      const remaining = await this.fieldRemaining(r.key_id);
      if (remaining === 0 || remaining <= Number(r.skipped)) await this.save(r, { done: true });
      else await this.save(r, { target: 0, cursor: null, resetSkipped: true });
      return 0;
    }
    const c = ENCRYPTED_COLUMNS[r.target];
    // Large values (an attachment's bytes) go a few at a time: a batch holds each one three times in memory.
    const size = Math.min(rateSize, c.batch ?? rateSize);
    const rows = await rowsOf<{ id: string; v: string; ctx: string | null }>(em,
      `SELECT t.${c.key} AS id, t.${c.column} AS v, ${c.contextSql} AS ctx FROM ${c.table} t
       WHERE ($1::uuid IS NULL OR t.${c.key} > $1::uuid) AND t.${c.column} IS NOT NULL AND ${fieldKeyIdSql(`t.${c.column}`)} <> $2
       ORDER BY t.${c.key} LIMIT $3`,
      [r.cursor, r.key_id, size],
    );
    const ids: string[] = [];
    const olds: string[] = [];
    const news: string[] = [];
    let skipped = 0;
    for (const row of rows) {
      try {
        const next = this.cipher.reencrypt(row.v, row.ctx ?? '');
        if (next === null) continue;
        ids.push(row.id);
        olds.push(row.v);
        news.push(next);
      } catch (e) {
        if (!(e instanceof DecryptionError)) throw e;
        skipped++;
      }
    }
    let processed = 0;
    if (ids.length) {
      const updated = await rowsOf<{ id: string }>(em,
        `UPDATE ${c.table} t SET ${c.column} = v.next FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, old, next)
         WHERE t.${c.key} = ANY($1::uuid[]) AND t.${c.key} = v.id AND t.${c.column} = v.old RETURNING t.${c.key} AS id`,
        [ids, olds, news],
      );
      processed = updated.length;
    }
    const last = rows.length ? rows[rows.length - 1].id : null;
    if (rows.length < size) await this.save(r, { target: r.target + 1, cursor: null, processed, skipped });
    else await this.save(r, { cursor: last, processed, skipped });
    return rows.length;
  }

  private async fieldRemaining(keyId: string): Promise<number> {
    const parts = ENCRYPTED_COLUMNS.map((c) => `SELECT count(*)::bigint AS n FROM ${c.table} WHERE ${c.column} IS NOT NULL AND ${fieldKeyIdSql(c.column)} <> $1`);
    const [row] = await rowsOf<{ n: string }>(this.db.em, `SELECT sum(n)::bigint AS n FROM (${parts.join(' UNION ALL ')}) x`, [keyId]);
    return Number(row.n ?? 0);
  }

  private async blindBatch(r: RotationRowDb, size: number): Promise<number> {
    const em = this.db.em;
    const keyExpr = digestKeyIdSql('b.hash');
    if (r.phase === 'settle') {
      // Every process must have stopped writing the old key's digests before the last catch-up pass.
      const since = Date.parse(r.cursor ?? '') || 0;
      if (Date.now() - since < 3 * this.config.keyRefreshMs + 1000) return 0;
      await this.save(r, { phase: 'add_again', cursor: null });
      return 0;
    }
    if (r.phase === 'delete') {
      const deleted = await rowsOf<{ hash: string }>(em,
        `DELETE FROM case_blind_indexes WHERE ctid = ANY(ARRAY(SELECT b.ctid FROM case_blind_indexes b WHERE ${keyExpr} <> $1 LIMIT $2)) RETURNING hash`,
        [r.key_id, size],
      );
      if (deleted.length < size) await this.save(r, { done: true });
      else await this.save(r, {});
      return deleted.length;
    }
    const again = r.phase === 'add_again';
    const cases = await rowsOf<{ id: string; identity_enc: string; created_at: Date }>(em,
      `SELECT c.id, c.identity_enc, c.created_at FROM cases c
       WHERE ($1::uuid IS NULL OR c.id > $1::uuid)
         ${again ? `AND EXISTS (SELECT 1 FROM case_blind_indexes b WHERE b.case_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM case_blind_indexes b WHERE b.case_id = c.id AND ${keyExpr} = $3)` : 'AND $3::text IS NOT NULL'}
       ORDER BY c.id LIMIT $2`,
      [r.cursor, size, r.key_id],
    );
    const hashes: string[] = [];
    const caseIds: string[] = [];
    const encs: string[] = [];
    let skipped = 0;
    let processed = 0;
    for (const c of cases) {
      let keys: string[];
      try {
        keys = identityKeys(this.index, this.cipher.decryptJson(c.identity_enc, `case:${c.id}/identity`), c.created_at, r.key_id);
      } catch (e) {
        if (!(e instanceof DecryptionError)) throw e;
        skipped++;
        continue;
      }
      if (!again) processed++;
      for (const k of keys) {
        hashes.push(k);
        caseIds.push(c.id);
        encs.push(c.identity_enc);
      }
    }
    if (hashes.length) {
      // Only while the identity read is still the case's: an identity rewritten meanwhile got its digests from the API.
      await em.query(
        `INSERT INTO case_blind_indexes (hash, case_id)
         SELECT v.hash, v.case_id FROM unnest($1::text[], $2::uuid[], $3::text[]) AS v(hash, case_id, enc)
         JOIN cases c ON c.id = ANY($2::uuid[]) AND c.id = v.case_id AND c.identity_enc = v.enc
         ON CONFLICT DO NOTHING`,
        [hashes, caseIds, encs],
      );
    }
    const last = cases.length ? cases[cases.length - 1].id : null;
    if (cases.length < size) {
      if (again) await this.save(r, { phase: 'delete', cursor: null, skipped });
      else {
        // No new row gets the old keys' digests any more; they are still looked up until deleted.
        await em.query(`UPDATE key_ring_keys SET status = 'draining', status_changed_at = now() WHERE kind = 'blind_index' AND status = 'previous'`);
        await this.save(r, { phase: 'settle', cursor: new Date().toISOString(), processed, skipped });
      }
    } else {
      await this.save(r, { cursor: last, processed, skipped });
    }
    return cases.length;
  }
}
