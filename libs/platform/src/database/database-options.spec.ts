import { databaseOptions, SESSION_OPTIONS } from './database-options';

describe('databaseOptions', () => {
  it('opens every connection of the pool with JIT off (issue 17: a compiled duplicate search cost 47 ms a creation)', () => {
    const options = databaseOptions('postgres://x@127.0.0.1/db', 7) as { extra: { options: string; max: number } };
    expect(SESSION_OPTIONS).toMatch(/(^|\s)-c jit=off(\s|$)/);
    expect(options.extra).toMatchObject({ options: SESSION_OPTIONS, max: 7 });
  });
});
