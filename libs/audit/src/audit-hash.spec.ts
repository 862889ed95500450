import { AuditContent, canonicalJson, entryHash, GENESIS } from './audit-hash';

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
