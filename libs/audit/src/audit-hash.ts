import { createHash, createHmac, createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

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

/** The bytes an entry's hash covers: `previous hash \n seq \n canonical content`. */
function entryText(prevHash: string, content: AuditContent): string {
  return `${prevHash}\n${content.seq}\n${canonicalContent(content)}`;
}

/**
 * Plain SHA-256 of an entry: how entries were hashed before the journal was keyed (their `key_id` is null).
 * Anyone can recompute it, so the verifier accepts it only for entries sealed by a signed anchor.
 */
export function entryHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(entryText(prevHash, content), 'utf8').digest('hex');
}

/**
 * Keyed hash of an entry: HMAC-SHA-256 under the journal key `keyId` (MNIO_AUDIT_KEY), over the key id and
 * the same bytes as `entryHash`. Computed in Node: the key never reaches the database or its logs, so
 * whoever can write the database cannot recompute a chain.
 */
export function entryMac(key: Buffer, keyId: string, prevHash: string, content: AuditContent): string {
  return createHmac('sha256', key).update(`mnio-audit-entry-v1\n${keyId}\n${entryText(prevHash, content)}`, 'utf8').digest('hex');
}

/** Hash of an anchor: the previous anchor and the stream heads it seals. */
export function anchorHash(prevHash: string, heads: Record<string, { seq: number; hash: string }>): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(heads)).digest('hex');
}

/** What an anchor's signature covers. `hash` already covers the previous anchor and the heads sealed. */
export interface SignedAnchorFields {
  id: string;
  anchoredAt: string;
  prevHash: string;
  hash: string;
  keyId: string;
}

export function anchorSigningText(a: SignedAnchorFields): string {
  return `mnio-audit-anchor-v1\n${canonicalJson({ id: a.id, anchoredAt: a.anchoredAt, prevHash: a.prevHash, hash: a.hash, keyId: a.keyId })}`;
}

// DER prefixes that wrap a raw 32-byte Ed25519 seed (PKCS#8) or public key (SPKI).
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const ED25519_SPKI = Buffer.from('302a300506032b6570032100', 'hex');

/** The Ed25519 private key of a 32-byte seed (what MNIO_AUDIT_SIGNING_KEY holds). */
export function signingKeyOf(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8, seed]), format: 'der', type: 'pkcs8' });
}

/** The raw 32-byte Ed25519 public key of a seed (what MNIO_AUDIT_VERIFY_KEYS holds). */
export function publicKeyOf(seed: Buffer): Buffer {
  return createPublicKey(signingKeyOf(seed)).export({ format: 'der', type: 'spki' }).subarray(ED25519_SPKI.length);
}

export function verifyKeyOf(raw: Buffer): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI, raw]), format: 'der', type: 'spki' });
}

/** Ed25519 signature of an anchor, base64. */
export function signAnchor(privateKey: KeyObject, a: SignedAnchorFields): string {
  return sign(null, Buffer.from(anchorSigningText(a), 'utf8'), privateKey).toString('base64');
}

export function anchorSignatureValid(publicKey: KeyObject, a: SignedAnchorFields, signature: string): boolean {
  try {
    return verify(null, Buffer.from(anchorSigningText(a), 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
