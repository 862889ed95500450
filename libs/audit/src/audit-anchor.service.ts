import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { anchorHash, GENESIS } from './audit-hash';

/** Longer than any transaction that appends to the journal may stay open. */
const LOOK_BACK_MS = 10 * 60_000;

/**
 * Seals the heads of every stream that moved since the last anchor into one global chain. Rewriting a
 * whole stream consistently after it was anchored is then detected. One anchor at a time (advisory lock).
 */
@Injectable()
export class AuditAnchorService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async anchor(): Promise<{ anchored: number }> {
    return this.ds.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('mnio_audit_anchor'))`);
      const last: { id: string; anchored_at: Date; hash: string }[] = await em.query(
        `SELECT id, anchored_at, hash FROM audit_anchors ORDER BY id DESC LIMIT 1`,
      );
      // A head's updated_at is its transaction's start: one still open when the last anchor ran carries an
      // earlier time. So look back a margin, and skip heads a recent anchor already sealed at their seq.
      const since = new Date((last[0]?.anchored_at ?? new Date(0)).getTime() - LOOK_BACK_MS);
      const rows: { stream: string; seq: string; hash: string }[] = await em.query(
        `WITH recent AS MATERIALIZED (SELECT heads FROM audit_anchors WHERE anchored_at >= $1)
         SELECT h.stream, h.seq, h.hash FROM audit_stream_heads h
         WHERE h.updated_at >= $1 AND NOT EXISTS (SELECT 1 FROM recent a WHERE (a.heads -> h.stream ->> 'seq')::bigint = h.seq)
         ORDER BY h.stream`,
        [since],
      );
      if (rows.length === 0) return { anchored: 0 };
      const heads = Object.fromEntries(rows.map((r) => [r.stream, { seq: Number(r.seq), hash: r.hash }]));
      const prev = last[0]?.hash ?? GENESIS;
      await em.query(`INSERT INTO audit_anchors (heads, prev_hash, hash) VALUES ($1, $2, $3)`, [JSON.stringify(heads), prev, anchorHash(prev, heads)]);
      return { anchored: rows.length };
    });
  }
}
