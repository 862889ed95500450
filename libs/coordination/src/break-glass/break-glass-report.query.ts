import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { ListOrganisationsQuery, UserDisplayNamesQuery } from '@mnio/directory';
import { Actor, DomainError, Transactional, Db } from '@mnio/platform';

export interface BreakGlassReport {
  from: string;
  to: string;
  total: number;
  byUser: { userId: string; displayName: string | null; organisationId: string; uses: number; firstAt: string; lastAt: string }[];
  byOrganisation: { organisationId: string; name: string | null; kind: string | null; uses: number; users: number; byReason: Record<string, number> }[];
}

/** Break-the-glass uses between two days (inclusive), by user and organisation: who, how often, why. No case content. */
export class BreakGlassReportQuery extends Query<BreakGlassReport> {
  constructor(
    readonly actor: Actor,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(BreakGlassReportQuery)
export class BreakGlassReportHandler implements IQueryHandler<BreakGlassReportQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ from, to }: BreakGlassReportQuery): Promise<BreakGlassReport> {
    if (to < from) throw new DomainError('REPORT_PERIOD_INVALID', 'The period ends before it starts');
    const em = this.db.em;
    // Days are French calendar days.
    const period = `used_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Paris' AND used_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`;
    const users: { userId: string; organisationId: string; uses: number; firstAt: Date; lastAt: Date }[] = await em.query(
      `SELECT user_id AS "userId", organisation_id AS "organisationId", count(*)::int AS uses, min(used_at) AS "firstAt", max(used_at) AS "lastAt"
       FROM break_glass_uses WHERE ${period} GROUP BY user_id, organisation_id ORDER BY uses DESC, user_id`,
      [from, to],
    );
    const orgs: { organisationId: string; uses: number; users: number; byReason: Record<string, number> }[] = await em.query(
      `WITH p AS (SELECT organisation_id, user_id, reason_code FROM break_glass_uses WHERE ${period})
       SELECT o.organisation_id AS "organisationId", o.uses, o.users,
              (SELECT json_object_agg(reason_code, n) FROM (SELECT reason_code, count(*)::int AS n FROM p WHERE p.organisation_id = o.organisation_id GROUP BY reason_code) r) AS "byReason"
       FROM (SELECT organisation_id, count(*)::int AS uses, count(DISTINCT user_id)::int AS users FROM p GROUP BY organisation_id) o
       ORDER BY o.uses DESC, o.organisation_id`,
      [from, to],
    );
    const orgIds = [...new Set(orgs.map((o) => o.organisationId))];
    const orgInfo = new Map((orgIds.length ? await this.queries.execute(new ListOrganisationsQuery({ ids: orgIds })) : []).map((o) => [o.id, o]));
    const names = new Map((await this.queries.execute(new UserDisplayNamesQuery([...new Set(users.map((u) => u.userId))]))).map((u) => [u.id, u.displayName]));
    await this.audit.record({ action: 'break_glass.report_read', subjectType: 'break_glass_report', subjectId: null, details: { from, to } });
    return {
      from,
      to,
      total: users.reduce((n, u) => n + u.uses, 0),
      byUser: users.map((u) => ({ ...u, displayName: names.get(u.userId) ?? null, firstAt: u.firstAt.toISOString(), lastAt: u.lastAt.toISOString() })),
      byOrganisation: orgs.map((o) => ({ ...o, name: orgInfo.get(o.organisationId)?.name ?? null, kind: orgInfo.get(o.organisationId)?.kind ?? null })),
    };
  }
}
