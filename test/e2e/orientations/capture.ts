import { Test } from '@nestjs/testing';
import type { NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { PARAMS_PROVIDER_TOKEN } from 'nestjs-pino';
import { pinoParams } from '@mnio/platform';
import { ApiModule } from '../../../apps/api/src/api.module';
import { configureApp } from '../../../apps/api/src/configure-app';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import type { TestApi } from '../../support/app';

export interface SeenResponse {
  method: string;
  url: string;
  status: number;
  authorization: string | undefined;
  body: string;
}

/**
 * The real API, as startApi boots it, but logging at `debug` into memory (pino's own destination stream)
 * and keeping every response body it sends, so a test can look for a value in everything the app said.
 */
export async function startCapturingApi(): Promise<TestApi & { logs: string[]; responses: SeenResponse[]; bearer(email: string): Promise<string> }> {
  const logs: string[] = [];
  const responses: SeenResponse[] = [];
  const params = pinoParams('debug', 'mnio');
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] })
    .overrideProvider(PARAMS_PROVIDER_TOKEN)
    .useValue({ ...params, pinoHttp: [params.pinoHttp, { write: (line: string) => void logs.push(line) }] })
    .compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown) => {
      if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) chunks.push(Buffer.from(chunk));
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk), write(chunk, ...rest))) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk);
      responses.push({ method: req.method, url: req.originalUrl, status: res.statusCode, authorization: req.headers.authorization, body: Buffer.concat(chunks).toString('utf8') });
      return end(chunk, ...rest);
    }) as Response['end'];
    next();
  });
  configureApp(app, { docs: false });
  await app.init();
  const server = app.getHttpServer();
  const tokens = new Map<string, string>();
  const tokenFor = async (email: string, password = DEMO_PASSWORD): Promise<string> => {
    const cached = tokens.get(email);
    if (cached) return cached;
    const res = await request(server).post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login failed for test user: ${res.status} ${res.body?.code}`);
    tokens.set(email, `Bearer ${res.body.accessToken}`);
    return tokens.get(email)!;
  };
  return {
    app,
    http: request.agent(server),
    tokenFor,
    bearer: (email: string) => tokenFor(email),
    async as(email: string) {
      const auth = await tokenFor(email);
      return {
        get: (url: string) => request(server).get(url).set('Authorization', auth),
        post: (url: string) => request(server).post(url).set('Authorization', auth),
        patch: (url: string) => request(server).patch(url).set('Authorization', auth),
        put: (url: string) => request(server).put(url).set('Authorization', auth),
        delete: (url: string) => request(server).delete(url).set('Authorization', auth),
      };
    },
    close: () => app.close(),
    logs,
    responses,
  };
}
