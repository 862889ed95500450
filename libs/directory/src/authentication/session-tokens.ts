import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
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
