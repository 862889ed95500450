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

/** SHA-256 over the previous entry's hash and this entry's canonical content. */
export function entryHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/** Hash of an anchor: the previous anchor and the stream heads it seals. */
export function anchorHash(prevHash: string, heads: Record<string, { seq: number; hash: string }>): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(heads)).digest('hex');
}
