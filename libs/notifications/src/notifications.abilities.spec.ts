import { ActorMembership, asSubject, buildAbility } from '@mnio/platform';
import { notificationsAbilities } from './notifications.abilities';

const actorWith = (...memberships: Partial<ActorMembership>[]) => ({
  userId: 'me',
  sessionId: 's',
  mfa: false,
  memberships: memberships.map((m) => ({ organisationId: 'org-93', organisationKind: 'association', role: 'case_worker', territories: ['93'], national: false, ...m })),
});
const ability = (...m: Partial<ActorMembership>[]) => buildAbility(actorWith(...m), [notificationsAbilities]);
const admin = { role: 'platform_admin', organisationKind: 'platform', organisationId: 'platform', national: true, territories: [] };

describe('notifications abilities (allow/deny table)', () => {
  const mine = asSubject('Notification', { userId: 'me' });
  const theirs = asSubject('Notification', { userId: 'other' });
  const hook93 = asSubject('Webhook', { organisationId: 'org-93' });
  const hook75 = asSubject('Webhook', { organisationId: 'org-75' });
  const rows: [string, Partial<ActorMembership>, string, unknown, boolean][] = [
    ['case worker reads own notification', {}, 'read', mine, true],
    ['case worker marks own notification read', {}, 'update', mine, true],
    ['case worker reads another user’s notification', {}, 'read', theirs, false],
    ['case worker sets own preferences', {}, 'update', asSubject('NotificationPreference', { userId: 'me' }), true],
    ['case worker sets another user’s preferences', {}, 'update', asSubject('NotificationPreference', { userId: 'x' }), false],
    ['case worker reads own organisation’s webhooks', {}, 'read', hook93, false],
    ['case worker creates a webhook', {}, 'create', 'Webhook', false],
    ['coordinator creates a webhook for own organisation', { role: 'coordinator' }, 'create', hook93, true],
    ['coordinator updates own organisation’s webhook', { role: 'coordinator' }, 'update', hook93, true],
    ['coordinator creates a webhook for another organisation', { role: 'coordinator' }, 'create', hook75, false],
    ['coordinator reads queues', { role: 'coordinator' }, 'read', 'NotificationQueue', false],
    ['coordinator replays a dead letter', { role: 'coordinator' }, 'replay', 'DeadLetter', false],
    ['platform admin reads queues', admin, 'read', 'NotificationQueue', true],
    ['platform admin lists dead letters', admin, 'read', 'DeadLetter', true],
    ['platform admin replays a dead letter', admin, 'replay', 'DeadLetter', true],
    ['platform admin manages any webhook', admin, 'update', hook75, true],
    ['platform admin reads another user’s notification', admin, 'read', theirs, false],
    ['cell coordinator creates a webhook', { role: 'cell_coordinator', organisationKind: 'clav_cell' }, 'create', hook93, false],
  ];

  it.each(rows)('%s', (_label, membership, action, subject, allowed) => {
    expect(ability(membership).can(action, subject as string)).toBe(allowed);
  });

  it('gives an actor without membership their own inbox and nothing else', () => {
    const a = buildAbility({ userId: 'me', sessionId: 's', mfa: false, memberships: [] }, [notificationsAbilities]);
    expect(a.can('read', asSubject('Notification', { userId: 'me' }))).toBe(true);
    expect(a.can('read', 'Webhook')).toBe(false);
    expect(a.can('read', 'DeadLetter')).toBe(false);
  });
});
