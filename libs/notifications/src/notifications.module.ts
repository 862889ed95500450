import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Module, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { AbilityFactory } from '@mnio/platform';
import './notifications.errors';
import { ReplayDeadLetterHandler } from './dead-letters/replay-dead-letter.handler';
import { ListDeadLettersHandler } from './dead-letters/list-dead-letters.query';
import { ListNotificationsHandler } from './inbox/list-notifications.query';
import { MarkAllNotificationsReadHandler, MarkNotificationReadHandler } from './inbox/mark-read.handler';
import { UnreadCountHandler } from './inbox/unread-count.query';
import { notificationsAbilities } from './notifications.abilities';
import { loadNotificationsConfig, NOTIFICATIONS_CONFIG } from './notifications.config';
import { QueueStatsHandler, STATS_QUEUES } from './operations/queue-stats.query';
import { GetNotificationPreferencesHandler } from './preferences/preferences.query';
import { SetNotificationPreferencesHandler } from './preferences/set-preferences.handler';
import { ListWebhooksHandler } from './webhooks/list-webhooks.query';
import { CreateWebhookHandler, UpdateWebhookHandler } from './webhooks/webhook.handlers';
import { logConnectionErrors } from './worker/connection-errors';

/**
 * The API side of notifications: inbox, preferences, webhooks, dead letters and queue counts. Reads the
 * queues it reports on, so it needs `QueueModule.forRoot('producer')`; it never needs Redis to answer
 * anything else.
 */
@Module({
  imports: [BullModule.registerQueue(...STATS_QUEUES.map((name) => ({ name })))],
  providers: [
    { provide: NOTIFICATIONS_CONFIG, useFactory: () => loadNotificationsConfig() },
    ListNotificationsHandler,
    UnreadCountHandler,
    MarkNotificationReadHandler,
    MarkAllNotificationsReadHandler,
    GetNotificationPreferencesHandler,
    SetNotificationPreferencesHandler,
    ListWebhooksHandler,
    CreateWebhookHandler,
    UpdateWebhookHandler,
    ListDeadLettersHandler,
    ReplayDeadLetterHandler,
    QueueStatsHandler,
  ],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    this.abilities.register(notificationsAbilities);
    // The API only reads counts; while Redis is down these queues report errors the stats answer already says.
    for (const name of STATS_QUEUES) logConnectionErrors(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }), `api-queue:${name}`);
  }
}
