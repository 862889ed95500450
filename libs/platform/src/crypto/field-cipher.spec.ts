import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { BlindIndex, DecryptionError, FieldCipher, normaliseForIndex } from './field-cipher';

describe('FieldCipher', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  const cipher = new FieldCipher({ k1 }, 'k1');

  it('round-trips any text, and never stores it in clear', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        const stored = cipher.encrypt(text, 'ctx');
        expect(cipher.decrypt(stored, 'ctx')).toBe(text);
        if (text.length > 3) expect(stored).not.toContain(text);
      }),
    );
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.encrypt('Blessing')).not.toBe(cipher.encrypt('Blessing'));
  });

  it('rejects a tampered ciphertext or tag', () => {
    const stored = cipher.encrypt('Okafor', 'case:1/identity');
    const parts = stored.split('.');
    const ct = Buffer.from(parts[3], 'base64url');
    ct[0] ^= 0x01;
    const tampered = [...parts.slice(0, 3), ct.toString('base64url'), parts[4]].join('.');
    expect(() => cipher.decrypt(tampered, 'case:1/identity')).toThrow(DecryptionError);
    const badTag = [...parts.slice(0, 4), Buffer.alloc(16).toString('base64url')].join('.');
    expect(() => cipher.decrypt(badTag, 'case:1/identity')).toThrow(DecryptionError);
  });

  it('refuses a value moved to another context (row or column)', () => {
    const stored = cipher.encrypt('Okafor', 'case:1/identity');
    expect(() => cipher.decrypt(stored, 'case:2/identity')).toThrow(DecryptionError);
  });

  it('keeps old values readable after key rotation, and writes with the new key', () => {
    const old = cipher.encrypt('Joy');
    const rotated = new FieldCipher({ k2, k1 }, 'k2');
    expect(rotated.decrypt(old)).toBe('Joy');
    expect(FieldCipher.keyIdOf(rotated.encrypt('Joy'))).toBe('k2');
    expect(() => new FieldCipher({ k2 }, 'k2').decrypt(old)).toThrow(DecryptionError);
  });

  it('switches its current key at run time, re-encrypts an old value under it, and refuses retired keys', () => {
    const ring = new FieldCipher({ k1, k2 }, 'k1');
    const old = ring.encrypt('Blessing', 'case:1/identity');
    expect(ring.reencrypt(old, 'case:1/identity')).toBeNull();
    ring.use('k2');
    expect(ring.current).toBe('k2');
    const again = ring.reencrypt(old, 'case:1/identity')!;
    expect(FieldCipher.keyIdOf(again)).toBe('k2');
    expect(ring.decrypt(again, 'case:1/identity')).toBe('Blessing');
    expect(ring.reencrypt(again, 'case:1/identity')).toBeNull();
    // The context still binds: a value re-encrypted under another row's context would not open.
    expect(() => ring.reencrypt(old, 'case:2/identity')).toThrow(DecryptionError);
    ring.use('k2', ['k1']);
    expect(() => ring.decrypt(old, 'case:1/identity')).toThrow(DecryptionError);
    expect(() => ring.use('k9')).toThrow();
    expect(ring.fingerprint('k1')).toBe(new FieldCipher({ k1 }, 'k1').fingerprint('k1'));
    expect(ring.fingerprint('k1')).not.toBe(ring.fingerprint('k2'));
    expect(ring.fingerprint('k1')).not.toContain(k1.toString('base64url').slice(0, 8));
  });

  it('round-trips JSON', () => {
    const value = { lastName: 'Okafor', firstNames: ['Blessing'], contact: { phone: '+33612345678' } };
    expect(cipher.decryptJson(cipher.encryptJson(value))).toEqual(value);
  });
});

describe('BlindIndex', () => {
  const index = new BlindIndex(randomBytes(32));

  it('is stable across case, accents, punctuation and spacing', () => {
    expect(index.compute('Élodie  N’Guessan')).toBe(index.compute('elodie nguessan'));
    expect(index.compute('OKAFOR', 'Blessing')).toBe(index.compute('okafor', 'blessing'));
    expect(normaliseForIndex('  Zoë-Ánne ')).toBe('zoeanne');
  });

  it('distinguishes different names and depends on the key', () => {
    expect(index.compute('Okafor')).not.toBe(index.compute('Okafo'));
    expect(new BlindIndex(randomBytes(32)).compute('Okafor')).not.toBe(index.compute('Okafor'));
    expect(index.compute('a', 'bc')).not.toBe(index.compute('ab', 'c'));
  });

  it('names the key of a digest: bare under the legacy key b1, prefixed under any other', () => {
    const b1 = randomBytes(32);
    const b2 = randomBytes(32);
    const legacy = new BlindIndex(b1);
    const ring = new BlindIndex({ b1, b2 }, 'b1');
    expect(ring.compute('Okafor')).toBe(legacy.compute('Okafor'));
    expect(BlindIndex.keyIdOf(ring.compute('Okafor'))).toBe('b1');
    expect(ring.computeUnder('b2', 'Okafor')).toMatch(/^b2\./);
    expect(BlindIndex.keyIdOf(ring.computeUnder('b2', 'Okafor'))).toBe('b2');
  });

  it('during a rotation writes and looks up under both keys, then only under the new one', () => {
    const ring = new BlindIndex({ b1: randomBytes(32), b2: randomBytes(32) }, 'b1');
    expect(ring.computeForWrite('Okafor')).toEqual([ring.computeUnder('b1', 'Okafor')]);
    ring.use('b2', ['b2', 'b1']);
    expect(ring.computeForWrite('Okafor')).toEqual([ring.computeUnder('b2', 'Okafor'), ring.computeUnder('b1', 'Okafor')]);
    expect(ring.computeForLookup('Okafor')).toEqual(ring.computeForWrite('Okafor'));
    ring.use('b2', ['b2'], ['b1']);
    expect(ring.computeForWrite('Okafor')).toEqual([ring.computeUnder('b2', 'Okafor')]);
    expect(ring.computeForLookup('Okafor')).toEqual([ring.computeUnder('b2', 'Okafor'), ring.computeUnder('b1', 'Okafor')]);
    ring.use('b2');
    expect(ring.computeForLookup('Okafor')).toEqual([ring.computeUnder('b2', 'Okafor')]);
  });

  it('derives a key for one purpose from a digest: stable, exact (no normalisation), never the digest itself', () => {
    const digest = index.compute('Okafor', 'd:1999-04-12');
    const key = index.derive('survey-person', digest);
    expect(index.derive('survey-person', digest)).toBe(key);
    expect(key).not.toBe(digest);
    expect(index.derive('other-purpose', digest)).not.toBe(key);
    expect(index.derive('survey-person', digest.toUpperCase())).not.toBe(key);
    expect(new BlindIndex(randomBytes(32)).derive('survey-person', digest)).not.toBe(key);
  });
});
