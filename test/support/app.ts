import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApp } from '../../apps/api/src/configure-app';
import type { Client } from 'pg';
import { DEMO_PASSWORD } from '../../db/seeds/demo';
import { rawDb } from './db';

export interface TestApi {
  app: INestApplication;
  http: TestAgent;
  /** Signs a demo or test user in and returns a bearer header value. */
  tokenFor(email: string, password?: string): Promise<string>;
  as(email: string): Promise<{ get(url: string): request.Test; post(url: string): request.Test; patch(url: string): request.Test; put(url: string): request.Test; delete(url: string): request.Test }>;
  close(): Promise<void>;
}

/** Boots the real API (real PostgreSQL, real Redis) as main.ts does. Close it in afterAll. */
export async function startApi(): Promise<TestApi> {
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  configureApp(app, { docs: true });
  await app.init();
  const http = request.agent(app.getHttpServer());
  const tokens = new Map<string, string>();
  const tokenFor = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
    const cached = tokens.get(email);
    if (cached) return cached;
    const res = await request(app.getHttpServer()).post('/api/auth/login').send({ email, password });
    if (res.status !== 200 || !res.body.accessToken) throw new Error(`login failed for test user: ${res.status} ${res.body?.code}`);
    const bearer = `Bearer ${res.body.accessToken}`;
    tokens.set(email, bearer);
    return bearer;
  };
  return {
    app,
    http,
    tokenFor,
    async as(email: string) {
      const auth = await tokenFor(email);
      const server = app.getHttpServer();
      return {
        get: (url: string) => request(server).get(url).set('Authorization', auth),
        post: (url: string) => request(server).post(url).set('Authorization', auth),
        patch: (url: string) => request(server).patch(url).set('Authorization', auth),
        put: (url: string) => request(server).put(url).set('Authorization', auth),
        delete: (url: string) => request(server).delete(url).set('Authorization', auth),
      };
    },
    close: () => app.close(),
  };
}

/**
 * Boots the API (and, for tests that read behind its back, an owner connection to the run's database) in the
 * calling describe block, and closes both after it: `useApi((a, d) => ((api = a), (db = d)));`
 */
export function useApi(ready: (api: TestApi, db: Client) => void): void {
  let api: TestApi | undefined;
  let db: Client | undefined;
  beforeAll(async () => {
    api = await startApi();
    db = await rawDb();
    ready(api, db);
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
  });
}
