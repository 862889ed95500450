import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ApiModule } from '../../../apps/api/src/api.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { expectErrorBody } from './foundation-helpers';

const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

/** Boots the API as main.ts does (no test override of the docs switch), with `env` set during the boot only. */
async function bootWith(env: Record<string, string | undefined>): Promise<INestApplication> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(env);
  try {
    const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
    const app = moduleRef.createNestApplication({ bufferLogs: true });
    configureApp(app, { web: false });
    await app.init();
    return app;
  } finally {
    apply(saved);
  }
}

describe('malformed input never answers 5xx', () => {
  let api: TestApi;
  let server: ReturnType<TestApi['app']['getHttpServer']>;
  beforeAll(async () => {
    api = await startApi();
    server = api.app.getHttpServer();
  });
  afterAll(() => api.close());

  it.each([
    ['sign-in, arrays 40 000 deep', '/api/auth/login', deepArray(40_000)],
    ['sign-in, objects 10 000 deep', '/api/auth/login', deepObject(10_000)],
    ['sign-in, 33 levels in a field', '/api/auth/login', `{"email":${deepArray(33)},"password":"x"}`],
    ['refresh, arrays 5 000 deep', '/api/auth/refresh', deepArray(5_000)],
    ['an unknown route', '/api/nothing-here', deepArray(5_000)],
  ])('refuses a body nested too deep before parsing it: %s → 400 JSON_TOO_DEEP', async (_label, url, body) => {
    const res = await request(server).post(url).set('content-type', 'application/json').send(body).expect(400);
    expectErrorBody(res.body, 'JSON_TOO_DEEP');
  });

  it('refuses a deeply nested case record with 400 before authentication and validation', async () => {
    const worker = await api.as('asso.93@demo.mnio.test');
    const body = JSON.stringify({ ...caseBody(), identity: JSON.parse(deepObject(500)) });
    const res = await worker.post('/api/cases').set('content-type', 'application/json').send(body).expect(400);
    expectErrorBody(res.body, 'JSON_TOO_DEEP');
    const unauthenticated = await request(server).post('/api/cases').set('content-type', 'application/json').send(deepArray(50_000)).expect(400);
    expectErrorBody(unauthenticated.body, 'JSON_TOO_DEEP');
  });

  it('still accepts brackets inside strings and ordinary nesting', async () => {
    const res = await request(server).post('/api/auth/login').send({ email: 'nobody@foundation.mnio.test', password: '['.repeat(200) }).expect(401);
    expectErrorBody(res.body, 'INVALID_CREDENTIALS');
  });

  it.each([
    ['identity', (b: Record<string, unknown>) => delete b.identity],
    ['identity', (b: Record<string, unknown>) => (b.identity = null)],
    ['identity', (b: Record<string, unknown>) => (b.identity = 'Awa Diallo')],
    ['identity', (b: Record<string, unknown>) => (b.identity = [])],
    ['danger', (b: Record<string, unknown>) => delete b.danger],
    ['identity.contact', (b: Record<string, unknown>) => ((b.identity as Record<string, unknown>).contact = 'phone')],
  ])('answers a case without a proper %s object with 400 naming the field', async (field, mutate) => {
    const worker = await api.as('asso.93@demo.mnio.test');
    const body = caseBody() as unknown as Record<string, unknown>;
    mutate(body);
    const res = await worker.post('/api/cases').send(body);
    expect(res.status).toBe(400);
    expectErrorBody(res.body, 'VALIDATION_FAILED', true);
    expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(JSON.stringify(res.body)).not.toContain('Awa Diallo');
  });
});

describe('the OpenAPI document and page', () => {
  it('are off in production unless MNIO_OPENAPI=on', async () => {
    const production = await bootWith({ NODE_ENV: 'production', MNIO_OPENAPI: undefined });
    try {
      expectErrorBody((await request(production.getHttpServer()).get('/api/docs-json').expect(404)).body, 'ROUTE_NOT_FOUND');
      await request(production.getHttpServer()).get('/api/docs').expect(404);
    } finally {
      await production.close();
    }
    const opened = await bootWith({ NODE_ENV: 'production', MNIO_OPENAPI: 'on' });
    try {
      const doc = await request(opened.getHttpServer()).get('/api/docs-json').expect(200);
      expect(doc.body.paths['/api/auth/login']).toHaveProperty('post');
    } finally {
      await opened.close();
    }
  }, 60_000);

  it('are on outside production, off with MNIO_OPENAPI=off', async () => {
    const off = await bootWith({ MNIO_OPENAPI: 'off' });
    try {
      await request(off.getHttpServer()).get('/api/docs-json').expect(404);
    } finally {
      await off.close();
    }
    const dev = await bootWith({ MNIO_OPENAPI: undefined });
    try {
      await request(dev.getHttpServer()).get('/api/docs-json').expect(200);
    } finally {
      await dev.close();
    }
  }, 60_000);
});
