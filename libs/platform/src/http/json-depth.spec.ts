import { jsonDepthExceeds, refuseDeepJson } from './json-depth';

const nested = (n: number, open = '[', close = ']') => open.repeat(n) + close.repeat(n);

describe('JSON depth scan', () => {
  it.each([
    ['{}', 1, false],
    ['{"a":{"b":[1,2,{"c":3}]}}', 4, false],
    [nested(32), 32, false],
    [nested(33), 32, true],
    [nested(100_000, '{"a":', '}'), 32, true],
    ['{"text":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', 2, false],
    ['{"text":"\\"[[[[[[[[[[[[[[","x":[[[]]]}', 4, false],
    ['{"text":"\\\\","x":[[[[]]]]}', 5, false],
    ['{"text":"\\\\","x":[[[[[]]]]]}', 5, true],
  ])('%s (limit %d) → %p', (json, limit, exceeds) => {
    expect(jsonDepthExceeds(Buffer.from(json), limit)).toBe(exceeds);
  });

  it('throws a 400 with a stable code from the body parser hook', () => {
    expect(() => refuseDeepJson(2)(null, null, Buffer.from('[[[1]]]'))).toThrow(expect.objectContaining({ status: 400, code: 'JSON_TOO_DEEP' }));
    expect(() => refuseDeepJson(2)(null, null, Buffer.from('[[1]]'))).not.toThrow();
  });
});
