import { Command } from '@nestjs/cqrs';
import type { PurgedRows, RowPurge } from '@mnio/platform';

/**
 * Retention (rule `auth_sessions`): sessions that ended (expired or revoked) before the cut-off are deleted with
 * their refresh tokens (and, by cascade, their ProConnect link). A session still running is never reached: its
 * expiry lies ahead. Sent by the privacy context's retention job.
 */
export class PurgeEndedSessionsCommand extends Command<PurgedRows> {
  constructor(readonly purge: RowPurge) {
    super();
  }
}
