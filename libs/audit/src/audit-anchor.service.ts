import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import { AnchorRecord, ANCHOR_SINK, AnchorSink } from './anchor-sink';
import { anchorHash, GENESIS, signAnchor } from './audit-hash';
import { AuditKeys } from './audit-keys';

/** Longer than any transaction that appends to the journal may stay open. */
const LOOK_BACK_MS = 10 * 60_000;
/** Taken for the whole of an anchoring (transaction and copy to the sink); the verifier takes it shared. */
export const ANCHOR_LOCK_SQL = `hashtext('mnio_audit_anchor')`;

interface AnchorRow {
  id: string;
  anchored_at: Date;
  heads: Record<string, { seq: number; hash: string }>;
  prev_hash: string;
  hash: string;
  key_id: string | null;
  signature: string | null;
}

export function anchorRecordOf(row: AnchorRow): AnchorRecord {
  return {
    id: String(row.id),
    anchoredAt: row.anchored_at.toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
    keyId: row.key_id ?? '',
    signature: row.signature ?? '',
    heads: row.heads,
  };
}

export class AnchorSinkMismatchError extends Error {}

/**
 * Seals the heads of every stream that moved since the last anchor into one global chain, signs the anchor
 * (Ed25519, MNIO_AUDIT_SIGNING_KEY) and copies it out of the database to the anchor sink once it has
 * committed. A crash between the commit and the copy is repaired by the next run, which first copies any
 * signed anchor the sink lacks; a sink whose last anchor the database does not hold (a rewound database)
 * stops anchoring until someone looks (`npm run audit:verify`). One anchoring at a time (advisory lock held
 * across the commit and the copy, so two workers never copy out of order).
 */
@Injectable()
export class AuditAnchorService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly keys: AuditKeys,
    @Inject(ANCHOR_SINK) private readonly sink: AnchorSink,
  ) {}

  async anchor(): Promise<{ anchored: number }> {
    const signer = this.keys.signingKey();
    if (!signer) throw new Error('MNIO_AUDIT_SIGNING_KEY is not set: this process cannot sign anchors');
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    try {
      await qr.query(`SELECT pg_advisory_lock(${ANCHOR_LOCK_SQL})`);
      try {
        await this.copyMissing(qr);
        const made = await this.makeAnchor(qr, signer);
        if (made) await this.sink.append([made.record]);
        return { anchored: made?.streams ?? 0 };
      } finally {
        await qr.query(`SELECT pg_advisory_unlock(${ANCHOR_LOCK_SQL})`);
      }
    } finally {
      await qr.release();
    }
  }

  /** Copies to the sink the signed anchors committed after its last line. */
  private async copyMissing(qr: QueryRunner): Promise<void> {
    const last = await this.sink.last();
    if (last && 'unreadable' in last) throw new AnchorSinkMismatchError(`the anchor sink's last line is unreadable (${this.sink.description}): run npm run audit:verify`);
    let after = '0';
    if (last) {
      const rows: { hash: string }[] = await qr.query(`SELECT hash FROM audit_anchors WHERE id = $1`, [last.id]);
      if (rows[0]?.hash !== last.hash) {
        throw new AnchorSinkMismatchError(`the database does not hold the anchor sink's last anchor ${last.id}: run npm run audit:verify`);
      }
      after = last.id;
    }
    const missing: AnchorRow[] = await qr.query(`SELECT * FROM audit_anchors WHERE id > $1 AND signature IS NOT NULL ORDER BY id`, [after]);
    await this.sink.append(missing.map(anchorRecordOf));
  }

  private async makeAnchor(qr: QueryRunner, signer: NonNullable<ReturnType<AuditKeys['signingKey']>>): Promise<{ streams: number; record: AnchorRecord } | null> {
    await qr.startTransaction();
    try {
      const [{ now }]: { now: Date }[] = await qr.query(`SELECT now() AS now`);
      const [last]: { hash: string }[] = await qr.query(`SELECT hash FROM audit_anchors ORDER BY id DESC LIMIT 1`);
      const [lastSigned]: { anchored_at: Date }[] = await qr.query(`SELECT anchored_at FROM audit_anchors WHERE signature IS NOT NULL ORDER BY id DESC LIMIT 1`);
      // A head's updated_at is its transaction's start: one still open when the last anchor ran carries an
      // earlier time. So look back a margin, and skip heads a recent anchor already sealed at their seq.
      // The first signed anchor seals every head, so entries hashed before the journal was keyed are pinned.
      const since = lastSigned ? new Date(lastSigned.anchored_at.getTime() - LOOK_BACK_MS) : new Date(0);
      const rows: { stream: string; seq: string; hash: string }[] = await qr.query(
        `WITH recent AS MATERIALIZED (SELECT heads FROM audit_anchors WHERE anchored_at >= $1 AND signature IS NOT NULL)
         SELECT h.stream, h.seq, h.hash FROM audit_stream_heads h
         WHERE h.updated_at >= $1 AND h.seq > 0 AND NOT EXISTS (SELECT 1 FROM recent a WHERE (a.heads -> h.stream ->> 'seq')::bigint = h.seq)
         ORDER BY h.stream`,
        [since],
      );
      if (rows.length === 0) {
        await qr.commitTransaction();
        return null;
      }
      const heads = Object.fromEntries(rows.map((r) => [r.stream, { seq: Number(r.seq), hash: r.hash }]));
      const [{ id }]: { id: string }[] = await qr.query(`SELECT nextval(pg_get_serial_sequence('audit_anchors', 'id'))::text AS id`);
      const prevHash = last?.hash ?? GENESIS;
      const hash = anchorHash(prevHash, heads);
      const anchoredAt = new Date(now.getTime()).toISOString();
      const signature = signAnchor(signer.key, { id, anchoredAt, prevHash, hash, keyId: signer.keyId });
      await qr.query(
        `INSERT INTO audit_anchors (id, anchored_at, heads, prev_hash, hash, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, anchoredAt, JSON.stringify(heads), prevHash, hash, signer.keyId, signature],
      );
      await qr.commitTransaction();
      return { streams: rows.length, record: { id, anchoredAt, prevHash, hash, keyId: signer.keyId, signature, heads } };
    } catch (e) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw e;
    }
  }
}
