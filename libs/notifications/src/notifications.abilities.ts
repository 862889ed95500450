import type { AbilityRules } from '@mnio/platform';

/**
 * Notification rules. Everyone reads and marks their own inbox and sets their own preferences. An
 * organisation's coordinators manage its webhooks; platform admins manage any webhook, watch the queues
 * and replay dead letters — which carry ids and codes only, never case content.
 */
export const notificationsAbilities: AbilityRules = (actor, { can }) => {
  can(['read', 'update'], 'Notification', { userId: actor.userId });
  can(['read', 'update'], 'NotificationPreference', { userId: actor.userId });
  const coordinated = actor.memberships.filter((m) => m.role === 'coordinator').map((m) => m.organisationId);
  if (coordinated.length) can(['read', 'create', 'update'], 'Webhook', { organisationId: { $in: coordinated } });
  if (actor.memberships.some((m) => m.role === 'platform_admin')) {
    can(['read', 'create', 'update'], 'Webhook');
    can('read', 'NotificationQueue');
    can(['read', 'replay'], 'DeadLetter');
  }
};
