import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { APP_CONFIG, AppConfig, Db, DomainError, KEY_KINDS, KeyKind, KeyRingRefresher, KeyStatus, NotFoundError, rowsOf } from '@mnio/platform';
import { digestKeyIdSql, ENCRYPTED_COLUMNS, fieldKeyIdSql } from './encrypted-columns';
import './key-rotation.errors';

/** Values per second the worker re-encrypts unless the rotation names another rate (`--rate`, `ratePerSecond`). */
export const DEFAULT_ROTATION_RATE = 2000;
/** The longest a token signed by the JWT key can live (the MFA step's token lives 5 minutes, access tokens up to 15). */
const MFA_TOKEN_TTL_SECONDS = 300;

export interface KeyState {
  keyId: string;
  /** As recorded (`key_ring_keys`); `current` for the boot key of a ring no rotation touched yet. */
  status: KeyStatus;
  /** Whether this process holds the key's material. */
  held: boolean;
  /** Stored values (field) or digests (blind index) under this key; null for the JWT key. */
  values: number | null;
  /** JWT key no longer current: the moment its last token expires (it may be retired then). */
  tokensValidUntil: string | null;
  addedAt: string | null;
}

export interface RotationProgress {
  id: string;
  keyId: string;
  status: 'running' | 'done';
  phase: string;
  processed: number;
  skipped: number;
  total: number;
  ratePerSecond: number;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface KeyRingStatus {
  kind: KeyKind;
  current: string;
  keys: KeyState[];
  rotation: RotationProgress | null;
}

interface KeyRowDb {
  key_id: string;
  status: KeyStatus;
  fingerprint: string;
  added_at: Date;
  status_changed_at: Date;
}

/**
 * Key rotation without downtime (issue 16 §3, ADR 0008), shared by `npm run keys:*` and the platform administrator's
 * routes. Starting a rotation records the new key as current (its id and fingerprint — the material stays in the
 * environment), and for the field and blind-index keys a `key_rotations` row that the worker works through
 * (KeyRotationRunner). A key is retired only when nothing uses it any more.
 */
@Injectable()
export class KeyRotationService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly refresher: KeyRingRefresher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  static parseKind(kind: string): KeyKind {
    if (!(KEY_KINDS as readonly string[]).includes(kind)) throw new DomainError('KEY_KIND_UNKNOWN', `Unknown key kind: field, blind_index or jwt`);
    return kind as KeyKind;
  }

  async status(): Promise<KeyRingStatus[]> {
    const em = this.db.em;
    const rows = await rowsOf<KeyRowDb & { kind: KeyKind }>(em, `SELECT kind, key_id, status, fingerprint, added_at, status_changed_at FROM key_ring_keys ORDER BY kind, added_at, key_id`);
    const rotations = await rowsOf<RotationRowDb>(em,
      `SELECT DISTINCT ON (kind) * FROM key_rotations ORDER BY kind, started_at DESC`);
    const fieldCounts = await this.fieldCounts();
    const digestCounts = await this.digestCounts();
    return KEY_KINDS.map((kind) => {
      const ring = this.refresher.ring(kind);
      const recorded = rows.filter((r) => r.kind === kind);
      const current = recorded.find((r) => r.status === 'current')?.key_id ?? ring.current;
      const ids = [...new Set([...recorded.map((r) => r.key_id), ...ring.keyIds, ...Object.keys(kind === 'field' ? fieldCounts : kind === 'blind_index' ? digestCounts : {})])];
      const keys = ids.map((keyId): KeyState => {
        const row = recorded.find((r) => r.key_id === keyId);
        const status: KeyStatus = row?.status ?? (keyId === current ? 'current' : 'previous');
        return {
          keyId, status, held: ring.has(keyId),
          values: kind === 'field' ? fieldCounts[keyId] ?? 0 : kind === 'blind_index' ? digestCounts[keyId] ?? 0 : null,
          tokensValidUntil: kind === 'jwt' && status !== 'current' && status !== 'retired' && row ? this.tokensValidUntil(row.status_changed_at).toISOString() : null,
          addedAt: row ? row.added_at.toISOString() : null,
        };
      });
      const r = rotations.find((x) => x.kind === kind);
      return { kind, current, keys, rotation: r ? progressOf(r) : null };
    });
  }

  async progress(rotationId: string): Promise<RotationProgress> {
    const [r] = await rowsOf<RotationRowDb>(this.db.em, `SELECT * FROM key_rotations WHERE id = $1`, [rotationId]);
    if (!r) throw new NotFoundError('Key rotation');
    return progressOf(r);
  }

  /** Makes `keyId` current for its ring and (field, blind index) opens the re-encryption the worker runs. */
  async start(kindName: string, keyId: string, options: { ratePerSecond?: number; actorUserId?: string | null } = {}): Promise<RotationProgress> {
    const kind = KeyRotationService.parseKind(kindName);
    const rate = options.ratePerSecond ?? DEFAULT_ROTATION_RATE;
    if (!Number.isInteger(rate) || rate < 1 || rate > 1_000_000) throw new DomainError('KEY_RATE_INVALID', 'The rate is a number of values per second between 1 and 1000000');
    const ring = this.refresher.ring(kind);
    if (!ring.has(keyId)) {
      throw new DomainError('KEY_NOT_HELD', 'This key id is not in the key ring: add the new key to the ring of every process (after the current key), restart them, then rotate');
    }
    const progress = await this.db.withTransaction(async () => {
      const em = this.db.em;
      // One change of the rings at a time: every rotation and retirement queues on this lock.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('mnio:key-ring'))`);
      // Field and blind-index rotations one at a time (the blind index is recomputed from identities being re-encrypted);
      // the JWT key has nothing to rewrite.
      const running = kind === 'jwt' ? [] : await rowsOf<{ kind: string }>(em, `SELECT kind FROM key_rotations WHERE status = 'running'`);
      if (running.length) throw new DomainError('KEY_ROTATION_RUNNING', 'A key rotation is already running: wait for it to end (npm run keys:status)');
      const recorded = await rowsOf<KeyRowDb>(em, `SELECT key_id, status, fingerprint, added_at, status_changed_at FROM key_ring_keys WHERE kind = $1`, [kind]);
      const current = recorded.find((r) => r.status === 'current')?.key_id ?? ring.current;
      const mine = recorded.find((r) => r.key_id === keyId);
      // Already current: a sweep of what older keys still protect (values a process wrote before it saw the switch,
      // or a rotation that ended with values it could not open), or nothing to do.
      const sweep = current === keyId;
      if (sweep && (kind === 'jwt' || (await this.notUnder(kind, keyId)) === 0)) throw new DomainError('KEY_ALREADY_CURRENT', 'This key is already the current key, and every value uses it');
      if (mine?.status === 'retired') throw new DomainError('KEY_RETIRED', 'A retired key never comes back: generate a new key');
      if (mine && mine.fingerprint !== ring.fingerprint(keyId)) {
        throw new DomainError('KEY_FINGERPRINT_MISMATCH', 'The key under this id differs from the one recorded: every process must hold the same key under one id');
      }
      // The ring's keys that no rotation recorded yet (the boot key, at the first rotation): recorded as they stand.
      for (const id of ring.keyIds) {
        if (recorded.some((r) => r.key_id === id) || id === keyId) continue;
        await em.query(`INSERT INTO key_ring_keys (kind, key_id, status, fingerprint) VALUES ($1, $2, $3, $4)`, [kind, id, id === current ? 'current' : 'previous', ring.fingerprint(id)]);
      }
      if (!sweep) await em.query(`UPDATE key_ring_keys SET status = 'previous', status_changed_at = now() WHERE kind = $1 AND status IN ('current', 'draining')`, [kind]);
      else if (kind === 'blind_index') await em.query(`UPDATE key_ring_keys SET status = 'previous', status_changed_at = now() WHERE kind = $1 AND status = 'draining'`, [kind]);
      await em.query(
        `INSERT INTO key_ring_keys (kind, key_id, status, fingerprint) VALUES ($1, $2, 'current', $3)
         ON CONFLICT (kind, key_id) DO UPDATE SET status = 'current', status_changed_at = CASE WHEN key_ring_keys.status = 'current' THEN key_ring_keys.status_changed_at ELSE now() END`,
        [kind, keyId, ring.fingerprint(keyId)],
      );
      const id = randomUUID();
      const total = kind === 'field' ? await this.fieldValuesNotUnder(keyId) : kind === 'blind_index' ? await this.caseCount() : 0;
      const [row] = await rowsOf<RotationRowDb>(em,
        `INSERT INTO key_rotations (id, kind, key_id, status, phase, total, rate_per_second, started_by, finished_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $4 = 'done' THEN now() END) RETURNING *`,
        [id, kind, keyId, kind === 'jwt' ? 'done' : 'running', kind === 'field' ? 'reencrypt' : kind === 'blind_index' ? 'add' : 'switched', total, rate, options.actorUserId ?? null],
      );
      await this.audit.record({
        action: 'key.rotation_started', subjectType: 'key_ring', subjectId: kind, stream: `key_ring:${kind}`,
        actorUserId: options.actorUserId ?? null, details: { kind, keyId, previousKeyId: sweep ? null : current, sweep, rotationId: id, ratePerSecond: rate },
      });
      return progressOf(row);
    });
    await this.refresher.refresh();
    return progress;
  }

  /** Retires a key that is not current and that nothing uses any more; refused otherwise, saying why. */
  async retire(kindName: string, keyId: string, options: { actorUserId?: string | null } = {}): Promise<{ kind: KeyKind; keyId: string; status: 'retired' }> {
    const kind = KeyRotationService.parseKind(kindName);
    await this.db.withTransaction(async () => {
      const em = this.db.em;
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('mnio:key-ring'))`);
      const [row] = await rowsOf<KeyRowDb>(em, `SELECT key_id, status, fingerprint, added_at, status_changed_at FROM key_ring_keys WHERE kind = $1 AND key_id = $2`, [kind, keyId]);
      if (!row) {
        const ring = this.refresher.ring(kind);
        if (ring.has(keyId) && ring.current === keyId) throw new DomainError('KEY_IS_CURRENT', 'The current key cannot be retired: rotate to a new key first');
        throw new DomainError('KEY_UNKNOWN', 'No key with this id was recorded by a rotation');
      }
      if (row.status === 'current') throw new DomainError('KEY_IS_CURRENT', 'The current key cannot be retired: rotate to a new key first');
      if (row.status === 'retired') throw new DomainError('KEY_RETIRED', 'This key is already retired');
      if (kind !== 'jwt') {
        const running = await rowsOf<{ id: string }>(em, `SELECT id FROM key_rotations WHERE kind = $1 AND status = 'running'`, [kind]);
        if (running.length) throw new DomainError('KEY_ROTATION_RUNNING', 'The rotation of this key ring is still running: a key is retired once it has ended');
        const values = kind === 'field' ? (await this.fieldCounts(keyId))[keyId] ?? 0 : (await this.digestCounts(keyId))[keyId] ?? 0;
        if (values > 0) {
          throw new DomainError('KEY_STILL_IN_USE', `${values} stored ${kind === 'field' ? 'values' : 'digests'} still use this key: rotate again so the worker rewrites them, then retire it`);
        }
      } else {
        const until = this.tokensValidUntil(row.status_changed_at);
        if (row.status !== 'previous' && row.status !== 'draining') throw new DomainError('KEY_IS_CURRENT', 'The current key cannot be retired');
        if (until.getTime() > Date.now()) {
          throw new DomainError('KEY_STILL_IN_USE', `Tokens signed with this key may be valid until ${until.toISOString()}: retire it after that moment`);
        }
      }
      await em.query(`UPDATE key_ring_keys SET status = 'retired', status_changed_at = now() WHERE kind = $1 AND key_id = $2`, [kind, keyId]);
      await this.audit.record({
        action: 'key.retired', subjectType: 'key_ring', subjectId: kind, stream: `key_ring:${kind}`,
        actorUserId: options.actorUserId ?? null, details: { kind, keyId },
      });
    });
    await this.refresher.refresh();
    return { kind, keyId, status: 'retired' };
  }

  private tokensValidUntil(since: Date): Date {
    // A token signed just before every process saw the switch: the refresh period on top of its lifetime.
    return new Date(since.getTime() + (Math.max(this.config.accessTokenTtlSeconds, MFA_TOKEN_TTL_SECONDS) * 1000) + 2 * this.config.keyRefreshMs);
  }

  /** Field values per key id (one key only when given). */
  async fieldCounts(keyId?: string): Promise<Record<string, number>> {
    const parts = ENCRYPTED_COLUMNS.map((c) =>
      `SELECT ${fieldKeyIdSql(c.column)} AS key_id, count(*)::bigint AS n FROM ${c.table} WHERE ${c.column} IS NOT NULL${keyId ? ` AND ${fieldKeyIdSql(c.column)} = $1` : ''} GROUP BY 1`);
    const rows = await rowsOf<{ key_id: string; n: string }>(this.db.em, `SELECT key_id, sum(n)::bigint AS n FROM (${parts.join(' UNION ALL ')}) x GROUP BY key_id`, keyId ? [keyId] : []);
    return Object.fromEntries(rows.map((r) => [r.key_id, Number(r.n)]));
  }

  /** Blind-index digests per key id (one key only when given). */
  async digestCounts(keyId?: string): Promise<Record<string, number>> {
    const rows = await rowsOf<{ key_id: string; n: string }>(this.db.em,
      `SELECT ${digestKeyIdSql()} AS key_id, count(*)::bigint AS n FROM case_blind_indexes${keyId ? ` WHERE ${digestKeyIdSql()} = $1` : ''} GROUP BY 1`, keyId ? [keyId] : []);
    return Object.fromEntries(rows.map((r) => [r.key_id, Number(r.n)]));
  }

  private async notUnder(kind: KeyKind, keyId: string): Promise<number> {
    const counts = kind === 'field' ? await this.fieldCounts() : await this.digestCounts();
    return Object.entries(counts).filter(([k]) => k !== keyId).reduce((s, [, n]) => s + n, 0);
  }

  async fieldValuesNotUnder(keyId: string): Promise<number> {
    const counts = await this.fieldCounts();
    return Object.entries(counts).filter(([k]) => k !== keyId).reduce((s, [, n]) => s + n, 0);
  }

  private async caseCount(): Promise<number> {
    const [r] = await rowsOf<{ n: string }>(this.db.em, `SELECT count(*)::bigint AS n FROM cases`);
    return Number(r.n);
  }
}

export interface RotationRowDb {
  id: string;
  kind: KeyKind;
  key_id: string;
  status: 'running' | 'done';
  phase: string;
  target: number;
  cursor: string | null;
  processed: string;
  skipped: string;
  total: string;
  rate_per_second: number;
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

export function progressOf(r: RotationRowDb): RotationProgress {
  return {
    id: r.id, keyId: r.key_id, status: r.status, phase: r.phase, processed: Number(r.processed), skipped: Number(r.skipped), total: Number(r.total),
    ratePerSecond: r.rate_per_second, startedAt: r.started_at.toISOString(), updatedAt: r.updated_at.toISOString(), finishedAt: r.finished_at?.toISOString() ?? null,
  };
}
