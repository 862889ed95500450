import { acceptedEncodings } from './web-assets';

describe('acceptedEncodings', () => {
  it('reads codings and their weights, `*` for the others, nothing but the identity without a header', () => {
    const chrome = acceptedEncodings('gzip, deflate, br, zstd');
    expect(['br', 'gzip', 'zstd'].map(chrome)).toEqual([true, true, true]);
    expect(chrome('compress')).toBe(false);
    const refusesBrotli = acceptedEncodings('br;q=0, gzip;q=0.8');
    expect([refusesBrotli('br'), refusesBrotli('gzip')]).toEqual([false, true]);
    const star = acceptedEncodings('*;q=0.5, gzip;q=0');
    expect([star('br'), star('gzip')]).toEqual([true, false]);
    expect([acceptedEncodings(undefined)('br'), acceptedEncodings('')('gzip')]).toEqual([false, false]);
    expect(acceptedEncodings('BR ; Q=1')('br')).toBe(true);
    expect(acceptedEncodings('br;q=nonsense')('br')).toBe(false);
  });
});
