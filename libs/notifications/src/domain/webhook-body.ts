import type { NotificationContent } from './notification-event';

/** Keys a webhook body may have, at the top and in `data`: the receiver can rely on nothing else appearing. */
export const WEBHOOK_BODY_KEYS = ['id', 'event', 'type', 'occurredAt', 'organisationId', 'data'] as const;
export const WEBHOOK_DATA_KEYS = ['caseId', 'reference', 'territory', 'orientationId', 'targetKind', 'linkId', 'deadlineId', 'deadlineKind', 'threshold', 'dueAt', 'link'] as const;

/** The JSON a partner receives: delivery id (its idempotency key), event id and type, and the content with an absolute link. */
export function webhookBody(deliveryId: string, eventKey: string, organisationId: string, content: NotificationContent, publicUrl: string): string {
  const data: Record<string, string> = {};
  for (const key of WEBHOOK_DATA_KEYS) {
    const value = key === 'link' ? `${publicUrl.replace(/\/+$/, '')}${content.path}` : content[key];
    if (typeof value === 'string') data[key] = value;
  }
  return JSON.stringify({ id: deliveryId, event: eventKey, type: content.type, occurredAt: content.occurredAt, organisationId, data });
}
