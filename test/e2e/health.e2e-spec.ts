import { startApi, TestApi } from '../support/app';

describe('health and documentation', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('answers liveness without a token', async () => {
    await api.http.get('/health').expect(200, { status: 'ok' });
  });

  it('is ready with PostgreSQL and reports Redis', async () => {
    const res = await api.http.get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
    expect(res.body.info.redis.state).toBe('up');
  });

  it('serves the OpenAPI document generated from the code', async () => {
    const res = await api.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/organisations', '/api/me']));
  });

  it('answers an unknown route with a stable code and a correlation id', async () => {
    const res = await api.http.get('/api/nope').set('X-Request-Id', 'test-correlation-1').expect(404);
    expect(res.body).toEqual({ code: 'ROUTE_NOT_FOUND', message: expect.any(String), correlationId: 'test-correlation-1' });
  });
});
