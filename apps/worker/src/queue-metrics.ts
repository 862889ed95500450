import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { Gauge } from 'prom-client';
import { EMAIL_QUEUE, REMINDERS_QUEUE, WEBHOOK_QUEUE } from '@mnio/notifications';
import { EVENTS_QUEUE, Metrics } from '@mnio/platform';
import { MAINTENANCE_QUEUE } from './maintenance.processor';

/** The worker's queues (those of WORKER_JOBS). */
export const MEASURED_QUEUES = [EVENTS_QUEUE, MAINTENANCE_QUEUE, EMAIL_QUEUE, WEBHOOK_QUEUE, REMINDERS_QUEUE];

const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * `mnio_queue_jobs{queue,state}`: each BullMQ queue's jobs waiting, running, delayed and failed (kept a week,
 * `removeOnFail`), counted in Redis at scrape time. Labels are the queue's name and the state only.
 */
@Injectable()
export class QueueMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const queues = MEASURED_QUEUES.map((name) => ({ name, queue: this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }) }));
    const jobs = new Gauge({
      name: 'mnio_queue_jobs',
      help: 'BullMQ jobs by queue and state (waiting, active, delayed, failed), read from Redis at scrape time.',
      labelNames: ['queue', 'state'] as const,
      registers: [this.metrics.registry],
    });
    this.metrics.onScrape(async () => {
      jobs.reset();
      await Promise.all(
        queues.map(async ({ name, queue }) => {
          const counts = await queue.getJobCounts(...STATES);
          for (const state of STATES) jobs.set({ queue: name, state }, counts[state] ?? 0);
        }),
      );
    });
  }
}
