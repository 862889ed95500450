import { Command } from '@nestjs/cqrs';
import type { PurgedRows, RowPurge } from '@mnio/platform';

/**
 * Ports of the retention job's row rules whose tables belong to a context that itself depends on privacy
 * (notifications tells privacy's events): privacy declares the commands, the owner handles them (its handler imports
 * these classes), so the two contexts never import each other. The rules of contexts privacy already depends on
 * (directory, coordination, cases) are commands those contexts declare in their own `index.ts`.
 */
export class PurgeNotificationsCommand extends Command<PurgedRows> {
  constructor(readonly purge: RowPurge) {
    super();
  }
}

/** Finished email and webhook deliveries (and their dead letters): the delivery logs. */
export class PurgeNotificationDeliveriesCommand extends Command<PurgedRows> {
  constructor(readonly purge: RowPurge) {
    super();
  }
}
