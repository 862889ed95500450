import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { currentContext, DomainError, prepared, rowsOf, Db } from '@mnio/platform';
import { AuditContent, entryMac, GENESIS } from './audit-hash';
import { AuditKeys } from './audit-keys';

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Defaults to `<subjectType>:<subjectId>`: one chain per subject. */
  stream?: string;
  reason?: string | null;
  /** Codes and ids only, never identity. */
  details?: Record<string, unknown>;
  /** Override for acts without a signed-in actor (login failures). */
  actorUserId?: string | null;
  /** The organisation whose rules allowed the act (`actingOrganisationId` from `@mnio/platform`); recorded as null when not given. */
  actorOrganisationId?: string | null;
}

/**
 * The entry of a retention purge's page (issue 16 §1): on the rule's own stream, with the count and never a row,
 * in no one's name (the nightly run).
 */
export const rowsPurgedEntry = (rule: string, count: number): AuditRecord => ({
  action: 'retention.rows_purged', subjectType: 'retention_rule', stream: `retention_rule:${rule}`, actorUserId: null, details: { rule, count },
});

/**
 * Appends to the journal in the caller's transaction: the entry exists if and only if the act committed.
 * Concurrent appends to one stream queue on its head row (`FOR UPDATE`), so a chain never forks; appends to
 * different streams do not wait for each other. The entry's hash is an HMAC under the journal key,
 * computed here from the head read under that lock: the key never goes to the database (not even as a
 * statement parameter, which `log_statement` would print).
 */
// Every case read and write appends: planned once per connection (ADR 0003).
const LOCK_HEAD_SQL = prepared(`SELECT seq, hash FROM audit_stream_heads WHERE stream = $1 FOR UPDATE`);
const INSERT_HEAD_SQL = prepared(`INSERT INTO audit_stream_heads (stream, seq, hash, prev_hash) VALUES ($1, 0, $2, $2) ON CONFLICT (stream) DO NOTHING RETURNING seq, hash`);
const APPEND_SQL = prepared(`WITH h AS (
         UPDATE audit_stream_heads SET seq = $13, hash = $14, prev_hash = $15, updated_at = now() WHERE stream = $1 AND seq = $13 - 1 RETURNING seq
       )
       INSERT INTO audit_entries (stream, seq, occurred_at, actor_user_id, actor_organisation_id, action, subject_type, subject_id,
         reason, request_id, ip, details, prev_hash, hash, key_id)
       SELECT $1, h.seq, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $15, $14, $12 FROM h RETURNING id`);

@Injectable()
export class AuditJournal {
  constructor(
    private readonly db: Db,
    private readonly cls: ClsService,
    private readonly keys: AuditKeys,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    const em = this.db.em;
    if (!em.queryRunner?.isTransactionActive) {
      throw new DomainError('INTERNAL_ERROR', 'audit entries must be written inside the transaction of the act');
    }
    const ctx = currentContext(this.cls);
    const stream = entry.stream ?? `${entry.subjectType}:${entry.subjectId ?? '-'}`;
    // Never guessed from the actor's first membership: the act names the organisation that allowed it (`actingOrganisationId`), else none.
    const actorOrg = entry.actorOrganisationId ?? null;
    const content: AuditContent = {
      stream,
      seq: 0,
      occurredAt: new Date().toISOString(),
      actorUserId: entry.actorUserId !== undefined ? entry.actorUserId : ctx.actor?.userId ?? null,
      actorOrganisationId: actorOrg,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      reason: entry.reason ?? null,
      requestId: ctx.requestId ?? null,
      ip: ctx.ip ?? null,
      // As the database will give it back (a Date becomes its ISO text…), so the hash verifies.
      details: JSON.parse(JSON.stringify(entry.details ?? {})) as Record<string, unknown>,
    };
    // Lock the stream's head (a new stream gets a seq-0 placeholder first, so concurrent first appends
    // queue on it too), hash in Node, then advance the head and insert the entry in one statement.
    const lockHead = () => rowsOf<{ seq: string; hash: string }>(em, LOCK_HEAD_SQL, [stream]);
    let [head] = await lockHead();
    if (!head) {
      // The placeholder this transaction inserts is its own until it commits (a concurrent first append waits on
      // it, then finds it taken): read back as inserted, no second lock needed. Taken by another meanwhile: lock it.
      [head] = await rowsOf<{ seq: string; hash: string }>(
        em,
        INSERT_HEAD_SQL,
        [stream, GENESIS],
      );
      if (!head) [head] = await lockHead();
    }
    content.seq = Number(head.seq) + 1;
    const { keyId, key } = this.keys.current();
    const hash = entryMac(key, keyId, head.hash, content);
    const inserted = await rowsOf<{ id: string }>(
      em,
      APPEND_SQL,
      [stream, content.occurredAt, content.actorUserId, content.actorOrganisationId, content.action, content.subjectType, content.subjectId,
        content.reason, content.requestId, content.ip, JSON.stringify(content.details), keyId, content.seq, hash, head.hash],
    );
    if (inserted.length !== 1) throw new DomainError('INTERNAL_ERROR', 'the audit stream head moved while locked');
  }
}
