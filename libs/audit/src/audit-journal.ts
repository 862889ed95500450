import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { currentContext, DomainError, Tx, TransactionHost } from '@mnio/platform';
import { AuditContent, canonicalContent, GENESIS } from './audit-hash';

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Defaults to `<subjectType>:<subjectId>`: one chain per subject. */
  stream?: string;
  reason?: string | null;
  /** Codes and ids only, never identity. */
  details?: Record<string, unknown>;
  /** Overrides for acts without a signed-in actor (login failures). */
  actorUserId?: string | null;
  actorOrganisationId?: string | null;
}

/**
 * Appends to the journal in the caller's transaction: the entry exists if and only if the act committed.
 * Concurrent appends to one stream queue on its head row (upsert takes the row lock), so a chain never forks;
 * appends to different streams do not wait for each other.
 */
@Injectable()
export class AuditJournal {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly cls: ClsService,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    const em = (this.txHost as Tx).tx;
    if (!em.queryRunner?.isTransactionActive) {
      throw new DomainError('INTERNAL_ERROR', 'audit entries must be written inside the transaction of the act');
    }
    const ctx = currentContext(this.cls);
    const stream = entry.stream ?? `${entry.subjectType}:${entry.subjectId ?? '-'}`;
    const actorOrg = entry.actorOrganisationId !== undefined ? entry.actorOrganisationId : ctx.actor?.memberships[0]?.organisationId ?? null;
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
      details: entry.details ?? {},
    };
    // One round trip: the head upsert locks the stream's head row, advances it and computes the new hash
    // (same bytes as entryHash), and the entry is inserted from what it returns.
    await em.query(
      `WITH h AS (
         INSERT INTO audit_stream_heads AS h (stream, seq, hash, prev_hash)
         VALUES ($1, 1, encode(sha256(convert_to($13 || E'\\n1\\n' || $12, 'UTF8')), 'hex'), $13)
         ON CONFLICT (stream) DO UPDATE SET
           prev_hash = h.hash,
           seq = h.seq + 1,
           hash = encode(sha256(convert_to(h.hash || E'\\n' || (h.seq + 1)::text || E'\\n' || $12, 'UTF8')), 'hex'),
           updated_at = now()
         RETURNING h.seq, h.hash, h.prev_hash
       )
       INSERT INTO audit_entries (stream, seq, occurred_at, actor_user_id, actor_organisation_id, action, subject_type, subject_id,
         reason, request_id, ip, details, prev_hash, hash)
       SELECT $1, h.seq, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, h.prev_hash, h.hash FROM h`,
      [stream, content.occurredAt, content.actorUserId, content.actorOrganisationId, content.action, content.subjectType, content.subjectId,
        content.reason, content.requestId, content.ip, JSON.stringify(content.details), canonicalContent(content), GENESIS],
    );
  }
}
