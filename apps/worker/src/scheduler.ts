import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { MAINTENANCE_QUEUE } from './maintenance.processor';

/** Repeatable jobs. `upsertJobScheduler` is idempotent, so N workers declare them without duplicates. */
@Injectable()
export class Scheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(MAINTENANCE_QUEUE) private readonly maintenance: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.maintenance.upsertJobScheduler('audit-anchor', { every: 60_000 }, { name: 'audit-anchor' });
  }
}
