import { Query } from '@nestjs/cqrs';

export interface CaseNotificationSent {
  /** When the event happened (the notification's own date). */
  at: string;
  /** The French title the inbox showed: a label and the case's reference, never a name. */
  title: string;
  /** The organisations whose members were told (ids; the caller names them). */
  organisationIds: string[];
  /** How many people received it. */
  recipients: number;
}

/**
 * Notifications that named one case, one per event, oldest first: for the person's right of access. A port: the
 * notifications context answers it (its handler imports this class), so that privacy never imports notifications,
 * which already depends on privacy for the events it tells (no cycle between the two contexts).
 * No authorization in the answer: the caller checked who asked. Never the recipients' names.
 */
export class CaseNotificationsQuery extends Query<CaseNotificationSent[]> {
  constructor(readonly caseId: string) {
    super();
  }
}
