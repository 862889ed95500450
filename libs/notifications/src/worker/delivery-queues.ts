import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import type { DeliveryChannel } from '../domain/event-types';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { logConnectionErrors } from './connection-errors';
import { DELIVER_JOB, DeliveryJobData, deliveryJobId, EMAIL_QUEUE, WEBHOOK_QUEUE } from '../queues';

export interface OpenDelivery {
  id: string;
  channel: DeliveryChannel;
  replays: number;
  next_attempt_at?: Date;
}

/**
 * Puts delivery jobs on their channel's queue. The job id is derived from the delivery row, so enqueueing
 * the same delivery again (a re-run fan-out, the reconciler) is a no-op while the job exists.
 */
@Injectable()
export class DeliveryQueues {
  constructor(
    @InjectQueue(EMAIL_QUEUE) private readonly email: Queue<DeliveryJobData>,
    @InjectQueue(WEBHOOK_QUEUE) private readonly webhook: Queue<DeliveryJobData>,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    logConnectionErrors(email, `queue:${EMAIL_QUEUE}`);
    logConnectionErrors(webhook, `queue:${WEBHOOK_QUEUE}`);
  }

  queue(channel: DeliveryChannel): Queue<DeliveryJobData> {
    return channel === 'email' ? this.email : this.webhook;
  }

  /** The database counts attempts and decides on the dead letter; BullMQ only paces retries (a little slack for failures before a claim). */
  private options(d: OpenDelivery): JobsOptions {
    const attempts = (d.channel === 'email' ? this.config.emailAttempts : this.config.webhookAttempts) + 3;
    const delay = d.next_attempt_at ? Math.max(0, d.next_attempt_at.getTime() - Date.now()) : 0;
    return { jobId: deliveryJobId(d.channel, d.id, d.replays), attempts, backoff: { type: 'exponential', delay: this.config.backoffMs }, delay };
  }

  async enqueue(deliveries: OpenDelivery[]): Promise<void> {
    for (const channel of ['email', 'webhook'] as const) {
      const mine = deliveries.filter((d) => d.channel === channel);
      if (mine.length) await this.queue(channel).addBulk(mine.map((d) => ({ name: DELIVER_JOB, data: { deliveryId: d.id }, opts: this.options(d) })));
    }
  }
}
