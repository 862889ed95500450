import { Processor } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import {
  DeliveryChannel, DELIVER_JOB, DeliveryJobData, deliveryJobLockMs, DeliveryRunner, EMAIL_QUEUE, LeaseHeld, logConnectionErrors, WEBHOOK_QUEUE,
} from '@mnio/notifications';
import { isUuid, JobHandler, QueueProcessor } from '@mnio/platform';

const LOCK_MS = deliveryJobLockMs();

/** Validates the job (an id, nothing else), runs the delivery, and parks the job while another run holds the lease. */
async function deliver(runner: DeliveryRunner, channel: DeliveryChannel, job: Job<DeliveryJobData>): Promise<unknown> {
  const deliveryId = job.data?.deliveryId;
  if (typeof deliveryId !== 'string' || !isUuid(deliveryId)) throw new UnrecoverableError('malformed delivery job');
  try {
    return { outcome: await runner.run(channel, deliveryId) };
  } catch (e) {
    if (e instanceof LeaseHeld && job.token) {
      await job.moveToDelayed(Date.now() + e.retryInMs, job.token);
      throw new DelayedError();
    }
    throw e;
  }
}

@Processor(EMAIL_QUEUE, { concurrency: 8, lockDuration: LOCK_MS, stalledInterval: LOCK_MS })
export class EmailProcessor extends QueueProcessor implements OnApplicationBootstrap {
  constructor(private readonly runner: DeliveryRunner) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    [DELIVER_JOB]: (job: Job<DeliveryJobData>) => deliver(this.runner, 'email', job),
  };

  onApplicationBootstrap(): void {
    logConnectionErrors(this.worker, `worker:${EMAIL_QUEUE}`);
  }
}

@Processor(WEBHOOK_QUEUE, { concurrency: 16, lockDuration: LOCK_MS, stalledInterval: LOCK_MS })
export class WebhookProcessor extends QueueProcessor implements OnApplicationBootstrap {
  constructor(private readonly runner: DeliveryRunner) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    [DELIVER_JOB]: (job: Job<DeliveryJobData>) => deliver(this.runner, 'webhook', job),
  };

  onApplicationBootstrap(): void {
    logConnectionErrors(this.worker, `worker:${WEBHOOK_QUEUE}`);
  }
}
