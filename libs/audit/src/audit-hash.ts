import { createHash } from 'node:crypto';

/** The fields an audit entry's hash covers, in a fixed order. */
export interface AuditContent {
  stream: string;
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  reason: string | null;
  requestId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export const GENESIS = '0'.repeat(64);

/** Canonical JSON: keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The canonical text of an entry without its sequence number (which the database assigns). */
export function canonicalContent(content: AuditContent): string {
  const { seq: _seq, ...rest } = content;
  return canonicalJson(rest);
}

/**
 * SHA-256 over `previous hash \n seq \n canonical content`. The same bytes are hashed by PostgreSQL's
 * sha256() when the journal appends in one statement (audit-journal.ts), so both sides must agree.
 */
export function entryHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(`${prevHash}\n${content.seq}\n${canonicalContent(content)}`, 'utf8').digest('hex');
}

/** Hash of an anchor: the previous anchor and the stream heads it seals. */
export function anchorHash(prevHash: string, heads: Record<string, { seq: number; hash: string }>): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(heads)).digest('hex');
}
