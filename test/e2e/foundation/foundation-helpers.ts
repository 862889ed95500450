import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { TOTP } from 'otpauth';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import type { TestApi } from '../../support/app';
import { provisionUser } from '../../support/provision';

export const ADMIN = 'admin@demo.mnio.test';
export const TEST_PASSWORD = 'Foundation-test-2026!';

/**
 * A made-up client address for one test. Every failing login in these tests sends its own address
 * (the API trusts X-Forwarded-For from loopback), so the loopback address other test files sign in
 * from never fills up its per-IP failure budget.
 */
export function freshIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export interface FreshUser {
  id: string;
  email: string;
  password: string;
}

/** Creates a user (enrolment link, then the operator's grants), so demo accounts are never locked, disabled or enrolled. */
export async function createUser(
  api: TestApi,
  memberships: { organisationId: string; role: string; territories?: string[] }[] = [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }],
): Promise<FreshUser> {
  const email = `t-${randomUUID().slice(0, 12)}@foundation.mnio.test`;
  const { id } = await provisionUser(api, { email, displayName: 'Test user', password: TEST_PASSWORD, memberships });
  return { id, email, password: TEST_PASSWORD };
}

export function login(api: TestApi, email: string, password: string, ip = freshIp()): request.Test {
  return request(api.app.getHttpServer()).post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
}

/** A fresh request (not the shared agent) with an optional bearer token. */
export function call(api: TestApi, method: 'get' | 'post' | 'patch', url: string, accessToken?: string): request.Test {
  const req = request(api.app.getHttpServer())[method](url);
  return accessToken ? req.set('Authorization', `Bearer ${accessToken}`) : req;
}

export function totpCode(secret: string, timestamp = Date.now()): string {
  return new TOTP({ issuer: 'mnio', secret }).generate({ timestamp });
}

/** The code of the next time step: the current one is spent once a code of it was accepted. */
export function nextTotpCode(secret: string): string {
  return totpCode(secret, Date.now() + 30_000);
}

/** A valid six-digit code that is none of the codes accepted around now (window ±1 step). */
export function wrongTotpCode(secret: string): string {
  const totp = new TOTP({ issuer: 'mnio', secret });
  const accepted = new Set([-30_000, 0, 30_000].map((d) => totp.generate({ timestamp: Date.now() + d })));
  let code = '000000';
  for (let n = 0; accepted.has(code); n++) code = String(n).padStart(6, '0');
  return code;
}

/** Exactly the error body every failure must have: nothing more, nothing less. */
export function expectErrorBody(body: Record<string, unknown>, code: string, withDetails = false): void {
  expect(Object.keys(body).sort()).toEqual(withDetails ? ['code', 'correlationId', 'details', 'message'] : ['code', 'correlationId', 'message']);
  expect(body.code).toBe(code);
  expect(typeof body.message).toBe('string');
  expect(body.correlationId).toEqual(expect.any(String));
  expect((body.correlationId as string).length).toBeGreaterThan(0);
}
