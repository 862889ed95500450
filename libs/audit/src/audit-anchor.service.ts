import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { anchorHash, GENESIS } from './audit-hash';

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
      const since = last[0]?.anchored_at ?? new Date(0);
      const rows: { stream: string; seq: string; hash: string }[] = await em.query(
        `SELECT stream, seq, hash FROM audit_stream_heads WHERE updated_at >= $1 ORDER BY stream`,
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
