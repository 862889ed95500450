import { startApi, TestApi } from '../../support/app';
import { createUser, freshIp, login } from './foundation-helpers';

/**
 * TRUST_PROXY unset (the product's default; the test run otherwise sets `loopback`): X-Forwarded-For is
 * ignored, so a client cannot pick a fresh address for each guess. Only this file's app boots so.
 */
describe('trust proxy off by default', () => {
  let api: TestApi;
  beforeAll(async () => {
    const before = process.env.TRUST_PROXY;
    delete process.env.TRUST_PROXY;
    try {
      api = await startApi();
    } finally {
      if (before !== undefined) process.env.TRUST_PROXY = before;
    }
  });
  afterAll(() => api.close());

  it('reads the client address from the connection, not from X-Forwarded-For', async () => {
    const user = await createUser(api);
    // Each guess claims a new address; all are counted against the one real address.
    for (let i = 0; i < 5; i++) await login(api, user.email, 'wrong', freshIp()).expect(401);
    const res = await login(api, user.email, user.password, freshIp()).expect(429);
    expect(res.body.code).toBe('ACCOUNT_LOCKED');
  }, 60_000);
});
