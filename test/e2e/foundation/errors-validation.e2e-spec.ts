import request from 'supertest';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { ADMIN, expectErrorBody } from './foundation-helpers';

/** Nothing internal may leak: no stack, no SQL, no driver or parser wording, no echoed value. */
function expectNoLeak(res: request.Response, ...secrets: string[]): void {
  const text = JSON.stringify(res.body);
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|\.ts:\d+|node_modules|stack/i);
  expect(text).not.toMatch(/\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b|QueryFailed|relation "|violates|syntax error|postgres|pg_/i);
  expect(text).not.toMatch(/Unexpected token|is not valid JSON|JSON at position/);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('errors and validation', () => {
  let api: TestApi;
  let server: ReturnType<TestApi['app']['getHttpServer']>;
  beforeAll(async () => {
    api = await startApi();
    server = api.app.getHttpServer();
  });
  afterAll(() => api.close());

  it('refuses an unknown field with 400 UNKNOWN_FIELD naming the field, before any sign-in attempt', async () => {
    const res = await request(server).post('/api/auth/login').send({ email: 'asso.93@demo.mnio.test', password: 'Demo-mnio-2026!', role: 'platform_admin' }).expect(400);
    expectErrorBody(res.body, 'UNKNOWN_FIELD', true);
    expect(res.body.details).toEqual({ fields: [{ field: 'role', constraints: ['whitelistValidation'] }] });
    expectNoLeak(res, 'Demo-mnio-2026!', 'platform_admin');
  });

  it('refuses an unknown field in a nested object and in a query string', async () => {
    const admin = await api.as(ADMIN);
    const nested = await admin
      .post('/api/admin/users')
      .send({ email: 'nested@foundation.mnio.test', displayName: 'X', memberships: [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker', admin: true }] })
      .expect(400);
    expectErrorBody(nested.body, 'UNKNOWN_FIELD', true);
    expect(nested.body.details.fields).toEqual([{ field: 'memberships.0.admin', constraints: ['whitelistValidation'] }]);
    const query = await admin.get('/api/organisations').query({ kind: 'association', location: 'x' }).expect(400);
    expectErrorBody(query.body, 'UNKNOWN_FIELD', true);
  });

  it('refuses a wrong type with 400 VALIDATION_FAILED and details.fields, without echoing values', async () => {
    const res = await request(server).post('/api/auth/login').send({ email: ['EMAIL-NOT-ECHOED'], password: { secret: 'VALUE-NOT-ECHOED' } }).expect(400);
    expectErrorBody(res.body, 'VALIDATION_FAILED', true);
    expect(res.body.details.fields).toEqual(
      expect.arrayContaining([
        { field: 'email', constraints: expect.arrayContaining(['isEmail']) },
        { field: 'password', constraints: expect.arrayContaining(['isString']) },
      ]),
    );
    expectNoLeak(res, 'VALUE-NOT-ECHOED', 'EMAIL-NOT-ECHOED');
  });

  it('refuses missing fields and wrong query types', async () => {
    const missing = await request(server).post('/api/auth/login').send({}).expect(400);
    expectErrorBody(missing.body, 'VALIDATION_FAILED', true);
    expect(missing.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'password']);
    const admin = await api.as(ADMIN);
    const limit = await admin.get('/api/admin/users').query({ limit: 'many' }).expect(400);
    expectErrorBody(limit.body, 'VALIDATION_FAILED', true);
    expect(limit.body.details.fields).toEqual([{ field: 'limit', constraints: expect.arrayContaining(['isInt']) }]);
    const status = await admin.patch(`/api/admin/users/${DEMO_ORGS.asso93}`).send({ status: 'deleted' }).expect(400);
    expect(status.body.details.fields).toEqual([{ field: 'status', constraints: ['isIn'] }]);
  });

  it.each([
    ['truncated', '{"email":"a@b.test","password":'],
    ['a bare string', '"Awa Diallo"'],
    ['null', 'null'],
    ['single quotes', "{'email':'a@b.test'}"],
  ])('answers malformed JSON (%s) with 400 MALFORMED_JSON, quoting nothing', async (_label, body) => {
    const res = await request(server).post('/api/auth/login').set('Content-Type', 'application/json').send(body).expect(400);
    expectErrorBody(res.body, 'MALFORMED_JSON');
    expectNoLeak(res, 'Awa Diallo', 'a@b.test');
  });

  it('answers an oversized body with 413 and an unsupported charset with 415, not 500', async () => {
    const big = await request(server).post('/api/auth/login').send({ email: 'a@b.test', password: 'x'.repeat(200_000) }).expect(413);
    expectErrorBody(big.body, 'PAYLOAD_TOO_LARGE');
    const charset = await request(server).post('/api/auth/login').set('Content-Type', 'application/json; charset=latin9').send('{}').expect(415);
    expectErrorBody(charset.body, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a value the database cannot store (a NUL character) with 400, no SQL', async () => {
    const admin = await api.as(ADMIN);
    const body = await admin.post('/api/admin/users').send({ email: 'nul@foundation.mnio.test', displayName: 'Awa\u0000Diallo', memberships: [] }).expect(400);
    expectErrorBody(body.body, 'VALIDATION_FAILED');
    expectNoLeak(body, 'Awa');
    const query = await admin.get('/api/admin/users').query({ cursor: 'a\u0000' }).expect(400);
    expectErrorBody(query.body, 'INVALID_CURSOR');
    // Nor inside a well-formed cursor: it never reaches the database.
    const inside = await admin.get('/api/admin/users').query({ cursor: Buffer.from(JSON.stringify(['a\u0000'])).toString('base64url') }).expect(400);
    expectErrorBody(inside.body, 'INVALID_CURSOR');
    expectNoLeak(inside);
    expectNoLeak(query);
  });

  it('answers a malformed path id like a missing resource (404 NOT_FOUND) and an unknown route with 404 ROUTE_NOT_FOUND, same shape', async () => {
    const admin = await api.as(ADMIN);
    expectErrorBody((await admin.patch('/api/admin/users/1%20OR%201=1').send({ status: 'disabled' }).expect(404)).body, 'NOT_FOUND');
    // One pipe for every path id: the routes that once answered 400 for a malformed id answer like the rest.
    expectErrorBody((await admin.patch(`/api/admin/users/${DEMO_ORGS.asso93}/memberships/not-an-id`).send({ active: false }).expect(404)).body, 'NOT_FOUND');
    expectErrorBody((await admin.post('/api/admin/notifications/dead-letters/not-an-id/replay').expect(404)).body, 'NOT_FOUND');
    expectErrorBody((await admin.patch('/api/notification-webhooks/not-an-id').send({ active: false }).expect(404)).body, 'NOT_FOUND');
    const coordinator = await api.as('coord.93@demo.mnio.test');
    expectErrorBody((await coordinator.post('/api/membership-requests/not-an-id/decision').send({ decision: 'refuse' }).expect(404)).body, 'NOT_FOUND');
    expectErrorBody((await admin.get('/api/admin/nothing-here').expect(404)).body, 'ROUTE_NOT_FOUND');
  });

  it('uses the caller request id as correlation id, and makes one otherwise', async () => {
    const res = await request(server).post('/api/auth/login').set('X-Request-Id', 'corr-abcdef-123').send({}).expect(400);
    expect(res.body.correlationId).toBe('corr-abcdef-123');
    expect(res.headers['x-request-id']).toBe('corr-abcdef-123');
    const bad = await request(server).post('/api/auth/login').set('X-Request-Id', 'not a token <script>').send({}).expect(400);
    expect(bad.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends no-store and hardening headers on errors too', async () => {
    const res = await request(server).get('/api/me').expect(401);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
