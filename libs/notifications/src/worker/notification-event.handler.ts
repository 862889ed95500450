import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OutboxEvent } from '@mnio/platform';
import { isNotificationEventType } from '../domain/event-types';
import { parseNotificationEvent } from '../domain/notification-event';
import { DeliveryQueues, OpenDelivery } from './delivery-queues';
import { FanoutOutcome, FanoutService } from './fanout.service';
import { isUuid } from '@mnio/platform';


/** The worker's reactions to outbox messages: notify on domain events, re-queue replayed dead letters. */
@Injectable()
export class NotificationEventHandler {
  private readonly logger = new Logger('notifications');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly fanouts: FanoutService,
    private readonly queues: DeliveryQueues,
  ) {}

  async handle(message: OutboxEvent, enqueueWaitMs?: number): Promise<FanoutOutcome> {
    if (!isNotificationEventType(message.type)) return 'ignored';
    const key = `outbox-${message.outboxId}`;
    const parsed = parseNotificationEvent(message.type, key, message.payload ?? {}, new Date(message.createdAt));
    if (!parsed.ok) {
      // Field names only: the values are what must not be logged.
      this.logger.warn({ outboxId: message.outboxId, eventType: message.type, invalidFields: parsed.invalidFields }, 'notification event rejected');
      await this.fanouts.reject(key, message.outboxId, message.type);
      return 'rejected';
    }
    if (parsed.ignoredFields.length) {
      this.logger.warn({ outboxId: message.outboxId, eventType: message.type, ignoredFields: parsed.ignoredFields }, 'notification event field ignored');
    }
    return this.fanouts.fanout(parsed.event, message.outboxId, enqueueWaitMs);
  }

  async handleReplay(message: OutboxEvent): Promise<void> {
    const deliveryId = message.payload?.deliveryId;
    if (typeof deliveryId !== 'string' || !isUuid(deliveryId)) return;
    const rows: OpenDelivery[] = await this.ds.query(
      `SELECT id, channel, replays, next_attempt_at FROM notification_deliveries WHERE id = $1 AND status = 'pending'`,
      [deliveryId],
    );
    if (rows.length) await this.queues.enqueue(rows);
  }
}
