import { declareEvents } from '@mnio/platform';

/**
 * The event the notifications context publishes to itself through the outbox (docs/events.md): a replayed dead
 * letter to re-queue. Through the outbox, so that a replay asked while Redis is down is not lost.
 */
export const NOTIFICATIONS_EVENTS = declareEvents({
  NotificationDeliveryReplayRequested: { deliveryId: 'uuid' },
});
