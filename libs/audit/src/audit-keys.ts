import { KeyObject } from 'node:crypto';
import { AppConfig } from '@mnio/platform';
import { publicKeyOf, signingKeyOf, verifyKeyOf } from './audit-hash';

type AuditKeyConfig = Pick<AppConfig, 'auditKeys' | 'auditCurrentKeyId' | 'auditSigningKeys' | 'auditSigningKeyId' | 'auditVerifyKeys'>;

/**
 * The journal's keys, all from the environment (never from the database): the HMAC key ring that keys
 * entry hashes (MNIO_AUDIT_KEY), the Ed25519 key that signs anchors (MNIO_AUDIT_SIGNING_KEY, the worker's)
 * and the public keys that verify them (those of the signing ring and MNIO_AUDIT_VERIFY_KEYS). Old key ids
 * stay in the rings after a rotation, so older entries and anchors still verify.
 */
export class AuditKeys {
  private readonly verifyKeys = new Map<string, KeyObject>();
  private readonly signer?: { keyId: string; key: KeyObject };

  constructor(private readonly config: AuditKeyConfig) {
    for (const [id, raw] of Object.entries(config.auditVerifyKeys)) this.verifyKeys.set(id, verifyKeyOf(raw));
    for (const [id, seed] of Object.entries(config.auditSigningKeys)) this.verifyKeys.set(id, verifyKeyOf(publicKeyOf(seed)));
    if (config.auditSigningKeyId) this.signer = { keyId: config.auditSigningKeyId, key: signingKeyOf(config.auditSigningKeys[config.auditSigningKeyId]) };
  }

  /** The key id and key that hash new entries. */
  current(): { keyId: string; key: Buffer } {
    return { keyId: this.config.auditCurrentKeyId, key: this.config.auditKeys[this.config.auditCurrentKeyId] };
  }

  macKey(keyId: string): Buffer | undefined {
    return Object.prototype.hasOwnProperty.call(this.config.auditKeys, keyId) ? this.config.auditKeys[keyId] : undefined;
  }

  signingKey(): { keyId: string; key: KeyObject } | undefined {
    return this.signer;
  }

  verifyKey(keyId: string): KeyObject | undefined {
    return this.verifyKeys.get(keyId);
  }

  /** `id:base64` of every public key this process can verify with, for MNIO_AUDIT_VERIFY_KEYS elsewhere. */
  publicKeys(): string[] {
    return Object.entries(this.config.auditSigningKeys).map(([id, seed]) => `${id}:${publicKeyOf(seed).toString('base64')}`);
  }
}
