import { BullRegistrar } from '@nestjs/bullmq';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { QueueProcessor } from './queue-processor';

/** Queue name → job names the worker must be able to process (`*` for a dispatching processor). */
export type JobDeclarations = Record<string, string[]>;
export const JOB_DECLARATIONS = Symbol('JOB_DECLARATIONS');

export class MissingProcessorError extends Error {
  constructor(readonly missing: string[]) {
    super(`No processor for declared job(s): ${missing.join(', ')}`);
  }
}

/** Pure check, unit-tested: every declared (queue, job) pair has a handler. */
export function missingProcessors(declared: JobDeclarations, served: Map<string, string[]>): string[] {
  const missing: string[] = [];
  for (const [queue, jobs] of Object.entries(declared)) {
    const handled = served.get(queue) ?? [];
    for (const job of jobs) if (!handled.includes(job) && !handled.includes('*')) missing.push(`${queue}/${job}`);
  }
  return missing;
}

/**
 * Runs when the worker boots: finds every processor and refuses to start on a declared job nobody handles.
 * Only then does it register the BullMQ workers (`QueueModule.forRoot('worker')` defers them), so a worker
 * that refuses to start has not taken, and failed for good, a job it cannot handle.
 */
@Injectable()
export class WorkerBootCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly registrar: BullRegistrar,
    @Inject(JOB_DECLARATIONS) private readonly declared: JobDeclarations,
  ) {}

  onModuleInit(): void {
    const served = new Map<string, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as unknown;
      if (instance instanceof QueueProcessor) {
        const queue = Reflect.getMetadata('bullmq:processor_metadata', wrapper.metatype as object)?.name as string | undefined;
        if (queue) served.set(queue, [...(served.get(queue) ?? []), ...instance.handles()]);
      }
    }
    const missing = missingProcessors(this.declared, served);
    if (missing.length) throw new MissingProcessorError(missing);
    this.registrar.register();
  }
}
