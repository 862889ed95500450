import { randomBytes } from 'node:crypto';
import { loadConfig } from '../config/app-config';
import { AccessTokenService } from './access-token.service';

describe('AccessTokenService key ring', () => {
  const j1 = randomBytes(48).toString('base64');
  const j2 = randomBytes(48).toString('base64');
  const env = (jwt: string) => ({ MNIO_ENCRYPTION_KEY: randomBytes(32).toString('base64'), MNIO_BLIND_INDEX_KEY: randomBytes(32).toString('base64'), MNIO_JWT_SECRET: jwt, MNIO_AUDIT_KEY: randomBytes(32).toString('base64'), MNIO_AUDIT_SIGNING_KEY: randomBytes(32).toString('base64') });
  const claims = { sub: 'u1', sid: 's1', mfa: false };
  const kidOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as { kid?: string }).kid;

  it('names its key in the header and verifies tokens of every key not retired', () => {
    const before = new AccessTokenService(loadConfig(env(j1), '/tmp'));
    const old = before.sign(claims);
    expect(kidOf(old)).toBe('j1');
    const ring = new AccessTokenService(loadConfig(env(`j1:${j1},j2:${j2}`), '/tmp'));
    expect(ring.verify(old)).toEqual(claims);
    ring.use('j2');
    const fresh = ring.sign(claims);
    expect(kidOf(fresh)).toBe('j2');
    expect(ring.verify(fresh)).toEqual(claims);
    expect(ring.verify(old)).toEqual(claims);
    ring.use('j2', ['j1']);
    expect(() => ring.verify(old)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(ring.verify(fresh)).toEqual(claims);
  });

  it('refuses a token whose header names another key than the one that signed it, or an unknown key', () => {
    const ring = new AccessTokenService(loadConfig(env(`j1:${j1},j2:${j2}`), '/tmp'));
    const token = ring.sign(claims);
    const [, payload, sig] = token.split('.');
    const header = (kid: string) => Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid })).toString('base64url');
    expect(() => ring.verify(`${header('j2')}.${payload}.${sig}`)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => ring.verify(`${header('constructor')}.${payload}.${sig}`)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => ring.verify(`not-json.${payload}.${sig}`)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it('checks again, on every use of a token it already verified, its expiry, its key and its type', () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T10:00:00.500Z') });
    try {
      const ring = new AccessTokenService(loadConfig(env(`j1:${j1},j2:${j2}`), '/tmp'));
      const token = ring.sign(claims, 'access', 60);
      expect(ring.verify(token)).toEqual(claims);
      expect(ring.verify(token)).toEqual(claims);
      expect(() => ring.verify(token, 'mfa')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
      jest.setSystemTime(new Date('2026-12-07T10:00:59.999Z'));
      expect(ring.verify(token)).toEqual(claims);
      // jsonwebtoken counts whole seconds: expired from the second `exp` on (10:01:00), as a first verification would say.
      jest.setSystemTime(new Date('2026-12-07T10:01:00.000Z'));
      expect(() => ring.verify(token)).toThrow(expect.objectContaining({ code: 'TOKEN_EXPIRED' }));
      expect(() => new AccessTokenService(loadConfig(env(`j1:${j1},j2:${j2}`), '/tmp')).verify(token)).toThrow(expect.objectContaining({ code: 'TOKEN_EXPIRED' }));
      jest.setSystemTime(new Date('2026-12-07T10:00:10Z'));
      const other = ring.sign({ ...claims, sid: 's2' });
      expect(ring.verify(other)).toEqual({ ...claims, sid: 's2' });
      ring.use('j2', ['j1']);
      expect(() => ring.verify(other)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
      // A token altered by one character is another text: verified afresh, and refused.
      const forged = other.slice(0, -2) + (other.endsWith('AA') ? 'AB' : 'AA');
      ring.use('j1');
      expect(ring.verify(other)).toEqual({ ...claims, sid: 's2' });
      expect(() => ring.verify(forged)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    } finally {
      jest.useRealTimers();
    }
  });
});
