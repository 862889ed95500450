import type { Command } from '@nestjs/cqrs';
import { PurgeRectifiedValuesCommand } from '@mnio/cases';
import { PurgeBreakGlassUsesCommand } from '@mnio/coordination';
import { PurgeEndedSessionsCommand, PurgeLoginThrottleCommand } from '@mnio/directory';
import type { PurgedRows, RowPurge } from '@mnio/platform';
import { RETENTION_RULES } from './retention-rules';
import { PurgeNotificationDeliveriesCommand, PurgeNotificationsCommand } from './row-purge.ports';

export type RowRuleKind = { [K in keyof typeof RETENTION_RULES]: (typeof RETENTION_RULES)[K]['scope'] extends 'rows' ? K : never }[keyof typeof RETENTION_RULES];

/**
 * Who purges each row rule's rows: the context that owns the table, through its front door (or, for notifications,
 * which depends on privacy, through privacy's port). A rule added to `RETENTION_RULES` without its purge does not compile.
 */
export const ROW_PURGES: Record<RowRuleKind, (p: RowPurge) => Command<PurgedRows>> = {
  notifications: (p) => new PurgeNotificationsCommand(p),
  auth_sessions: (p) => new PurgeEndedSessionsCommand(p),
  login_throttle: (p) => new PurgeLoginThrottleCommand(p),
  notification_deliveries: (p) => new PurgeNotificationDeliveriesCommand(p),
  break_glass_uses: (p) => new PurgeBreakGlassUsesCommand(p),
  case_rectifications: (p) => new PurgeRectifiedValuesCommand(p),
};
