import { Processor } from '@nestjs/bullmq';
import { AuditAnchorService } from '@mnio/audit';
import { JobHandler, QueueProcessor } from '@mnio/platform';

export const MAINTENANCE_QUEUE = 'maintenance';

/** Periodic upkeep: sealing audit stream heads into the global anchor chain. */
@Processor(MAINTENANCE_QUEUE, { concurrency: 1 })
export class MaintenanceProcessor extends QueueProcessor {
  constructor(private readonly anchors: AuditAnchorService) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    'audit-anchor': () => this.anchors.anchor(),
  };
}
