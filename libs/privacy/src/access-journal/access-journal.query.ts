import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { CaseIdsOwnedByQuery, CaseOwnersQuery } from '@mnio/cases';
import { ListOrganisationsQuery, UserDisplayNamesQuery } from '@mnio/directory';
import { AbilityFactory, Actor, asSubject, Db, DomainError, ForbiddenError, InvalidCursorError, keysetCursor, Transactional } from '@mnio/platform';
import './access-journal.errors';
import { actionsOfKinds, JOURNAL_ACTIONS, JOURNAL_KINDS, JournalKind } from './journal-vocabulary';

export interface AccessJournalFilters {
  /** Reads by this user only. */
  userId?: string;
  /** This organisation's scope only (see `AccessJournalQuery`); required to be one's own for an organisation's DPO or coordinator. */
  organisationId?: string;
  /** First and last French calendar days, inclusive (YYYY-MM-DD). */
  from?: string;
  to?: string;
  kinds?: JournalKind[];
}

export interface AccessJournalEntry {
  /** The journal entry's id: stable, part of the page's key. */
  id: string;
  at: string;
  kind: JournalKind;
  /** The audit journal's action (`case.identity_read`, `statistics.exported`…). */
  action: string;
  userId: string | null;
  userName: string | null;
  /** The organisation whose rules allowed the act (the reader's). */
  organisationId: string | null;
  organisationName: string | null;
  /** The case read, by its reference only: never the person's identity. Null for exports of figures. */
  caseId: string | null;
  caseReference: string | null;
  /** The organisation that follows the case today. */
  caseOwnerOrganisationId: string | null;
  caseOwnerOrganisationName: string | null;
  /** The reason code the reader gave (identity reads, break-the-glass). */
  reason: string | null;
  /** Exports: the report or file exported (a code); break-the-glass: when the access ended. */
  detail: string | null;
}

export interface AccessJournalPage {
  items: AccessJournalEntry[];
  nextCursor: string | null;
}

/** Newest first: keyset on (occurred_at, id). */
const NEWEST_FIRST = keysetCursor('timestamp', 'int');
/** An organisation nobody belongs to: an ability that allows the journal for it allows it for every organisation (the platform's DPO). */
const ANY_ORGANISATION = '00000000-0000-0000-0000-000000000000';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Who read what (issue 16 §4), from the audit journal: identity reads, break-the-glass uses and exports, newest
 * first, filtered by user, organisation, period and kind, paged by cursor. Case references only, never identity.
 *
 * An organisation's scope (its DPO's and its coordinators'): the entries BY its users (the entry's acting
 * organisation is it) and the entries OF the cases it follows today (the case's current owner is it — after a
 * transfer, the new owner sees the reads made before; the former owner keeps the reads its own users made). The
 * platform's DPO reads every organisation's, and may narrow to one with the same meaning.
 *
 * Reading the journal is itself audited (`privacy.access_journal_read`, or `…_exported` for the CSV).
 */
export class AccessJournalQuery extends Query<AccessJournalPage> {
  constructor(
    readonly actor: Actor,
    readonly filters: AccessJournalFilters,
    readonly page: { cursor?: string; limit: number },
    readonly purpose: 'read' | 'export' = 'read',
  ) {
    super();
  }
}

@QueryHandler(AccessJournalQuery)
export class AccessJournalHandler implements IQueryHandler<AccessJournalQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, filters, page, purpose }: AccessJournalQuery): Promise<AccessJournalPage> {
    const ability = this.abilities.forActor(actor);
    const allowed = (organisationId: string) => ability.can(purpose, asSubject('AccessJournal', { organisationId }));
    const everyOrganisation = allowed(ANY_ORGANISATION);
    let scope: string[] | null;
    if (filters.organisationId) {
      if (!allowed(filters.organisationId)) throw new ForbiddenError('FORBIDDEN', "This organisation's journal is read by its own data-protection officer and coordinators");
      scope = [filters.organisationId];
    } else if (everyOrganisation) {
      scope = null;
    } else {
      scope = [...new Set(actor.memberships.map((m) => m.organisationId))].filter(allowed);
      if (!scope.length) throw new ForbiddenError();
    }
    const { from, to } = filters;
    if ((from && !DAY.test(from)) || (to && !DAY.test(to))) throw new DomainError('VALIDATION_FAILED', 'Days are YYYY-MM-DD');
    if (from && to && to < from) throw new DomainError('REPORT_PERIOD_INVALID', 'The period ends before it starts');
    const after = NEWEST_FIRST.decode(page.cursor);
    if (after && after[1] === 0) throw new InvalidCursorError();

    const actions = actionsOfKinds(filters.kinds?.length ? filters.kinds : JOURNAL_KINDS);
    const ownedCaseIds = scope ? await this.queries.execute(new CaseIdsOwnedByQuery(scope)) : [];
    const rows: {
      id: string; atText: string; at: Date; action: string; actorUserId: string | null; actorOrganisationId: string | null;
      subjectType: string; subjectId: string | null; reason: string | null; report: string | null; format: string | null; expiresAt: string | null;
    }[] = await this.db.em.query(
      `SELECT e.id, e.occurred_at::text AS "atText", e.occurred_at AS at, e.action, e.actor_user_id AS "actorUserId",
              e.actor_organisation_id AS "actorOrganisationId", e.subject_type AS "subjectType", e.subject_id AS "subjectId", e.reason,
              e.details->>'report' AS report, e.details->>'format' AS format, e.details->>'expiresAt' AS "expiresAt"
       FROM audit_entries e
       WHERE e.action = ANY($1::text[])
         AND ($2::uuid[] IS NULL OR e.actor_organisation_id = ANY($2::uuid[]) OR (e.subject_type = 'case' AND e.subject_id = ANY($3::text[])))
         AND ($4::uuid IS NULL OR e.actor_user_id = $4::uuid)
         AND ($5::date IS NULL OR e.occurred_at >= ($5::date)::timestamp AT TIME ZONE 'Europe/Paris')
         AND ($6::date IS NULL OR e.occurred_at < ($6::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
         AND ($7::timestamptz IS NULL OR (e.occurred_at, e.id) < ($7::timestamptz, $8::bigint))
       ORDER BY e.occurred_at DESC, e.id DESC
       LIMIT $9`,
      [actions, scope, ownedCaseIds, filters.userId ?? null, from ?? null, to ?? null, after?.[0] ?? null, after?.[1] ?? null, page.limit + 1],
    );
    const shown = rows.slice(0, page.limit);

    const caseIds = [...new Set(shown.filter((r) => r.subjectType === 'case' && r.subjectId).map((r) => r.subjectId as string))];
    const cases = new Map((await this.queries.execute(new CaseOwnersQuery(caseIds))).map((c) => [c.id, c]));
    const userIds = [...new Set(shown.map((r) => r.actorUserId).filter((id): id is string => !!id))];
    const names = new Map((userIds.length ? await this.queries.execute(new UserDisplayNamesQuery(userIds)) : []).map((u) => [u.id, u.displayName]));
    const orgIds = [...new Set([...shown.map((r) => r.actorOrganisationId), ...[...cases.values()].map((c) => c.ownerOrganisationId)].filter((id): id is string => !!id))];
    const orgs = new Map((orgIds.length ? await this.queries.execute(new ListOrganisationsQuery({ ids: orgIds })) : []).map((o) => [o.id, o.name]));

    await this.audit.record({
      action: purpose === 'export' ? 'privacy.access_journal_exported' : 'privacy.access_journal_read',
      subjectType: 'access_journal',
      subjectId: scope?.length === 1 ? scope[0] : null,
      actorOrganisationId: this.actingFor(actor, purpose, scope),
      details: { entries: shown.length, from: from ?? null, to: to ?? null, userId: filters.userId ?? null, kinds: filters.kinds ?? null, organisations: scope },
    });

    const items: AccessJournalEntry[] = shown.map((r) => {
      const kind = JOURNAL_ACTIONS[r.action];
      const c = r.subjectType === 'case' && r.subjectId ? cases.get(r.subjectId) : undefined;
      const caseId = r.subjectType === 'case' ? r.subjectId : null;
      return {
        id: String(r.id),
        at: r.at.toISOString(),
        kind,
        action: r.action,
        userId: r.actorUserId,
        userName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
        organisationId: r.actorOrganisationId,
        organisationName: r.actorOrganisationId ? (orgs.get(r.actorOrganisationId) ?? null) : null,
        caseId,
        caseReference: c?.reference ?? null,
        caseOwnerOrganisationId: c?.ownerOrganisationId ?? null,
        caseOwnerOrganisationName: c ? (orgs.get(c.ownerOrganisationId) ?? null) : null,
        reason: kind === 'export' ? null : r.reason,
        detail: kind === 'break_glass' ? r.expiresAt : kind === 'export' ? ([r.report, r.format].filter(Boolean).join(':') || null) : null,
      };
    });
    return { items, nextCursor: NEWEST_FIRST.next(rows, page.limit, (last) => [last.atText, Number(last.id)]) };
  }

  /** The organisation the reading is recorded for: the one asked, else the actor's first allowed one (none for the platform's DPO reading all). */
  private actingFor(actor: Actor, purpose: string, scope: string[] | null): string | null {
    if (!scope) return actor.memberships.find((m) => this.abilities.forActor({ ...actor, memberships: [m] }).can(purpose, asSubject('AccessJournal', { organisationId: ANY_ORGANISATION })))?.organisationId ?? null;
    return scope[0] ?? null;
  }
}
