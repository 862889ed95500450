import { Command } from '@nestjs/cqrs';
import type { PurgedRows, RowPurge } from '@mnio/platform';

/**
 * Retention (rule `login_throttle`): the failed-login counters whose window opened, and whose lock (if any) ended,
 * before the cut-off. Sent by the privacy context's retention job.
 */
export class PurgeLoginThrottleCommand extends Command<PurgedRows> {
  constructor(readonly purge: RowPurge) {
    super();
  }
}
