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
  /** Key ids that no longer decrypt (retired after a rotation, `key_ring_keys`). */
  private readonly retired = new Set<string>();

  constructor(
    private readonly keys: Record<string, Buffer>,
    private currentKeyId: string,
  ) {
    if (!keys[currentKeyId]) throw new Error('current encryption key missing from key ring');
  }

  /** The key id new values are written with. */
  get current(): string {
    return this.currentKeyId;
  }

  /** Key ids this process holds (MNIO_ENCRYPTION_KEY), retired ones included. */
  get keyIds(): string[] {
    return Object.keys(this.keys);
  }

  has(keyId: string): boolean {
    return !!this.keys[keyId];
  }

  /** A short public tag of a key's material (an HMAC under the key): tells two processes hold the same key under one id. */
  fingerprint(keyId: string): string {
    return keyFingerprint(this.keys[keyId]);
  }

  /** Makes `keyId` current for new values (a rotation), and the `retired` ones unreadable. */
  use(keyId: string, retired: readonly string[] = []): void {
    if (!this.keys[keyId]) throw new Error('encryption key missing from key ring');
    this.currentKeyId = keyId;
    this.retired.clear();
    for (const id of retired) if (id !== keyId) this.retired.add(id);
  }

  /** The value under the current key (same clear text, same context, fresh IV), or `null` when it already is. */
  reencrypt(stored: string, context = ''): string | null {
    if (FieldCipher.keyIdOf(stored) === this.currentKeyId) return null;
    return this.encrypt(this.decrypt(stored, context), context);
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
    const key = this.retired.has(keyId) ? undefined : this.keys[keyId];
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

/** A short public tag of a key's material: an HMAC under the key of a fixed label, which reveals nothing of the key. */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('mnio key fingerprint v1').digest('base64url').slice(0, 16);
}

/** The blind-index key id whose digests carry no prefix: the key that existed before key ids (given alone, it gets this id). */
export const LEGACY_BLIND_INDEX_KEY_ID = 'b1';

/**
 * Keyed blind index (HMAC-SHA-256): equality search without storing or revealing plaintext.
 *
 * A key ring, for rotation (ADR 0008): digests under the legacy key `b1` are bare (as before key ids), digests under
 * any other key are `<keyId>.<digest>`, so a stored digest tells its key. During a rotation writes store digests under
 * every key still `written` (the new current one and the previous one), and lookups try every key not retired, so
 * duplicate detection and search by name keep working while the worker recomputes the stored digests.
 */
export class BlindIndex {
  private readonly keys: Record<string, Buffer>;
  private currentKeyId: string;
  private written: string[];
  private lookedUp: string[];

  constructor(keys: Buffer | Record<string, Buffer>, currentKeyId = LEGACY_BLIND_INDEX_KEY_ID) {
    this.keys = Buffer.isBuffer(keys) ? { [currentKeyId]: keys } : keys;
    if (!this.keys[currentKeyId]) throw new Error('current blind-index key missing from key ring');
    this.currentKeyId = currentKeyId;
    this.written = [currentKeyId];
    this.lookedUp = [currentKeyId];
  }

  get current(): string {
    return this.currentKeyId;
  }

  get keyIds(): string[] {
    return Object.keys(this.keys);
  }

  has(keyId: string): boolean {
    return !!this.keys[keyId];
  }

  fingerprint(keyId: string): string {
    return keyFingerprint(this.keys[keyId]);
  }

  /**
   * The ring's state during a rotation: `current` computes `compute()`; `written` (current first) are the keys new rows
   * store digests under; `lookedUp` the keys searches try. Keys this process does not hold are skipped.
   */
  use(current: string, written: readonly string[] = [current], lookedUp: readonly string[] = written): void {
    if (!this.keys[current]) throw new Error('blind-index key missing from key ring');
    this.currentKeyId = current;
    this.written = [current, ...written.filter((k) => k !== current && this.keys[k])];
    this.lookedUp = [...new Set([...this.written, ...lookedUp.filter((k) => this.keys[k])])];
  }

  /** The digest under the current key. */
  compute(...parts: string[]): string {
    return this.computeUnder(this.currentKeyId, ...parts);
  }

  /** The digest under one key of the ring (the worker's recompute). */
  computeUnder(keyId: string, ...parts: string[]): string {
    const key = this.keys[keyId];
    if (!key) throw new Error('blind-index key missing from key ring');
    const mac = createHmac('sha256', key);
    mac.update(parts.map(normaliseForIndex).join('\u001f'));
    const digest = mac.digest('base64url');
    return keyId === LEGACY_BLIND_INDEX_KEY_ID ? digest : `${keyId}.${digest}`;
  }

  /** The digests a new row stores: one per key written (two during a rotation). */
  computeForWrite(...parts: string[]): string[] {
    return this.written.map((k) => this.computeUnder(k, ...parts));
  }

  /** The digests a search tries: one per key not retired that this process holds. */
  computeForLookup(...parts: string[]): string[] {
    return this.lookedUp.map((k) => this.computeUnder(k, ...parts));
  }

  /** The key id a stored digest was computed under. */
  static keyIdOf(digest: string): string {
    const dot = digest.indexOf('.');
    return dot < 0 ? LEGACY_BLIND_INDEX_KEY_ID : digest.slice(0, dot);
  }

  /**
   * A key derived for one purpose from a value this index produced (no normalisation): an HMAC under the same key,
   * so that it can be compared with other derived keys of that purpose but never with the stored digests.
   */
  derive(purpose: string, value: string): string {
    // The digest's key is dropped: a case's digests under two keys (mid-rotation) derive under the current key alone.
    return createHmac('sha256', this.keys[this.currentKeyId]).update(`${purpose}\u001f${value}`).digest('base64url');
  }
}
