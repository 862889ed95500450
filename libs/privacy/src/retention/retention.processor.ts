import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { isUuid, JobHandler, QueueProcessor } from '@mnio/platform';
import { RetentionRunner } from './retention-runner.service';
import { RETENTION_QUEUE, RETENTION_RUN_JOB, RETENTION_SCHEDULE, RetentionJobData } from './retention.queue';

/** Runs the retention job: a run asked from the API (by id), or the nightly one (which records its own run). */
@Processor(RETENTION_QUEUE, { concurrency: 1, lockDuration: 300_000 })
export class RetentionProcessor extends QueueProcessor {
  constructor(private readonly runner: RetentionRunner) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    [RETENTION_RUN_JOB]: async (job: Job<RetentionJobData>) => {
      const runId = job.data?.runId;
      // Payloads are validated at the edge: an id or nothing.
      if (runId !== undefined && !isUuid(runId)) throw new Error('retention job: invalid run id');
      await this.runner.run(runId ?? (await this.runner.recordScheduledRun()));
    },
  };
}

/** The nightly run. `upsertJobScheduler` is idempotent, so N workers declare it once. */
@Injectable()
export class RetentionSchedule implements OnApplicationBootstrap {
  constructor(@InjectQueue(RETENTION_QUEUE) private readonly queue: Queue<RetentionJobData>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('retention-nightly', RETENTION_SCHEDULE, { name: RETENTION_RUN_JOB, data: {}, opts: { attempts: 1 } });
  }
}
