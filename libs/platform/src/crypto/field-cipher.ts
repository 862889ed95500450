import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Thrown when a value cannot be decrypted: wrong key, or ciphertext altered. Carries no content. */
export class DecryptionError extends Error {
  constructor(reason: string) {
    super(`Field decryption failed: ${reason}`);
  }
}

const VERSION = 'v1';

/**
 * AES-256-GCM for identity fields. A stored value is `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts),
 * so a key can be rotated: new writes use the current key, older values stay readable by their key id.
 * `context` (e.g. the row id and column) is bound as additional authenticated data: a value copied to
 * another row or column does not decrypt.
 */
export class FieldCipher {
  constructor(
    private readonly keys: Record<string, Buffer>,
    private readonly currentKeyId: string,
  ) {
    if (!keys[currentKeyId]) throw new Error('current encryption key missing from key ring');
  }

  encrypt(plaintext: string, context = ''): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys[this.currentKeyId], iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.currentKeyId, iv.toString('base64url'), ct.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
  }

  decrypt(stored: string, context = ''): string {
    const parts = stored.split('.');
    if (parts.length !== 5 || parts[0] !== VERSION) throw new DecryptionError('unknown format');
    const [, keyId, iv, ct, tag] = parts;
    const key = this.keys[keyId];
    if (!key) throw new DecryptionError('unknown key id');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new DecryptionError('authentication failed');
    }
  }

  encryptJson(value: unknown, context = ''): string {
    return this.encrypt(JSON.stringify(value), context);
  }

  decryptJson<T>(stored: string, context = ''): T {
    return JSON.parse(this.decrypt(stored, context)) as T;
  }

  /** Key id a stored value was written with, to find values that still need re-encryption after rotation. */
  static keyIdOf(stored: string): string | undefined {
    return stored.split('.')[1];
  }
}

/**
 * Normalisation for equality search on names: case, accents, punctuation and spacing do not matter,
 * so "Élodie  N'Guessan" and "elodie nguessan" index the same.
 */
export function normaliseForIndex(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`´-]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Keyed blind index (HMAC-SHA-256): equality search without storing or revealing plaintext. */
export class BlindIndex {
  constructor(private readonly key: Buffer) {}

  compute(...parts: string[]): string {
    const mac = createHmac('sha256', this.key);
    mac.update(parts.map(normaliseForIndex).join('\u001f'));
    return mac.digest('base64url');
  }

  /**
   * A key derived for one purpose from a value this index produced (no normalisation): an HMAC under the same key,
   * so that it can be compared with other derived keys of that purpose but never with the stored digests.
   */
  derive(purpose: string, value: string): string {
    return createHmac('sha256', this.key).update(`${purpose}\u001f${value}`).digest('base64url');
  }
}
