import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, Transactional, Db } from '@mnio/platform';
import { REFERRED_BY } from '../sharing/case-referrals.query';
import { NEWEST_FIRST, readableCases } from './case-scope';

export interface ReferredCase {
  caseId: string;
  reference: string;
  territory: string;
  minor: boolean;
  identificationStatus: string;
  caseStatus: string;
  /** Which of the actor's organisations the case was referred to. */
  organisationId: string;
  referredAt: string;
  referredByOrganisationId: string | null;
}

/** The cases referred to the actor's organisations (live referral grants), newest referral first. */
export class ListReferredCasesQuery extends Query<{ items: ReferredCase[]; nextCursor: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly filter: { cursor?: string; limit: number },
  ) {
    super();
  }
}

/** Scoped in SQL by the same `list` rules as every case list, keyset-paginated on the referral's (granted_at, id). */
@QueryHandler(ListReferredCasesQuery)
export class ListReferredCasesHandler implements IQueryHandler<ListReferredCasesQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, filter }: ListReferredCasesQuery): Promise<{ items: ReferredCase[]; nextCursor: string | null }> {
    const cursor = NEWEST_FIRST.decode(filter.cursor);
    // Only the memberships that may list cases at all: a role that never sees a case gets nothing through its organisation.
    const organisations = actor.memberships.filter((m) => this.abilities.forActor({ ...actor, memberships: [m] }).can('list', 'Case')).map((m) => m.organisationId);
    const params: unknown[] = [];
    const where = [
      `a.reason = 'referral'`, 'a.revoked_at IS NULL',
      `a.organisation_id = ANY($${params.push(organisations)}::uuid[])`,
      readableCases(this.abilities.forActor(actor), params),
    ];
    if (cursor) where.push(`(a.granted_at, a.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`);
    const rows: (Omit<ReferredCase, 'referredAt'> & { referredAt: Date; atKey: string; grantId: string })[] = await this.db.em.query(
      `SELECT c.id AS "caseId", c.reference, c.territory, c.minor, c.identification_status AS "identificationStatus", c.case_status AS "caseStatus",
              a.organisation_id AS "organisationId", a.granted_at AS "referredAt", ${REFERRED_BY} AS "referredByOrganisationId",
              a.granted_at::text AS "atKey", a.id AS "grantId"
       FROM case_access a JOIN cases c ON c.id = a.case_id
       WHERE ${where.join(' AND ')}
       ORDER BY a.granted_at DESC, a.id DESC LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, filter.limit);
    const items = page.map(({ atKey: _k, grantId: _g, referredAt, ...r }) => ({ ...r, referredAt: referredAt.toISOString() }));
    if (items.length) {
      // The page shows what was referred to the actor's organisations: named when they are one, else none (never a guess).
      const receivers = [...new Set(items.map((i) => i.organisationId))];
      await this.audit.record({
        action: 'case.list', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, actorOrganisationId: receivers.length === 1 ? receivers[0] : null,
        details: { caseIds: items.map((i) => i.caseId) },
      });
    }
    return { items, nextCursor: NEWEST_FIRST.next(rows, filter.limit, (last) => [last.atKey, last.grantId]) };
  }
}
