import { Logger } from '@nestjs/common';
import { countNotificationDelivery } from '@mnio/platform';

export type DeliveryOutcome = 'delivered' | 'sent' | 'retry' | 'dead' | 'skipped' | 'already_done' | 'lease_held' | 'missing';

/** One structured line per delivery attempt: ids, channel, outcome, an error code. Never an address or a name. */
export interface DeliveryLogLine {
  deliveryId?: string;
  eventKey: string;
  eventType: string;
  channel: 'in_app' | 'email' | 'webhook';
  recipientId: string;
  organisationId?: string;
  attempt?: number;
  outcome: DeliveryOutcome;
  errorCode?: string;
  durationMs?: number;
}

const logger = new Logger('notifications');

export function logDelivery(line: DeliveryLogLine): void {
  countNotificationDelivery(line.channel, line.outcome);
  if (line.outcome === 'dead' || line.outcome === 'retry') logger.warn(line, 'notification delivery');
  else logger.log(line, 'notification delivery');
}
