import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db, isUuid } from '@mnio/platform';
import type { NotificationContent } from '../domain/notification-event';
import { notificationTitle } from '../domain/templates';

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
 * Notifications that named one case, one per event, oldest first: for the person's right of access (`@mnio/privacy`).
 * No authorization here: the caller checked who asked. Never the recipients' names.
 */
export class CaseNotificationsQuery extends Query<CaseNotificationSent[]> {
  constructor(readonly caseId: string) {
    super();
  }
}

@QueryHandler(CaseNotificationsQuery)
export class CaseNotificationsHandler implements IQueryHandler<CaseNotificationsQuery> {
  constructor(private readonly db: Db) {}

  async execute({ caseId }: CaseNotificationsQuery): Promise<CaseNotificationSent[]> {
    if (!isUuid(caseId)) return [];
    const rows: { content: NotificationContent; at: Date; organisation_ids: string[]; recipients: string }[] = await this.db.em.query(
      `SELECT (array_agg(content ORDER BY created_at))[1] AS content, min(created_at) AS at, array_agg(DISTINCT organisation_id) AS organisation_ids, count(*) AS recipients
       FROM notifications WHERE content->>'caseId' = $1 GROUP BY event_key ORDER BY min(created_at), event_key`,
      [caseId],
    );
    return rows.map((r) => ({ at: r.at.toISOString(), title: notificationTitle(r.content), organisationIds: r.organisation_ids, recipients: Number(r.recipients) }));
  }
}
