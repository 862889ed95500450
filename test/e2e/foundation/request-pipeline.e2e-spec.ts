import type { ApplicationConfig } from '@nestjs/core';
import request from 'supertest';
import type { Client } from 'pg';
import { AuthGuard, PoliciesGuard } from '@mnio/platform';
import { TestApi, useApi } from '../../support/app';
import { caseBody } from '../../support/cases';

/**
 * `configureApp` drops the no-op global interceptor and guard that nestjs-cls registers without mounting them (issue 17:
 * Nest ran its interceptor chain on every request for nothing). What must still hold: the application's own guards
 * run, and the request's context (request id, actor) still reaches the audit journal through nestjs-cls's middleware.
 */
describe('request pipeline', () => {
  let api: TestApi;
  let db: Client;
  useApi((a, d) => ((api = a), (db = d)));

  it('keeps no global interceptor and only the application guards (authentication, then policies)', () => {
    const config = (api.app as unknown as { config: ApplicationConfig }).config;
    expect(config.getGlobalInterceptors()).toEqual([]);
    expect(config.getGlobalGuards().map((g) => g.constructor)).toEqual([AuthGuard, PoliciesGuard]);
  });

  it('still refuses a request without a token, and one the policies refuse', async () => {
    await request(api.app.getHttpServer()).post('/api/cases').send(caseBody()).expect(401);
    const admin = await api.as('admin@demo.mnio.test');
    await admin.post('/api/cases').send(caseBody()).expect(403);
  });

  it("still carries the request's id and actor into the audit entry of a write", async () => {
    const worker = await api.as('asso.93@demo.mnio.test');
    const res = await worker.post('/api/cases').set('X-Request-Id', 'pipeline-check-0001').send(caseBody()).expect(201);
    const { rows } = await db.query<{ request_id: string; actor_user_id: string | null }>(`SELECT request_id, actor_user_id FROM audit_entries WHERE subject_id = $1 AND action = 'case.created'`, [res.body.id]);
    expect(rows).toEqual([{ request_id: 'pipeline-check-0001', actor_user_id: expect.any(String) }]);
  });
});
