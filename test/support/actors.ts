import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { TestApi } from './app';
import { provisionUser } from './provision';

export const TEST_PASSWORD = 'Test-password-2026!';

/**
 * A fresh organisation with one user, created through the admin API: tests that count rows or lock
 * accounts use their own, so that files running in parallel on the shared database never collide.
 */
export async function createOrgUser(
  api: TestApi,
  org: { kind: string; territories?: string[]; national?: boolean; name?: string; attributes?: Record<string, unknown> },
  role: string,
): Promise<{ organisationId: string; userId: string; email: string }> {
  const admin = await api.as('admin@demo.mnio.test');
  const tag = randomBytes(4).toString('hex');
  const o = await admin
    .post('/api/admin/organisations')
    .send({ kind: org.kind, name: org.name ?? `Test ${org.kind} ${tag}`, national: org.national ?? false, territories: org.territories ?? [], attributes: org.attributes ?? {} });
  if (o.status !== 201) throw new Error(`organisation creation failed: ${o.status} ${o.body.code}`);
  const email = `test.${tag}@test.mnio.test`;
  const u = await provisionUser(api, { email, displayName: `Test ${tag}`, password: TEST_PASSWORD, memberships: [{ organisationId: o.body.id, role }] });
  return { organisationId: o.body.id, userId: u.id, email };
}

/** Signs in a user created with TEST_PASSWORD; returns an agent-like helper. */
export async function signIn(api: TestApi, email: string) {
  await api.tokenFor(email, TEST_PASSWORD);
  return api.as(email);
}

export const httpOf = (api: TestApi) => request(api.app.getHttpServer());

/**
 * The demo data-protection officers (issue 16): the association of territory 93's, who reads its journal of who read
 * what, and the platform's, who reads every organisation's. Both case-blind (`CASE_BLIND_ROLES`).
 */
export const DEMO_DPOS = { association: 'dpo.93@demo.mnio.test', platform: 'dpo@demo.mnio.test' } as const;

/** A fresh data-protection officer of `organisationId` (made as a fixture would, as `dpo` memberships are approved), signed in. */
export async function createDpo(api: TestApi, organisationId: string): Promise<{ userId: string; email: string; agent: Awaited<ReturnType<TestApi['as']>> }> {
  const email = `dpo.${randomBytes(4).toString('hex')}@test.mnio.test`;
  const { id } = await provisionUser(api, { email, displayName: `DPO ${email.slice(4, 12)}`, password: TEST_PASSWORD, memberships: [{ organisationId, role: 'dpo' }] });
  return { userId: id, email, agent: await signIn(api, email) };
}
