import { CommandBus } from '@nestjs/cqrs';
import { ClsService } from 'nestjs-cls';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CreatedUser, CreateUserCommand, OperatorGrantCommand, Role } from '@mnio/directory';
import type { Actor } from '@mnio/platform';
import type { TestApi } from './app';

export interface ProvisionedMembership {
  organisationId: string;
  role: string;
  territories?: string[];
}

/** The demo platform administrator, as an actor: the one who creates users in the product. */
async function adminActor(api: TestApi): Promise<Actor> {
  const found: { id: string; organisation_id: string }[] = await api.app
    .get(DataSource)
    .query(`SELECT u.id, m.organisation_id FROM users u JOIN memberships m ON m.user_id = u.id AND m.role = 'platform_admin' WHERE u.email = 'admin@demo.mnio.test'`);
  if (!found[0]) throw new Error('demo platform admin missing');
  return { userId: found[0].id, sessionId: '', mfa: false, memberships: [{ organisationId: found[0].organisation_id, organisationKind: 'platform', role: 'platform_admin', territories: [], national: true }] };
}

/**
 * A test user as the product makes one, without going through an administrator's session (so it also
 * works where `MNIO_MFA_REQUIRED` would ask the demo admin for a second factor): the user is created with
 * an enrolment link, the link sets the password through the public route, and the memberships are granted
 * by the operator's command (`OperatorGrantCommand`), as a fixture would. Tests of the rules themselves go
 * through the admin and coordinator routes.
 */
export async function provisionUser(
  api: TestApi,
  user: { email: string; displayName: string; password: string; memberships: ProvisionedMembership[] },
): Promise<{ id: string; membershipIds: string[] }> {
  const bus = api.app.get(CommandBus);
  const cls = api.app.get(ClsService);
  const actor = await adminActor(api);
  const created = await cls.run(() => bus.execute(new CreateUserCommand(actor, user.email, user.displayName, [])) as Promise<CreatedUser>);
  const enrol = await request(api.app.getHttpServer()).post('/api/auth/enrolment').send({ token: created.enrolment.token, password: user.password });
  if (enrol.status !== 200) throw new Error(`enrolment failed: ${enrol.status} ${enrol.body?.code}`);
  const membershipIds: string[] = [];
  for (const m of user.memberships) membershipIds.push(await grantMembership(api, created.id, m));
  return { id: created.id, membershipIds };
}

/** Grants a membership as the operator would (fixture): no approval step. */
export async function grantMembership(api: TestApi, userId: string, m: ProvisionedMembership): Promise<string> {
  const bus = api.app.get(CommandBus);
  const cls = api.app.get(ClsService);
  const { membershipId } = await cls.run(() => bus.execute(new OperatorGrantCommand(userId, m.organisationId, m.role as Role, m.territories ?? [])));
  return membershipId;
}
