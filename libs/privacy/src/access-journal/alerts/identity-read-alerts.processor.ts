import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobHandler, QueueProcessor } from '@mnio/platform';
import { IDENTITY_READ_ALERTS_CONFIG, IdentityReadAlertsConfig } from './identity-read-alerts.config';
import { IdentityReadAlertsScanner } from './identity-read-alerts.scanner';

/** The queue of the journal's alert job, and its one job (the worker's boot check requires a processor for it). */
export const PRIVACY_ALERTS_QUEUE = 'privacy-alerts';
export const IDENTITY_READ_ALERTS_JOB = 'identity-read-alerts';

/** Runs the scan, one at a time per worker (the unique key keeps several workers from telling twice). */
@Processor(PRIVACY_ALERTS_QUEUE, { concurrency: 1 })
export class IdentityReadAlertsProcessor extends QueueProcessor {
  constructor(private readonly scanner: IdentityReadAlertsScanner) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    [IDENTITY_READ_ALERTS_JOB]: async () => ({ raised: (await this.scanner.scan()).length }),
  };
}

/** Declares the repeatable scan (BullMQ job scheduler: idempotent, so N workers declare it once). */
@Injectable()
export class IdentityReadAlertsSchedule implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(PRIVACY_ALERTS_QUEUE) private readonly queue: Queue,
    @Inject(IDENTITY_READ_ALERTS_CONFIG) private readonly config: IdentityReadAlertsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(IDENTITY_READ_ALERTS_JOB, { every: this.config.everyMinutes * 60_000 }, { name: IDENTITY_READ_ALERTS_JOB, opts: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } } });
  }
}
