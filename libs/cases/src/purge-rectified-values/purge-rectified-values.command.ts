import { Command } from '@nestjs/cqrs';
import type { PurgedRows, RowPurge } from '@mnio/platform';

/**
 * Retention (rule `case_rectifications`): the values a rectification replaced, kept encrypted for the audit period,
 * are emptied once older than the cut-off. The rectification's row stays (who, when, which fields): the case's
 * history still shows that a correction happened. Sent by the privacy context's retention job.
 */
export class PurgeRectifiedValuesCommand extends Command<PurgedRows> {
  constructor(readonly purge: RowPurge) {
    super();
  }
}
