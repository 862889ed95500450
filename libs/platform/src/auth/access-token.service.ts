import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { keyFingerprint } from '../crypto/field-cipher';
import { DomainError } from '../errors/domain-error';

export interface AccessClaims {
  sub: string;
  sid: string;
  mfa: boolean;
}

/** The key id of a token signed before key ids existed (no `kid` in its header): the secret given alone. */
export const LEGACY_JWT_KEY_ID = 'j1';

/**
 * Short-lived signed access tokens (HS256, 15 minutes at most). The token carries ids only.
 *
 * The signing secret is a ring (MNIO_JWT_SECRET, `id:secret,…`): tokens name their key in the header's `kid`; the
 * current key signs, every key not retired verifies, so a rotation keeps the tokens already handed out valid until
 * they expire, and a retired key's tokens are refused at once (`key_ring_keys`, read by KeyRingRefresher).
 */
@Injectable()
export class AccessTokenService {
  private readonly services: Record<string, JwtService> = {};
  private currentKeyId: string;
  private readonly retired = new Set<string>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const keys = config.jwtKeys ?? { [LEGACY_JWT_KEY_ID]: config.jwtSecret };
    for (const [id, secret] of Object.entries(keys)) {
      // A KeyObject, not a Buffer: given raw bytes, jsonwebtoken first tries (and fails) to parse them as a
      // public key on every verification, which cost a tenth of the API's CPU under load.
      const key = createSecretKey(secret) as unknown as Buffer;
      this.services[id] = new JwtService({ secret: key, signOptions: { algorithm: 'HS256', issuer: 'mnio', audience: 'mnio-api', keyid: id } });
    }
    this.currentKeyId = config.jwtCurrentKeyId ?? LEGACY_JWT_KEY_ID;
    this.fingerprints = Object.fromEntries(Object.entries(keys).map(([id, k]) => [id, keyFingerprint(k)]));
  }

  private readonly fingerprints: Record<string, string>;

  get ttlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  /** The key id that signs new tokens. */
  get current(): string {
    return this.currentKeyId;
  }

  get keyIds(): string[] {
    return Object.keys(this.services);
  }

  has(keyId: string): boolean {
    return !!this.services[keyId];
  }

  fingerprint(keyId: string): string {
    return this.fingerprints[keyId];
  }

  /** Makes `keyId` sign new tokens and refuses the tokens of the `retired` keys (a rotation). */
  use(keyId: string, retired: readonly string[] = []): void {
    if (!this.services[keyId]) throw new Error('JWT signing key missing from key ring');
    this.currentKeyId = keyId;
    this.retired.clear();
    for (const id of retired) if (id !== keyId) this.retired.add(id);
  }

  sign(claims: AccessClaims, typ = 'access', ttlSeconds = this.config.accessTokenTtlSeconds): string {
    return this.services[this.currentKeyId].sign({ ...claims, typ }, { expiresIn: ttlSeconds });
  }

  verify(token: string, typ = 'access'): AccessClaims {
    const known = this.verified.get(token);
    if (known) return this.stillValid(token, known, typ);
    try {
      const keyId = this.keyIdOf(token);
      const payload = this.services[keyId].verify<AccessClaims & { typ: string; exp: number }>(token, { algorithms: ['HS256'], issuer: 'mnio', audience: 'mnio-api' });
      const entry: VerifiedToken = { keyId, typ: payload.typ, expiresAtMs: payload.exp * 1000, claims: { sub: payload.sub, sid: payload.sid, mfa: payload.mfa } };
      if (this.verified.size >= VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, entry);
      return this.stillValid(token, entry, typ);
    } catch (e) {
      if (e instanceof DomainError) throw e;
      if ((e as Error).name === 'TokenExpiredError') throw new DomainError('TOKEN_EXPIRED', 'Access token expired');
      throw new DomainError('UNAUTHENTICATED', 'Invalid token');
    }
  }

  /**
   * Tokens whose signature and claims (algorithm, issuer, audience) this process already checked, by their exact text:
   * that result cannot change, so a token sent again (the same one for up to 15 minutes, on every request) is not
   * decoded and its HMAC not recomputed. What can change is checked on every use, here: its key retired since, its
   * expiry passed (as jsonwebtoken counts it: expired from the second `exp` on), the type the caller expects.
   */
  private readonly verified = new Map<string, VerifiedToken>();

  private stillValid(token: string, entry: VerifiedToken, typ: string): AccessClaims {
    if (this.retired.has(entry.keyId)) throw new DomainError('UNAUTHENTICATED', 'Invalid token');
    if (Date.now() >= entry.expiresAtMs) {
      this.verified.delete(token);
      throw new DomainError('TOKEN_EXPIRED', 'Access token expired');
    }
    if (entry.typ !== typ) throw new DomainError('UNAUTHENTICATED', 'Invalid token');
    return { ...entry.claims };
  }

  /** The key the token's header names (`kid`; none: the legacy key), if this process holds it and it is not retired. */
  private keyIdOf(token: string): string {
    const header = token.split('.')[0] ?? '';
    let kid: unknown;
    try {
      kid = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { kid?: unknown }).kid;
    } catch {
      throw new DomainError('UNAUTHENTICATED', 'Invalid token');
    }
    const id = kid === undefined ? LEGACY_JWT_KEY_ID : kid;
    if (typeof id !== 'string' || this.retired.has(id) || !Object.hasOwn(this.services, id)) throw new DomainError('UNAUTHENTICATED', 'Invalid token');
    return id;
  }
}

/** Verified tokens remembered (the oldest forgotten first): well above the tokens in use in 15 minutes on one process. */
const VERIFIED_TOKENS = 20_000;

interface VerifiedToken {
  keyId: string;
  typ: string;
  expiresAtMs: number;
  claims: AccessClaims;
}
