import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CaseNotificationSent, CaseNotificationsQuery } from '@mnio/privacy';
import { Db, isUuid } from '@mnio/platform';
import type { NotificationContent } from '../domain/notification-event';
import { notificationTitle } from '../domain/templates';

/** Answers privacy's port (the person's right of access): the notifications that named one case. */
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
