import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '@mnio/audit';
import { CoordinationModule } from '@mnio/coordination';
import { OrientationsModule } from '@mnio/orientations';
import { DEADLINE_SCAN_JOB, DELIVER_JOB, EMAIL_QUEUE, NotificationsWorkerModule, REMINDERS_QUEUE, WEBHOOK_QUEUE } from '@mnio/notifications';
import { IDENTITY_READ_ALERTS_JOB, PRIVACY_ALERTS_QUEUE, PrivacyWorkerModule, RETENTION_QUEUE, RETENTION_RUN_JOB } from '@mnio/privacy';
import { SUBJECT_ACCESS_EXPORT_JOB, SUBJECT_ACCESS_PURGE_JOB, SUBJECT_ACCESS_QUEUE } from '@mnio/privacy';
import { ReportingWorkerModule } from '@mnio/reporting';
import { EVENTS_QUEUE, JOB_DECLARATIONS, JobDeclarations, KNOWN_MIGRATIONS, MetricsModule, migrationNames, OutboxRelay, OutboxSubscribers, PlatformModule, QueueModule, WorkerBootCheck } from '@mnio/platform';
import { MIGRATIONS } from '../../../db/migrations';
import { ErasureSubscriptions } from './erasure-subscriptions';
import { EventsProcessor } from './events.processor';
import { MAINTENANCE_QUEUE, MaintenanceProcessor } from './maintenance.processor';
import { CasePortsModule, CasesAccessCheck, CasesDeadlineSource } from './notifications/case-ports';
import { EmailProcessor, WebhookProcessor } from './notifications/delivery.processors';
import { NotificationSubscriptions } from './notifications/notification-subscriptions';
import { RemindersProcessor } from './notifications/reminders.processor';
import { Scheduler } from './scheduler';
import { QueueMetrics } from './queue-metrics';
import { WorkerHealth } from './worker-health';

/** Every job the worker must be able to run; the boot check refuses to start on a gap. */
export const WORKER_JOBS: JobDeclarations = {
  [EVENTS_QUEUE]: ['*'],
  [MAINTENANCE_QUEUE]: ['audit-anchor'],
  [EMAIL_QUEUE]: [DELIVER_JOB],
  [WEBHOOK_QUEUE]: [DELIVER_JOB],
  [REMINDERS_QUEUE]: [DEADLINE_SCAN_JOB],
  [PRIVACY_ALERTS_QUEUE]: [IDENTITY_READ_ALERTS_JOB],
  [RETENTION_QUEUE]: [RETENTION_RUN_JOB],
  [SUBJECT_ACCESS_QUEUE]: [SUBJECT_ACCESS_EXPORT_JOB, SUBJECT_ACCESS_PURGE_JOB],
};

@Module({
  imports: [
    PlatformModule,
    AuditModule,
    QueueModule.forRoot('worker'),
    BullModule.registerQueue({ name: EVENTS_QUEUE }, { name: MAINTENANCE_QUEUE }),
    NotificationsWorkerModule.forRoot({ imports: [CasePortsModule], deadlineSource: CasesDeadlineSource, caseAccessCheck: CasesAccessCheck }),
    ReportingWorkerModule,
    PrivacyWorkerModule,
    OrientationsModule,
    CoordinationModule,
    MetricsModule.forRoot('worker'),
  ],
  providers: [
    OutboxSubscribers,
    OutboxRelay,
    EventsProcessor,
    MaintenanceProcessor,
    EmailProcessor,
    WebhookProcessor,
    RemindersProcessor,
    NotificationSubscriptions,
    ErasureSubscriptions,
    Scheduler,
    WorkerHealth,
    QueueMetrics,
    { provide: JOB_DECLARATIONS, useValue: WORKER_JOBS },
    { provide: KNOWN_MIGRATIONS, useValue: migrationNames(MIGRATIONS) },
    WorkerBootCheck,
  ],
  exports: [OutboxSubscribers],
})
export class WorkerModule {}
