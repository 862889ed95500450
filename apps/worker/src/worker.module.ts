import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '@mnio/audit';
import { EVENTS_QUEUE, JOB_DECLARATIONS, JobDeclarations, OutboxRelay, OutboxSubscribers, PlatformModule, QueueModule, WorkerBootCheck } from '@mnio/platform';
import { EventsProcessor } from './events.processor';
import { MAINTENANCE_QUEUE, MaintenanceProcessor } from './maintenance.processor';
import { Scheduler } from './scheduler';
import { WorkerHealth } from './worker-health';

/** Every job the worker must be able to run; the boot check refuses to start on a gap. */
export const WORKER_JOBS: JobDeclarations = {
  [EVENTS_QUEUE]: ['*'],
  [MAINTENANCE_QUEUE]: ['audit-anchor'],
};

@Module({
  imports: [
    PlatformModule,
    AuditModule,
    QueueModule.forRoot('worker'),
    BullModule.registerQueue({ name: EVENTS_QUEUE }, { name: MAINTENANCE_QUEUE }),
  ],
  providers: [
    OutboxSubscribers,
    OutboxRelay,
    EventsProcessor,
    MaintenanceProcessor,
    Scheduler,
    WorkerHealth,
    { provide: JOB_DECLARATIONS, useValue: WORKER_JOBS },
    WorkerBootCheck,
  ],
  exports: [OutboxSubscribers],
})
export class WorkerModule {}
