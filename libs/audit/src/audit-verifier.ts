import { DataSource, EntityManager } from 'typeorm';
import { AnchorRecord, AnchorSink, UnreadableLine } from './anchor-sink';
import { ANCHOR_LOCK_SQL, anchorRecordOf } from './audit-anchor.service';
import { anchorHash, anchorSignatureValid, AuditContent, canonicalJson, entryHash, entryMac, GENESIS } from './audit-hash';
import { AuditKeys } from './audit-keys';

export type AuditBreakReason =
  /** An append-only trigger of the journal is missing or disabled. */
  | 'trigger_disabled'
  /** An entry's hash is not the HMAC (or, before keys, the SHA-256) of its content and previous hash. */
  | 'hash_mismatch'
  /** An entry's key id is in no key ring this verifier holds. */
  | 'unknown_key'
  /** An entry without key id that no signed anchor seals: a rewrite with plain hashes. */
  | 'unkeyed_entry'
  | 'broken_link'
  | 'sequence_gap'
  /** A stream's head does not match its last entry (entries missing at the tail, or a moved head). */
  | 'head_mismatch'
  /** The anchor chain is broken (previous hash or hash of the heads). */
  | 'anchor_mismatch'
  | 'anchor_signature_invalid'
  /** An anchor without signature after the first signed one. */
  | 'anchor_unsigned'
  /** An entry a signed anchor sealed is gone (a cut tail, a rewound head). */
  | 'anchored_entry_missing'
  | 'anchored_entry_changed'
  /** An anchor of the external copy is not in the database (dropped anchors, a rewound database). */
  | 'anchor_missing_from_database'
  /** A signed anchor of the database is not in the external copy (a forged anchor, or a copy cut short). */
  | 'anchor_missing_from_sink'
  /** The copy and the database disagree about an anchor, or a line of the copy is unreadable. */
  | 'sink_mismatch';

export interface AuditBreak {
  entryId?: string;
  anchorId?: string;
  stream?: string;
  seq?: number;
  trigger?: string;
  /** Line of the anchor sink. */
  line?: number;
  reason: AuditBreakReason;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  streams: number;
  anchors: number;
  /** Signed anchors, each found in the sink. */
  signedAnchors: number;
  firstBreak?: AuditBreak;
}

export interface VerifyOptions {
  keys: AuditKeys;
  /** The external copy of the anchors; null skips that comparison (tests of the database alone). */
  sink: AnchorSink | null;
  pageSize?: number;
}

/** A row of `audit_entries` as PostgreSQL returns it (`SELECT *`). */
export interface AuditEntryRow {
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
  key_id: string | null;
}

/** The triggers that make the journal append-only; the verifier checks they exist and are enabled. */
export const AUDIT_TRIGGERS: Record<string, string[]> = {
  audit_entries: ['audit_entries_append_only', 'audit_entries_no_truncate'],
  audit_anchors: ['audit_anchors_append_only', 'audit_anchors_no_truncate'],
  audit_stream_heads: ['audit_stream_heads_forward_only', 'audit_stream_heads_no_truncate'],
};

class Broken extends Error {
  constructor(readonly at: AuditBreak) {
    super(at.reason);
  }
}

/**
 * Checks the journal and names the first thing that does not verify: the append-only triggers, the anchor
 * chain and its signatures, the anchors against their external copy (sink), every stream's chain (keyed
 * hashes), the heads, and the entries each anchor sealed. Reads the database in pages, all from one
 * snapshot, and the sink while holding the anchoring lock, so that an anchor made meanwhile is in both or
 * in neither.
 */
export async function verifyAuditJournal(ds: DataSource, options: VerifyOptions): Promise<AuditVerification> {
  const lock = ds.createQueryRunner();
  await lock.connect();
  let locked = true;
  const unlock = async () => {
    if (!locked) return;
    locked = false;
    await lock.query(`SELECT pg_advisory_unlock_shared(${ANCHOR_LOCK_SQL})`);
  };
  try {
    await lock.query(`SELECT pg_advisory_lock_shared(${ANCHOR_LOCK_SQL})`);
    const sinkRecords = options.sink ? await options.sink.readAll() : null;
    return await ds.transaction('REPEATABLE READ', async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      await em.query('SELECT 1'); // takes the snapshot; anchoring may go on from here
      await unlock();
      const state = { entries: 0, streams: 0, anchors: 0, signedAnchors: 0 };
      try {
        await walkJournal(em, options, sinkRecords, state);
        return { ok: true, ...state };
      } catch (e) {
        if (e instanceof Broken) return { ok: false, ...state, firstBreak: e.at };
        throw e;
      }
    });
  } finally {
    await unlock().catch(() => undefined);
    await lock.release();
  }
}

async function walkJournal(
  em: EntityManager,
  { keys, pageSize = 5000 }: VerifyOptions,
  sinkRecords: (AnchorRecord | UnreadableLine)[] | null,
  state: Omit<AuditVerification, 'ok' | 'firstBreak'>,
): Promise<void> {
  // 1. The triggers that refuse UPDATE, DELETE and TRUNCATE.
  const triggers: { name: string; enabled: string }[] = await em.query(
    `SELECT t.tgname AS name, t.tgenabled AS enabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE c.relname = ANY($1) AND c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal`,
    [Object.keys(AUDIT_TRIGGERS)],
  );
  const enabled = new Map(triggers.map((t) => [t.name, t.enabled]));
  for (const name of Object.values(AUDIT_TRIGGERS).flat()) {
    // 'O' fires in the normal mode; 'A' always. 'D' is disabled, 'R' fires only for replicas.
    if (!['O', 'A'].includes(enabled.get(name) ?? 'D')) throw new Broken({ trigger: name, reason: 'trigger_disabled' });
  }

  // 2. The anchor chain: links, hashes, signatures.
  const anchorRows = await em.query(`SELECT * FROM audit_anchors ORDER BY id`);
  const sealed = new Map<string, { seq: number; hash: string; anchorId: string }[]>();
  const sealedUpTo = new Map<string, number>();
  let prev = GENESIS;
  let signedSeen = false;
  const dbSigned = new Map<string, AnchorRecord>();
  const dbAll = new Map<string, AnchorRecord>();
  for (const row of anchorRows) {
    const a = anchorRecordOf(row);
    dbAll.set(a.id, a);
    if (a.prevHash !== prev || anchorHash(a.prevHash, a.heads) !== a.hash) throw new Broken({ anchorId: a.id, reason: 'anchor_mismatch' });
    if (!a.signature) {
      if (signedSeen) throw new Broken({ anchorId: a.id, reason: 'anchor_unsigned' });
    } else {
      const key = keys.verifyKey(a.keyId);
      if (!key) throw new Broken({ anchorId: a.id, reason: 'unknown_key' });
      if (!anchorSignatureValid(key, a, a.signature)) throw new Broken({ anchorId: a.id, reason: 'anchor_signature_invalid' });
      signedSeen = true;
      dbSigned.set(a.id, a);
      for (const [stream, head] of Object.entries(a.heads)) sealedUpTo.set(stream, Math.max(sealedUpTo.get(stream) ?? 0, head.seq));
    }
    for (const [stream, head] of Object.entries(a.heads)) {
      const list = sealed.get(stream) ?? [];
      list.push({ seq: head.seq, hash: head.hash, anchorId: a.id });
      sealed.set(stream, list);
    }
    prev = a.hash;
    state.anchors++;
  }

  // 3. The external copy: every anchor in it is in the database, the same, and every signed anchor of the
  // database is in it.
  if (sinkRecords) {
    const inSink = new Set<string>();
    for (const r of sinkRecords) {
      if ('unreadable' in r) throw new Broken({ line: r.line, reason: 'sink_mismatch' });
      if (inSink.has(r.id)) continue; // a copy repeated after a crash is harmless if identical (checked below)
      inSink.add(r.id);
      const db = dbAll.get(r.id);
      if (!db) throw new Broken({ anchorId: r.id, reason: 'anchor_missing_from_database' });
      if (canonicalJson(db) !== canonicalJson(r)) throw new Broken({ anchorId: r.id, reason: 'sink_mismatch' });
    }
    for (const id of dbSigned.keys()) if (!inSink.has(id)) throw new Broken({ anchorId: id, reason: 'anchor_missing_from_sink' });
    state.signedAnchors = inSink.size;
  } else {
    state.signedAnchors = dbSigned.size;
  }

  // 4. Every stream's chain, in (stream, seq) order.
  const heads = new Map<string, { seq: number; hash: string }>();
  let cursor: [string, number] = ['', 0];
  let current = { stream: '', seq: 0, hash: GENESIS };
  for (;;) {
    const rows: AuditEntryRow[] = await em.query(`SELECT * FROM audit_entries WHERE (stream, seq) > ($1, $2) ORDER BY stream, seq LIMIT $3`, [cursor[0], cursor[1], pageSize]);
    for (const r of rows) {
      const seq = Number(r.seq);
      if (r.stream !== current.stream) {
        current = { stream: r.stream, seq: 0, hash: GENESIS };
        state.streams++;
      }
      const at = { entryId: String(r.id), stream: r.stream, seq };
      if (seq !== current.seq + 1) throw new Broken({ ...at, reason: 'sequence_gap' });
      if (r.prev_hash !== current.hash) throw new Broken({ ...at, reason: 'broken_link' });
      const content: AuditContent = {
        stream: r.stream, seq, occurredAt: r.occurred_at.toISOString(), actorUserId: r.actor_user_id, actorOrganisationId: r.actor_organisation_id,
        action: r.action, subjectType: r.subject_type, subjectId: r.subject_id, reason: r.reason, requestId: r.request_id, ip: r.ip, details: r.details,
      };
      if (r.key_id === null) {
        if (entryHash(r.prev_hash, content) !== r.hash) throw new Broken({ ...at, reason: 'hash_mismatch' });
        if (seq > (sealedUpTo.get(r.stream) ?? 0)) throw new Broken({ ...at, reason: 'unkeyed_entry' });
      } else {
        const key = keys.macKey(r.key_id);
        if (!key) throw new Broken({ ...at, reason: 'unknown_key' });
        if (entryMac(key, r.key_id, r.prev_hash, content) !== r.hash) throw new Broken({ ...at, reason: 'hash_mismatch' });
      }
      current = { stream: r.stream, seq, hash: r.hash };
      heads.set(r.stream, { seq, hash: r.hash });
      state.entries++;
    }
    if (rows.length < pageSize) break;
    const last = rows[rows.length - 1];
    cursor = [last.stream, Number(last.seq)];
  }

  // 5. The heads: each is its stream's last entry.
  const storedHeads: { stream: string; seq: string; hash: string }[] = await em.query(`SELECT stream, seq, hash FROM audit_stream_heads ORDER BY stream`);
  for (const h of storedHeads) {
    const walked = heads.get(h.stream);
    if (!walked || walked.seq !== Number(h.seq) || walked.hash !== h.hash) {
      throw new Broken({ stream: h.stream, seq: walked?.seq ?? 0, reason: 'head_mismatch' });
    }
  }
  for (const [stream, walked] of heads) {
    if (!storedHeads.some((h) => h.stream === stream)) throw new Broken({ stream, seq: walked.seq, reason: 'head_mismatch' });
  }

  // 6. What the anchors sealed is still there, unchanged (a stream cut or rewound consistently).
  for (const [stream, list] of sealed) {
    const walked = heads.get(stream);
    for (const s of list) {
      if (!walked || walked.seq < s.seq) throw new Broken({ anchorId: s.anchorId, stream, seq: s.seq, reason: 'anchored_entry_missing' });
    }
  }
  const wanted = [...sealed].flatMap(([stream, list]) => list.map((s) => ({ stream, ...s })));
  for (let i = 0; i < wanted.length; i += pageSize) {
    const part = wanted.slice(i, i + pageSize);
    const rows: { id: string; stream: string; seq: string; hash: string }[] = await em.query(
      `SELECT e.id, e.stream, e.seq, e.hash FROM audit_entries e JOIN unnest($1::text[], $2::bigint[]) AS k(stream, seq) USING (stream, seq)`,
      [part.map((p) => p.stream), part.map((p) => p.seq)],
    );
    const found = new Map(rows.map((r) => [`${r.stream}#${r.seq}`, r]));
    for (const s of part) {
      const row = found.get(`${s.stream}#${s.seq}`);
      if (!row) throw new Broken({ anchorId: s.anchorId, stream: s.stream, seq: s.seq, reason: 'anchored_entry_missing' });
      if (row.hash !== s.hash) throw new Broken({ entryId: String(row.id), anchorId: s.anchorId, stream: s.stream, seq: s.seq, reason: 'anchored_entry_changed' });
    }
  }
}
