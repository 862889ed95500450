import { Inject, Injectable, Logger } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { ListOrganisationsQuery } from '@mnio/directory';
import { countIdentityReadAlert, Db, OutboxService, Transactional } from '@mnio/platform';
import { ACCESS_JOURNAL_EVENTS } from './access-journal.events';
import { IDENTITY_READ_ALERTS_CONFIG, IdentityReadAlertsConfig } from './identity-read-alerts.config';

export interface RaisedAlert {
  alertId: string;
  userId: string;
  organisationId: string;
  day: string;
  reads: number;
}

/**
 * The job behind the alert « a user read far more identities than usual » (issue 16 §4). Counts each user's identity
 * reads per organisation for today and yesterday (French calendar days: yesterday too, so the reads of a day's last
 * minutes are seen after midnight) in the audit journal, from the index of identity reads by time (migration
 * 1764320071000). Past the threshold, one alert per user, organisation and day: recorded under a unique key and
 * published in the same transaction, so two workers scanning together, or the same day scanned again, tell once.
 * The notifications context tells the organisation's DPOs and the platform's (in-app; ids and counts, no case).
 */
@Injectable()
export class IdentityReadAlertsScanner {
  private readonly logger = new Logger('privacy');

  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxService,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
    @Inject(IDENTITY_READ_ALERTS_CONFIG) private readonly config: IdentityReadAlertsConfig,
  ) {}

  @Transactional()
  async scan(now = new Date()): Promise<RaisedAlert[]> {
    const em = this.db.em;
    const threshold = this.config.perDay;
    const over: { userId: string; organisationId: string; day: string; reads: number }[] = await em.query(
      `WITH bounds AS (
         SELECT (($1::timestamptz AT TIME ZONE 'Europe/Paris')::date - 1) AS first_day
       )
       SELECT actor_user_id AS "userId", actor_organisation_id AS "organisationId",
              to_char((occurred_at AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD') AS day, count(*)::int AS reads
       FROM audit_entries, bounds
       WHERE action = 'case.identity_read'
         AND occurred_at >= (bounds.first_day)::timestamp AT TIME ZONE 'Europe/Paris'
         AND occurred_at <= $1::timestamptz
         AND actor_user_id IS NOT NULL AND actor_organisation_id IS NOT NULL
       GROUP BY 1, 2, 3
       HAVING count(*) > $2
       ORDER BY 3, 1, 2`,
      [now.toISOString(), threshold],
    );
    if (!over.length) return [];
    const platform = (await this.queries.execute(new ListOrganisationsQuery({ kind: 'platform' })))[0]?.id ?? null;
    const raised: RaisedAlert[] = [];
    for (const o of over) {
      const [row]: { id: string }[] = await em.query(
        `INSERT INTO identity_read_alerts (user_id, organisation_id, day, reads, threshold) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, organisation_id, day) DO NOTHING RETURNING id`,
        [o.userId, o.organisationId, o.day, o.reads, threshold],
      );
      if (!row) continue;
      await this.outbox.publish(ACCESS_JOURNAL_EVENTS.IdentityReadsAlertRaised, {
        alertId: row.id, userId: o.userId, organisationId: o.organisationId, platformOrganisationId: platform, day: o.day, reads: o.reads, threshold,
      });
      await this.audit.record({
        action: 'privacy.identity_reads_alert_raised', subjectType: 'user', subjectId: o.userId, actorUserId: null, actorOrganisationId: o.organisationId,
        details: { alertId: row.id, day: o.day, reads: o.reads, threshold },
      });
      countIdentityReadAlert();
      raised.push({ alertId: row.id, ...o });
    }
    // Ids and counts only: never who was read.
    if (raised.length) this.logger.warn({ msg: 'identity_reads_alerts_raised', alerts: raised.length, threshold });
    return raised;
  }
}
