import type { DeliveryChannel } from './domain/event-types';
import { NOTIFICATIONS_EVENTS } from './events';

export const EMAIL_QUEUE = 'notify-email';
export const WEBHOOK_QUEUE = 'notify-webhook';
export const REMINDERS_QUEUE = 'notify-reminders';
export const NOTIFICATION_QUEUES = [EMAIL_QUEUE, WEBHOOK_QUEUE, REMINDERS_QUEUE] as const;

export const DELIVER_JOB = 'deliver';
export const DEADLINE_SCAN_JOB = 'deadline-scan';

/** Outbox event asking the worker to re-queue a replayed dead letter (works while Redis is down: the outbox keeps it). */
export const REPLAY_REQUESTED_EVENT = NOTIFICATIONS_EVENTS.NotificationDeliveryReplayRequested.type;

export const queueOf = (channel: DeliveryChannel): string => (channel === 'email' ? EMAIL_QUEUE : WEBHOOK_QUEUE);

/** A delivery job carries the delivery id and nothing else; the job id names the delivery and its replay round. */
export interface DeliveryJobData {
  deliveryId: string;
}

export const deliveryJobId = (channel: DeliveryChannel, deliveryId: string, round: number): string => `${channel}-${deliveryId}-${round}`;
