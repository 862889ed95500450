import { ActorMembership, asSubject, buildAbility } from '@mnio/platform';
import { directoryAbilities } from './directory.abilities';

const actorWith = (...memberships: Partial<ActorMembership>[]) => ({
  userId: 'me',
  sessionId: 's',
  mfa: false,
  memberships: memberships.map((m) => ({ organisationId: 'org-93', organisationKind: 'association', role: 'case_worker', territories: ['93'], national: false, ...m })),
});

const ability = (...m: Partial<ActorMembership>[]) => buildAbility(actorWith(...m), [directoryAbilities]);

describe('directory abilities (allow/deny table)', () => {
  const cell93 = asSubject('ClavCell', { id: 'cell-93' });
  const cell75 = asSubject('ClavCell', { id: 'cell-75' });
  const rows: [string, Partial<ActorMembership>, string, unknown, boolean][] = [
    ['case worker reads organisations', {}, 'read', 'Organisation', true],
    ['case worker reads own user', {}, 'read', asSubject('User', { id: 'me' }), true],
    ['case worker reads another user', {}, 'read', asSubject('User', { id: 'other' }), false],
    ['case worker lists users', {}, 'list', 'User', false],
    ['platform admin lists users', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'list', 'User', true],
    ['case worker creates a user', {}, 'create', 'User', false],
    ['case worker creates a membership', {}, 'create', 'Membership', false],
    ['coordinator creates a user', { role: 'coordinator' }, 'create', 'User', false],
    ['platform admin creates a user', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'create', 'User', true],
    ['platform admin updates a membership', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'update', 'Membership', true],
    ['platform admin reads any user', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'read', asSubject('User', { id: 'x' }), true],
    ['platform admin reads a case', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'read', 'Case', false],
    ['cell coordinator configures own cell (same territory)', { role: 'cell_coordinator', organisationKind: 'clav_cell', organisationId: 'cell-93' }, 'configure', cell93, true],
    ['cell coordinator configures another cell (other territory)', { role: 'cell_coordinator', organisationKind: 'clav_cell', organisationId: 'cell-93' }, 'configure', cell75, false],
    ['platform admin configures any cell', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'configure', cell75, true],
    ['platform admin edits an organisation', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'update', 'Organisation', true],
    ['coordinator edits an organisation', { role: 'coordinator' }, 'update', 'Organisation', false],
    ['cell member configures own cell', { role: 'cell_member', organisationKind: 'clav_cell', organisationId: 'cell-93' }, 'configure', cell93, false],
    ['coordinator decides a request of its organisation', { role: 'coordinator' }, 'decide', asSubject('MembershipRequest', { organisationId: 'org-93' }), true],
    ['coordinator decides a request of another organisation', { role: 'coordinator' }, 'decide', asSubject('MembershipRequest', { organisationId: 'org-75' }), false],
    ['case worker decides a request of its organisation', {}, 'decide', asSubject('MembershipRequest', { organisationId: 'org-93' }), false],
    ['case worker lists membership requests', {}, 'list', 'MembershipRequest', false],
    ['platform admin decides a request', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'decide', asSubject('MembershipRequest', { organisationId: 'org-93' }), false],
    ['platform admin lists its requests', { role: 'platform_admin', organisationKind: 'platform', national: true, territories: [] }, 'list', 'MembershipRequest', true],
    ['national analyst creates an organisation', { role: 'national_analyst', organisationKind: 'national_coordinator', national: true }, 'create', 'Organisation', false],
  ];

  it.each(rows)('%s', (_label, membership, action, subject, allowed) => {
    expect(ability(membership).can(action, subject as string)).toBe(allowed);
  });

  it('denies everything to an actor without membership beyond reading the directory and themself', () => {
    const a = buildAbility({ userId: 'me', sessionId: 's', mfa: false, memberships: [] }, [directoryAbilities]);
    expect(a.can('read', 'Organisation')).toBe(true);
    expect(a.can('update', 'Organisation')).toBe(false);
    expect(a.can('configure', 'ClavCell')).toBe(false);
  });
});
