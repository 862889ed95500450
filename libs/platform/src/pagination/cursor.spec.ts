import { DomainError, statusOf } from '../errors/domain-error';
import { keysetCursor } from './cursor';

const ID = '0b7e6a52-3c1d-4e8f-9a2b-1c3d5e7f9a0b';
const expectInvalid = (fn: () => unknown) => {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('INVALID_CURSOR');
  expect(statusOf('INVALID_CURSOR')).toBe(400);
};

describe('keysetCursor', () => {
  const byCreation = keysetCursor('timestamp', 'uuid');

  it('round-trips a sort key, opaque and URL-safe', () => {
    const cursor = byCreation.encode(['2026-12-06 16:17:10.123456+00', ID]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(ID);
    expect(byCreation.decode(cursor)).toEqual(['2026-12-06 16:17:10.123456+00', ID]);
  });

  it('round-trips every kind of part', () => {
    const all = keysetCursor('date', 'int', 'text', 'uuid', 'timestamp');
    const values: [string, number, string, string, string] = ['2026-02-28', 42, 'Zoé.Martin@example.org', ID, '2026-03-29T01:30:00+02:00'];
    expect(all.decode(all.encode(values))).toEqual(values);
  });

  it('has no cursor for no cursor', () => {
    expect(byCreation.decode(undefined)).toBeUndefined();
    expect(byCreation.decode('')).toBeUndefined();
  });

  it('answers INVALID_CURSOR for garbage', () => {
    for (const raw of ['abc', 'not a cursor', '%%%', '....', 'bm90LWEtY3Vyc29y' /* "not-a-cursor" */, 'x'.repeat(700)]) {
      expectInvalid(() => byCreation.decode(raw));
    }
  });

  it('answers INVALID_CURSOR for a tampered cursor', () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const cases = [
      b64(['2026-12-06 16:17:10+00']), // a part missing
      b64(['2026-12-06 16:17:10+00', ID, 'extra']), // a part too many
      b64([ID, '2026-12-06 16:17:10+00']), // parts swapped
      b64(['2026-12-06 16:17:10+00', 'not-a-uuid-but-thirty-six-chars-long']),
      b64(['2026-12-06 16:17:10+00', `${ID}' OR 1=1 --`]),
      b64(['2026-13-45 16:17:10+00', ID]), // no such day
      b64(['yesterday', ID]),
      b64(['2026-12-06 25:17:10+00', ID]), // no such hour
      b64({ at: '2026-12-06 16:17:10+00', id: ID }), // an object, not the tuple
      b64(null),
    ];
    for (const raw of cases) expectInvalid(() => byCreation.decode(raw));
    // A valid cursor with one character changed no longer decodes to the list's shape.
    const good = byCreation.encode(['2026-12-06 16:17:10.5+00', ID]);
    expectInvalid(() => byCreation.decode(`${good.slice(0, 5)}${good[5] === 'A' ? 'B' : 'A'}${good.slice(6)}`));
  });

  it('refuses a cursor of another list shape', () => {
    const byDue = keysetCursor('date', 'uuid');
    expectInvalid(() => byDue.decode(byCreation.encode(['2026-12-06 16:17:10+00', ID])));
    const bySeq = keysetCursor('int');
    expectInvalid(() => bySeq.decode(Buffer.from(JSON.stringify([-1])).toString('base64url')));
    expectInvalid(() => bySeq.decode(Buffer.from(JSON.stringify([1.5])).toString('base64url')));
    expectInvalid(() => bySeq.decode(Buffer.from(JSON.stringify(['7'])).toString('base64url')));
    const byEmail = keysetCursor('text');
    expectInvalid(() => byEmail.decode(Buffer.from(JSON.stringify(['a\u0000b'])).toString('base64url')));
    expectInvalid(() => byEmail.decode(Buffer.from(JSON.stringify([''])).toString('base64url')));
  });

  it('refuses to encode values of the wrong shape (a programming error, not a client one)', () => {
    expect(() => byCreation.encode(['2026-12-06', ID])).toThrow(/do not match/);
  });

  it('gives the next cursor from the last row of a full page only', () => {
    const rows = [{ at: '2026-12-06 10:00:00+00', id: ID }, { at: '2026-12-05 10:00:00+00', id: ID }, { at: '2026-12-04 10:00:00+00', id: ID }];
    const key = (r: (typeof rows)[number]): [string, string] => [r.at, r.id];
    expect(byCreation.decode(byCreation.next(rows, 2, key)!)).toEqual(['2026-12-05 10:00:00+00', ID]);
    expect(byCreation.next(rows, 3, key)).toBeNull();
    expect(byCreation.next(rows.slice(0, 2), 2, key)).toBeNull();
  });
});
