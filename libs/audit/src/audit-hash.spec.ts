import { randomBytes } from 'node:crypto';
import {
  anchorHash, anchorSignatureValid, AuditContent, canonicalJson, entryHash, entryMac, GENESIS, publicKeyOf, signAnchor, signingKeyOf, SignedAnchorFields, verifyKeyOf,
} from './audit-hash';

const content: AuditContent = {
  stream: 'case:1', seq: 1, occurredAt: '2026-01-01T00:00:00.000Z', actorUserId: 'u', actorOrganisationId: 'o', action: 'case.read_identity',
  subjectType: 'case', subjectId: '1', reason: null, requestId: 'r', ip: '127.0.0.1', details: { b: 1, a: [2, { d: 1, c: 2 }] },
};

describe('audit hash', () => {
  it('canonical JSON sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: 1, c: [{ f: 1, e: 2 }] } })).toBe('{"a":{"c":[{"e":2,"f":1}],"d":1},"b":1}');
  });

  it('is stable for the same content and changes with any field or the previous hash', () => {
    const h = entryHash(GENESIS, content);
    expect(entryHash(GENESIS, { ...content, details: { a: [2, { c: 2, d: 1 }], b: 1 } })).toBe(h);
    expect(entryHash(GENESIS, { ...content, action: 'case.update' })).not.toBe(h);
    expect(entryHash(h, content)).not.toBe(h);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('keyed entry hash (HMAC-SHA-256)', () => {
  const key = randomBytes(32);

  it('is stable for the same key, key id, previous hash and content (key order aside)', () => {
    const mac = entryMac(key, 'a1', GENESIS, content);
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    expect(entryMac(Buffer.from(key), 'a1', GENESIS, { ...content, details: { a: [2, { c: 2, d: 1 }], b: 1 } })).toBe(mac);
  });

  it('cannot be recomputed without the key: another key, a plain SHA-256 or another key id give another hash', () => {
    const mac = entryMac(key, 'a1', GENESIS, content);
    expect(entryMac(randomBytes(32), 'a1', GENESIS, content)).not.toBe(mac);
    expect(entryHash(GENESIS, content)).not.toBe(mac);
    expect(entryMac(key, 'a2', GENESIS, content)).not.toBe(mac);
  });

  it.each<[string, Partial<AuditContent>]>([
    ['seq', { seq: 2 }],
    ['stream', { stream: 'case:2' }],
    ['occurredAt', { occurredAt: '2026-01-01T00:00:00.001Z' }],
    ['actorUserId', { actorUserId: null }],
    ['actorOrganisationId', { actorOrganisationId: 'p' }],
    ['action', { action: 'case.nothing' }],
    ['subjectId', { subjectId: '2' }],
    ['reason', { reason: 'x' }],
    ['requestId', { requestId: 's' }],
    ['ip', { ip: '10.0.0.1' }],
    ['details', { details: { b: 2, a: [2, { d: 1, c: 2 }] } }],
  ])('changes with %s', (_field, change) => {
    expect(entryMac(key, 'a1', GENESIS, { ...content, ...change })).not.toBe(entryMac(key, 'a1', GENESIS, content));
  });

  it('changes with the previous hash (the chain)', () => {
    expect(entryMac(key, 'a1', 'f'.repeat(64), content)).not.toBe(entryMac(key, 'a1', GENESIS, content));
  });
});

describe('anchor signature (Ed25519)', () => {
  const seed = randomBytes(32);
  const heads = { 'case:1': { seq: 3, hash: 'a'.repeat(64) } };
  const fields: SignedAnchorFields = { id: '7', anchoredAt: '2026-01-01T00:01:00.000Z', prevHash: GENESIS, hash: anchorHash(GENESIS, heads), keyId: 's1' };

  it('verifies with the public key derived from the seed, and with that key given as raw bytes', () => {
    const signature = signAnchor(signingKeyOf(seed), fields);
    expect(Buffer.from(signature, 'base64')).toHaveLength(64);
    expect(publicKeyOf(seed)).toHaveLength(32);
    expect(anchorSignatureValid(verifyKeyOf(publicKeyOf(seed)), fields, signature)).toBe(true);
  });

  it.each<[string, Partial<SignedAnchorFields>]>([
    ['id', { id: '8' }],
    ['anchoredAt', { anchoredAt: '2026-01-01T00:02:00.000Z' }],
    ['prevHash', { prevHash: 'b'.repeat(64) }],
    ['hash', { hash: anchorHash(GENESIS, { 'case:1': { seq: 2, hash: 'a'.repeat(64) } }) }],
    ['keyId', { keyId: 's2' }],
  ])('fails when %s changed', (_field, change) => {
    const signature = signAnchor(signingKeyOf(seed), fields);
    expect(anchorSignatureValid(verifyKeyOf(publicKeyOf(seed)), { ...fields, ...change }, signature)).toBe(false);
  });

  it('fails with another key, and on a malformed signature without throwing', () => {
    const signature = signAnchor(signingKeyOf(seed), fields);
    expect(anchorSignatureValid(verifyKeyOf(publicKeyOf(randomBytes(32))), fields, signature)).toBe(false);
    expect(anchorSignatureValid(verifyKeyOf(publicKeyOf(seed)), fields, 'not base64 at all!')).toBe(false);
    expect(anchorSignatureValid(verifyKeyOf(publicKeyOf(seed)), fields, '')).toBe(false);
  });

  it('the anchor hash covers the previous anchor and every sealed head', () => {
    const h = anchorHash(GENESIS, heads);
    expect(anchorHash(GENESIS, { ...heads })).toBe(h);
    expect(anchorHash('c'.repeat(64), heads)).not.toBe(h);
    expect(anchorHash(GENESIS, { ...heads, 'case:2': { seq: 1, hash: 'b'.repeat(64) } })).not.toBe(h);
  });
});
