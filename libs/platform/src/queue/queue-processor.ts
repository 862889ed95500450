import { WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';

export type JobHandler = (job: Job) => Promise<unknown>;

/**
 * A BullMQ processor that dispatches on the job name. `handles` lists the job names it serves: the
 * worker's boot check compares them with the declared jobs and refuses to start on a gap.
 */
export abstract class QueueProcessor extends WorkerHost {
  protected abstract readonly handlers: Record<string, JobHandler>;

  handles(): string[] {
    return Object.keys(this.handlers);
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name] ?? this.handlers['*'];
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    return handler.call(this, job);
  }
}
