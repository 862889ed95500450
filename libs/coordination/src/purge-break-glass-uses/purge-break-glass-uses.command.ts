import { Command } from '@nestjs/cqrs';
import type { PurgedRows, RowPurge } from '@mnio/platform';

/**
 * Retention (rule `break_glass_uses`): break-the-glass records used, and expired, before the cut-off (the audit
 * period) are deleted; the audit journal keeps its own entries of each use. Sent by the privacy context's retention job.
 */
export class PurgeBreakGlassUsesCommand extends Command<PurgedRows> {
  constructor(readonly purge: RowPurge) {
    super();
  }
}
