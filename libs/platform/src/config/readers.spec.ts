import { ConfigError, readBool, readDurationMs, readEnum, readInt, readParsed, readString, readUrl } from './readers';

function failure(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('config readers', () => {
  it('take the default when a variable is unset or empty', () => {
    expect(readInt({}, 'N', 7, 1, 10)).toBe(7);
    expect(readInt({ N: '' }, 'N', 7, 1, 10)).toBe(7);
    expect(readBool({ B: '' }, 'B', true)).toBe(true);
    expect(readEnum({}, 'E', ['a', 'b'], 'b')).toBe('b');
    expect(readString({ S: '  ' }, 'S', 'x')).toBe('x');
    expect(readString({}, 'S', undefined)).toBeUndefined();
    expect(readDurationMs({}, 'D', 500, 0, 1000)).toBe(500);
    expect(readUrl({}, 'U', 'redis://h:6379', ['redis:'])).toBe('redis://h:6379');
  });

  it('read good values', () => {
    expect(readInt({ N: ' 10 ' }, 'N', 7, 1, 10)).toBe(10);
    expect(readBool({ B: 'OFF' }, 'B', true)).toBe(false);
    expect(readBool({ B: 'yes' }, 'B', false)).toBe(true);
    expect(readEnum({ E: 'a' }, 'E', ['a', 'b'], 'b')).toBe('a');
    expect(readString({ S: ' 0.0.0.0 ' }, 'S', 'x', { pattern: /^[\d.]+$/, expected: 'an address' })).toBe('0.0.0.0');
    expect(readDurationMs({ D: '250' }, 'D', 500, 0, 3_600_000)).toBe(250);
    expect(readDurationMs({ D: '30s' }, 'D', 500, 0, 3_600_000)).toBe(30_000);
    expect(readDurationMs({ D: '5m' }, 'D', 500, 0, 3_600_000)).toBe(300_000);
    expect(readParsed({ P: 'a,b' }, 'P', '', (raw) => raw.split(','))).toEqual(['a', 'b']);
  });

  it.each([
    ['an integer out of range', () => readInt({ N: '11' }, 'N', 7, 1, 10), 'Invalid configuration: N must be an integer between 1 and 10'],
    ['a number that is not an integer', () => readInt({ N: '2.5' }, 'N', 7, 1, 10), 'Invalid configuration: N must be an integer between 1 and 10'],
    ['an integer in another notation', () => readInt({ N: '1e1' }, 'N', 7, 1, 10), 'Invalid configuration: N must be an integer between 1 and 10'],
    ['a yes/no that is neither', () => readBool({ B: 'maybe' }, 'B', true), 'Invalid configuration: B must be true or false'],
    ['a value outside the list', () => readEnum({ E: 'c' }, 'E', ['a', 'b'], 'b'), 'Invalid configuration: E must be one of a, b'],
    ['a string of the wrong shape', () => readString({ S: 'a b' }, 'S', 'x', { pattern: /^\S+$/, expected: 'one word' }), 'Invalid configuration: S must be one word'],
    ['a duration without a number', () => readDurationMs({ D: 'soon' }, 'D', 500, 100, 1000), 'Invalid configuration: D must be a duration between 100 ms and 1000 ms (a number of milliseconds, or 30s, 5m, 2h, 7d)'],
    ['a duration out of range', () => readDurationMs({ D: '2s' }, 'D', 500, 100, 1000), 'Invalid configuration: D must be a duration between 100 ms and 1000 ms (a number of milliseconds, or 30s, 5m, 2h, 7d)'],
    ['a URL that does not parse', () => readUrl({ U: 'smtp//user:pw@host' }, 'U', 'smtp://h', ['smtp:']), 'Invalid configuration: U is not a valid URL'],
    ['a URL of another protocol', () => readUrl({ U: 'http://user:pw@host' }, 'U', 'smtp://h', ['smtp:', 'smtps:']), 'Invalid configuration: U must use smtp: or smtps:'],
    ['a value its parser refuses', () => readParsed({ P: 'x' }, 'P', '', () => { throw new Error('lists a, b'); }), 'Invalid configuration: P lists a, b'],
    ['a secret its parser refuses', () => readParsed({ P: 'x' }, 'P', '', () => { throw new Error('x'); }, 'a key'), 'Invalid configuration: P must be a key'],
  ] as const)('refuse %s, naming the variable and not echoing the value', (_, read, message) => {
    const e = failure(read);
    expect(e.message).toBe(message);
    expect(e.variable).toMatch(/^[A-Z]$/);
  });
});
