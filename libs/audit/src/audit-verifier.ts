import { DataSource, EntityManager } from 'typeorm';
import { anchorHash, AuditContent, entryHash, GENESIS } from './audit-hash';

export interface AuditBreak {
  entryId?: string;
  anchorId?: string;
  stream?: string;
  seq?: number;
  reason: 'hash_mismatch' | 'broken_link' | 'sequence_gap' | 'head_mismatch' | 'anchor_mismatch' | 'anchored_entry_changed';
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  streams: number;
  anchors: number;
  firstBreak?: AuditBreak;
}

interface EntryRow {
  id: string;
  stream: string;
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  reason: string | null;
  request_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

/**
 * Walks every stream's chain and the anchor chain; names the first entry that does not verify. Reads in
 * pages, all from one snapshot: on a live system, entries and heads committed during the walk would
 * otherwise look like breaks.
 */
export async function verifyAuditJournal(ds: DataSource, pageSize = 5000): Promise<AuditVerification> {
  return ds.transaction('REPEATABLE READ', async (em) => {
    await em.query('SET TRANSACTION READ ONLY');
    return walkJournal(em, pageSize);
  });
}

async function walkJournal(ds: EntityManager, pageSize: number): Promise<AuditVerification> {
  let entries = 0;
  let streams = 0;
  const heads = new Map<string, { seq: number; hash: string }>();
  const hashesAt = new Map<string, string>();
  let cursor: [string, number] = ['', 0];
  let current = { stream: '', seq: 0, hash: GENESIS };
  for (;;) {
    const rows: EntryRow[] = await ds.query(
      `SELECT * FROM audit_entries WHERE (stream, seq) > ($1, $2) ORDER BY stream, seq LIMIT $3`,
      [cursor[0], cursor[1], pageSize],
    );
    for (const r of rows) {
      const seq = Number(r.seq);
      if (r.stream !== current.stream) {
        current = { stream: r.stream, seq: 0, hash: GENESIS };
        streams++;
      }
      const at = { entryId: r.id, stream: r.stream, seq };
      if (seq !== current.seq + 1) return { ok: false, entries, streams, anchors: 0, firstBreak: { ...at, reason: 'sequence_gap' } };
      if (r.prev_hash !== current.hash) return { ok: false, entries, streams, anchors: 0, firstBreak: { ...at, reason: 'broken_link' } };
      const content: AuditContent = {
        stream: r.stream, seq, occurredAt: r.occurred_at.toISOString(), actorUserId: r.actor_user_id, actorOrganisationId: r.actor_organisation_id,
        action: r.action, subjectType: r.subject_type, subjectId: r.subject_id, reason: r.reason, requestId: r.request_id, ip: r.ip, details: r.details,
      };
      if (entryHash(r.prev_hash, content) !== r.hash) return { ok: false, entries, streams, anchors: 0, firstBreak: { ...at, reason: 'hash_mismatch' } };
      current = { stream: r.stream, seq, hash: r.hash };
      heads.set(r.stream, { seq, hash: r.hash });
      entries++;
    }
    if (rows.length < pageSize) break;
    const last = rows[rows.length - 1];
    cursor = [last.stream, Number(last.seq)];
  }

  const storedHeads: { stream: string; seq: string; hash: string }[] = await ds.query(`SELECT stream, seq, hash FROM audit_stream_heads`);
  for (const h of storedHeads) {
    const walked = heads.get(h.stream);
    if (!walked || walked.seq !== Number(h.seq) || walked.hash !== h.hash) {
      return { ok: false, entries, streams, anchors: 0, firstBreak: { stream: h.stream, seq: walked?.seq, reason: 'head_mismatch' } };
    }
  }

  const anchors: { id: string; heads: Record<string, { seq: number; hash: string }>; prev_hash: string; hash: string }[] = await ds.query(
    `SELECT id, heads, prev_hash, hash FROM audit_anchors ORDER BY id`,
  );
  let prev = GENESIS;
  for (const [i, a] of anchors.entries()) {
    if (a.prev_hash !== prev || anchorHash(a.prev_hash, a.heads) !== a.hash) {
      return { ok: false, entries, streams, anchors: i, firstBreak: { anchorId: a.id, reason: 'anchor_mismatch' } };
    }
    for (const [stream, head] of Object.entries(a.heads)) hashesAt.set(`${stream}#${head.seq}`, head.hash);
    prev = a.hash;
  }
  if (hashesAt.size) {
    const keys = [...hashesAt.keys()];
    for (let i = 0; i < keys.length; i += pageSize) {
      const part = keys.slice(i, i + pageSize).map((k) => { const at = k.lastIndexOf('#'); return [k.slice(0, at), Number(k.slice(at + 1))] as const; });
      const rows: { id: string; stream: string; seq: string; hash: string }[] = await ds.query(
        `SELECT e.id, e.stream, e.seq, e.hash FROM audit_entries e JOIN unnest($1::text[], $2::bigint[]) AS k(stream, seq) USING (stream, seq)`,
        [part.map((p) => p[0]), part.map((p) => p[1])],
      );
      const found = new Map(rows.map((r) => [`${r.stream}#${r.seq}`, r]));
      for (const [stream, seq] of part) {
        const row = found.get(`${stream}#${seq}`);
        if (!row || row.hash !== hashesAt.get(`${stream}#${seq}`)) {
          return { ok: false, entries, streams, anchors: anchors.length, firstBreak: { entryId: row?.id, stream, seq, reason: 'anchored_entry_changed' } };
        }
      }
    }
  }
  return { ok: true, entries, streams, anchors: anchors.length };
}
