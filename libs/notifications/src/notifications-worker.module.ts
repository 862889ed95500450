import { BullModule } from '@nestjs/bullmq';
import { CaseNotificationsHandler } from './subject-access/case-notifications.query';
import { PurgeNotificationDeliveriesHandler } from './purge-deliveries/purge-deliveries.handler';
import { PurgeNotificationsHandler } from './purge-notifications/purge-notifications.handler';
import { DynamicModule, Module, ModuleMetadata, Provider, Type } from '@nestjs/common';
import { DirectoryModule } from '@mnio/directory';
import { EVENTS_QUEUE } from '@mnio/platform';
import './notifications.errors';
import { loadNotificationsConfig, NOTIFICATIONS_CONFIG } from './notifications.config';
import { AllowAllCaseAccess, CASE_ACCESS_CHECK, CaseAccessCheck } from './ports/case-access-check';
import { DEADLINE_SOURCE, DeadlineSource, NoDeadlines } from './ports/deadline-source';
import { EMAIL_QUEUE, REMINDERS_QUEUE, WEBHOOK_QUEUE } from './queues';
import { DeadlineScanner } from './worker/deadline-scanner';
import { DeliveryQueues } from './worker/delivery-queues';
import { DeliveryRunner } from './worker/delivery-runner';
import { EmailSender } from './worker/email-sender';
import { FanoutService } from './worker/fanout.service';
import { NotificationEventHandler } from './worker/notification-event.handler';
import { RecipientResolver } from './worker/recipient-resolver';
import { Reconciler } from './worker/reconciler';
import { WebhookSender } from './worker/webhook-sender';

export interface NotificationsWorkerOptions {
  /** Modules that provide the classes below (the cases context, once it exposes them). */
  imports?: ModuleMetadata['imports'];
  deadlineSource?: Type<DeadlineSource>;
  caseAccessCheck?: Type<CaseAccessCheck>;
}

/** The worker side of notifications: fan-out, delivery, reminders and the safety net. Needs `QueueModule.forRoot('worker')`. */
@Module({})
export class NotificationsWorkerModule {
  static forRoot(options: NotificationsWorkerOptions = {}): DynamicModule {
    const ports: Provider[] = [
      options.deadlineSource ? { provide: DEADLINE_SOURCE, useExisting: options.deadlineSource } : { provide: DEADLINE_SOURCE, useClass: NoDeadlines },
      options.caseAccessCheck ? { provide: CASE_ACCESS_CHECK, useExisting: options.caseAccessCheck } : { provide: CASE_ACCESS_CHECK, useClass: AllowAllCaseAccess },
    ];
    return {
      module: NotificationsWorkerModule,
      imports: [
        DirectoryModule,
        BullModule.registerQueue({ name: EVENTS_QUEUE }, { name: EMAIL_QUEUE }, { name: WEBHOOK_QUEUE }, { name: REMINDERS_QUEUE }),
        ...(options.imports ?? []),
      ],
      providers: [
        { provide: NOTIFICATIONS_CONFIG, useFactory: () => loadNotificationsConfig() },
        ...ports,
        RecipientResolver,
        DeliveryQueues,
        FanoutService,
        NotificationEventHandler,
        EmailSender,
        WebhookSender,
        DeliveryRunner,
        DeadlineScanner,
        Reconciler,
        CaseNotificationsHandler,
        PurgeNotificationsHandler,
        PurgeNotificationDeliveriesHandler,
      ],
      exports: [NOTIFICATIONS_CONFIG, NotificationEventHandler, DeliveryRunner, DeadlineScanner, Reconciler, FanoutService, DEADLINE_SOURCE, CASE_ACCESS_CHECK],
    };
  }
}
