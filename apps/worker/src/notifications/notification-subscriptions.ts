import { Injectable, OnModuleInit } from '@nestjs/common';
import { NotificationEventHandler, OUTBOX_NOTIFICATION_TYPES, REPLAY_REQUESTED_EVENT } from '@mnio/notifications';
import { OutboxSubscribers } from '@mnio/platform';

/** Wires the notification handler to the relayed outbox events it reacts to. */
@Injectable()
export class NotificationSubscriptions implements OnModuleInit {
  constructor(
    private readonly subscribers: OutboxSubscribers,
    private readonly notifications: NotificationEventHandler,
  ) {}

  onModuleInit(): void {
    for (const type of OUTBOX_NOTIFICATION_TYPES) this.subscribers.on(type, async (m) => void (await this.notifications.handle(m)));
    this.subscribers.on(REPLAY_REQUESTED_EVENT, (m) => this.notifications.handleReplay(m));
  }
}
