import type { Request } from 'express';
import { carriesRefreshCookie, carriesSessionMarker, refreshCookie } from './session-cookie';

const token = '0f8fad5b-d9cb-469f-a165-70867728950e.QUJDREVGR0hJSktMTU5PUFFSU1RVVldY';
const req = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } }) as Request;

describe('the cookies the API reads', () => {
  it('reads the refresh token, the first of its name winning, quotes taken off', () => {
    expect(refreshCookie(req(`a=1; mnio_refresh=${token}; mnio_refresh=other`))).toBe(token);
    expect(refreshCookie(req(`mnio_refresh="${token}"`))).toBe(token);
    expect(refreshCookie(req(` mnio_refresh = ${token} `))).toBe(token);
  });

  it('counts an implausible refresh token as absent, but as named', () => {
    for (const value of ['', 'x', `${token}===`, 'not-a-uuid.QUJDREVGR0hJSktMTU5PUFFSU1RVVldY']) {
      expect(refreshCookie(req(`mnio_refresh=${value}`))).toBeUndefined();
    }
    expect(carriesRefreshCookie(req('mnio_refresh=garbage'))).toBe(true);
    expect(carriesRefreshCookie(req('mnio_refresh'))).toBe(true);
    expect(carriesRefreshCookie(req('xmnio_refresh=1; mnio_refreshx=1'))).toBe(false);
    expect(carriesRefreshCookie(req())).toBe(false);
  });

  it('sees the session marker only as mnio_session=1', () => {
    expect(carriesSessionMarker(req('mnio_session=1'))).toBe(true);
    expect(carriesSessionMarker(req('a=b;  mnio_session = 1 ;c=d'))).toBe(true);
    for (const cookie of ['mnio_session=0', 'mnio_session=', 'mnio_session', 'mnio_session=11', 'xmnio_session=1', 'a=mnio_session=1', '']) {
      expect(carriesSessionMarker(req(cookie))).toBe(false);
    }
  });

  it('reads a header over 8 KiB as no cookie at all', () => {
    const long = `pad=${'x'.repeat(8200)}; mnio_session=1; mnio_refresh=${token}`;
    expect(carriesSessionMarker(req(long))).toBe(false);
    expect(refreshCookie(req(long))).toBeUndefined();
    expect(carriesRefreshCookie(req(long))).toBe(false);
  });
});
