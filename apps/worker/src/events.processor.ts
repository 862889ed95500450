import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { EVENTS_QUEUE, JobHandler, OutboxJobData, OutboxReader, OutboxSubscribers, QueueProcessor } from '@mnio/platform';

/** Runs the worker-side subscribers of each relayed outbox message, read from PostgreSQL by the job's outbox id. */
@Processor(EVENTS_QUEUE, { concurrency: 8 })
export class EventsProcessor extends QueueProcessor {
  private readonly logger = new Logger('events');

  constructor(
    private readonly subscribers: OutboxSubscribers,
    private readonly outbox: OutboxReader,
  ) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    '*': async (job: Job<OutboxJobData>) => {
      const data = job.data;
      if (!data?.outboxId || !data.type) throw new Error('malformed event job');
      const message = await this.outbox.byId(String(data.outboxId));
      if (!message) {
        // Nothing to do for a message that is not (or no longer) in the outbox; retrying would not bring it back.
        this.logger.warn({ outboxId: data.outboxId, type: data.type }, 'event job for an unknown outbox message');
        return { handled: 0 };
      }
      const handled = await this.subscribers.dispatch(message);
      this.logger.debug({ outboxId: message.outboxId, type: message.type, handled }, 'event processed');
      return { handled };
    },
  };
}
