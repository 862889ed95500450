import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { DEADLINE_SCAN_JOB, DeadlineScanner, logConnectionErrors, REMINDERS_QUEUE } from '@mnio/notifications';
import { JobHandler, QueueProcessor } from '@mnio/platform';

/** The repeatable deadline scan (one job per tick of its job scheduler). */
@Processor(REMINDERS_QUEUE, { concurrency: 1 })
export class RemindersProcessor extends QueueProcessor implements OnApplicationBootstrap {
  constructor(private readonly scanner: DeadlineScanner) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    [DEADLINE_SCAN_JOB]: () => this.scanner.scan(),
  };

  onApplicationBootstrap(): void {
    logConnectionErrors(this.worker, `worker:${REMINDERS_QUEUE}`);
  }
}
