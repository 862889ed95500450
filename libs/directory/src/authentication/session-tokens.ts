import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@mnio/platform';

/** A refresh token is `<row id>.<secret>`; only a SHA-256 of the secret is stored. */
export function newRefreshSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function parseRefreshToken(token: string): { id: string; secret: string } | null {
  const m = /^([^.]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(token);
  return m && isUuid(m[1]) ? { id: m[1], secret: m[2] } : null;
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The secret of the token that replaces `<id>.<secret>` at rotation: an HMAC of the presented token under a key
 * of the server's, so that during the grace period the same successor can be handed to a second tab that
 * refreshed with the same token at the same moment, without storing any secret. Whoever holds a token can
 * only obtain its successor through the API, and only within the grace.
 */
export function successorSecret(key: Buffer, id: string, secret: string): string {
  return createHmac('sha256', key).update(`${id}.${secret}`).digest('base64url');
}

/** The successor-derivation key, derived from the JWT secret (never the JWT key itself). */
export function successorKey(jwtSecret: Buffer): Buffer {
  return createHmac('sha256', jwtSecret).update('mnio refresh-token successor v1').digest();
}
