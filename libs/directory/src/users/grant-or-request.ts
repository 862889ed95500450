import { AuditJournal } from '@mnio/audit';
import { Actor, DomainError, OutboxService } from '@mnio/platform';
import { ADMIN_GRANTABLE_ROLES, OrganisationKind } from '../domain/roles';
import type { NewMembership } from './create-user.command';
import { assertMembershipAllowed } from './membership-rules';
import { DIRECTORY_EVENTS } from '../events';

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** Refuses any membership for a platform administrator (itself or another): they never read cases. */
export async function assertNotPlatformAdmin(em: Queryable, actor: Actor | null, userId: string): Promise<void> {
  if (actor && userId === actor.userId) throw new DomainError('MEMBERSHIP_SELF_GRANT', 'No one grants a membership to themselves');
  const admins = (await em.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'platform_admin' AND active`, [userId])) as unknown[];
  if (admins.length) throw new DomainError('MEMBERSHIP_NOT_GRANTABLE', 'A platform administrator holds no other membership');
}

/**
 * What a platform administrator may do with a membership: grant at once a role that reads no identity, or
 * ask the organisation's coordinators to approve an identity-reading one (a pending request, audited and
 * told to them). Never platform_admin, never to itself or to another platform administrator.
 */
export async function grantOrRequest(
  em: Queryable,
  audit: AuditJournal,
  outbox: OutboxService,
  actor: Actor,
  userId: string,
  m: NewMembership,
): Promise<{ status: 'granted' | 'pending'; id: string }> {
  if (m.role === 'platform_admin') throw new DomainError('MEMBERSHIP_NOT_GRANTABLE', 'The platform_admin role is granted by the operator only');
  // Absent and null alike mean « all of the organisation's territories » (the validation lets a null through).
  const territories = m.territories ?? [];
  await assertNotPlatformAdmin(em, actor, userId);
  const orgs = (await em.query(`SELECT kind, national, territories FROM organisations WHERE id = $1 AND active`, [m.organisationId])) as {
    kind: OrganisationKind;
    national: boolean;
    territories: string[];
  }[];
  const users = (await em.query(`SELECT 1 FROM users WHERE id = $1`, [userId])) as unknown[];
  if (!orgs[0] || !users[0]) throw new DomainError('NOT_FOUND', 'User or organisation not found');
  assertMembershipAllowed(orgs[0], m.role, territories);
  // The platform's data-protection officer reads every organisation's journal of who read what: granted by the
  // operator, as the platform's administrators are (no coordinator of the platform could approve a request).
  // An organisation's DPO is asked of its coordinators, below, as every role that reaches case data.
  if (m.role === 'dpo' && orgs[0].kind === 'platform') throw new DomainError('MEMBERSHIP_NOT_GRANTABLE', "The platform's dpo role is granted by the operator only");
  if (ADMIN_GRANTABLE_ROLES.includes(m.role)) {
    const rows = (await em.query(
      `INSERT INTO memberships (user_id, organisation_id, role, territories) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, organisation_id, role) DO NOTHING RETURNING id`,
      [userId, m.organisationId, m.role, territories],
    )) as { id: string }[];
    if (!rows[0]) throw new DomainError('MEMBERSHIP_EXISTS', 'This membership already exists');
    await audit.record({ action: 'membership.added', subjectType: 'user', subjectId: userId, details: { membershipId: rows[0].id, organisationId: m.organisationId, role: m.role } });
    return { status: 'granted', id: rows[0].id };
  }
  const held = (await em.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND organisation_id = $2 AND role = $3 AND active`, [userId, m.organisationId, m.role])) as unknown[];
  if (held.length) throw new DomainError('MEMBERSHIP_EXISTS', 'This membership already exists');
  const rows = (await em.query(
    `INSERT INTO membership_requests (user_id, organisation_id, role, territories, requested_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (user_id, organisation_id, role) WHERE status = 'pending' DO NOTHING RETURNING id`,
    [userId, m.organisationId, m.role, territories, actor.userId],
  )) as { id: string }[];
  if (!rows[0]) throw new DomainError('MEMBERSHIP_REQUEST_PENDING', 'This membership is already waiting for approval');
  await audit.record({
    action: 'membership.requested',
    subjectType: 'user',
    subjectId: userId,
    details: { requestId: rows[0].id, organisationId: m.organisationId, role: m.role },
  });
  await outbox.publish(DIRECTORY_EVENTS.MembershipRequested, { requestId: rows[0].id, organisationId: m.organisationId, role: m.role }, userId);
  return { status: 'pending', id: rows[0].id };
}
