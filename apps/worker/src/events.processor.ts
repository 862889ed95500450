import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { EVENTS_QUEUE, JobHandler, OutboxJobData, OutboxSubscribers, QueueProcessor } from '@mnio/platform';

/** Runs the worker-side subscribers of each relayed outbox message. */
@Processor(EVENTS_QUEUE, { concurrency: 8 })
export class EventsProcessor extends QueueProcessor {
  private readonly logger = new Logger('events');

  constructor(private readonly subscribers: OutboxSubscribers) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    '*': async (job: Job<OutboxJobData>) => {
      const data = job.data;
      if (!data?.outboxId || !data.type) throw new Error('malformed event job');
      const handled = await this.subscribers.dispatch(data);
      this.logger.debug({ outboxId: data.outboxId, type: data.type, handled }, 'event processed');
      return { handled };
    },
  };
}
