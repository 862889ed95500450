import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal, CaseAccessLogQuery } from '@mnio/audit';
import { AuthorizeCaseQuery, CaseFactsQuery } from '@mnio/cases';
import { ListOrganisationsQuery, UserDisplayNamesQuery } from '@mnio/directory';
import { AbilityFactory, Actor, asSubject, ForbiddenError, NotFoundError, Transactional } from '@mnio/platform';

export interface CaseReaderView {
  /** `identity_read`: someone displayed the identity; `break_glass`: someone opened the case in an emergency. */
  kind: 'identity_read' | 'break_glass';
  at: string;
  userId: string | null;
  userName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  /** The reason code given: an identity read's reason, or the break-the-glass reason. */
  reason: string | null;
  /** Break-the-glass: when the access ends. */
  expiresAt: string | null;
}

/**
 * « Who read this file »: the identity reads and emergency accesses of a case, newest first, from the audit
 * journal. For the owning organisation's coordinators only; the list itself is a read of the case, audited.
 * Names the readers, never the person.
 */
export class ListCaseReadersQuery extends Query<{ items: CaseReaderView[]; nextCursor: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly page: { cursor?: string; limit: number },
  ) {
    super();
  }
}

@QueryHandler(ListCaseReadersQuery)
export class ListCaseReadersHandler implements IQueryHandler<ListCaseReadersQuery> {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, page }: ListCaseReadersQuery): Promise<{ items: CaseReaderView[]; nextCursor: string | null }> {
    await this.queries.execute(new AuthorizeCaseQuery(actor, caseId, 'read'));
    const facts = await this.queries.execute(new CaseFactsQuery(caseId));
    if (!facts) throw new NotFoundError('Case');
    if (!this.abilities.forActor(actor).can('read', asSubject('CaseAccessLog', { ownerOrganisationId: facts.ownerOrganisationId }))) {
      throw new ForbiddenError('FORBIDDEN', 'Only the coordinators of the organisation that follows the case read who opened it');
    }
    const log = await this.queries.execute(new CaseAccessLogQuery(caseId, page));
    const userIds = [...new Set(log.items.map((e) => e.actorUserId).filter((id): id is string => !!id))];
    const orgIds = [...new Set(log.items.map((e) => e.actorOrganisationId).filter((id): id is string => !!id))];
    const names = new Map((userIds.length ? await this.queries.execute(new UserDisplayNamesQuery(userIds)) : []).map((u) => [u.id, u.displayName]));
    const orgs = new Map((orgIds.length ? await this.queries.execute(new ListOrganisationsQuery({ ids: orgIds })) : []).map((o) => [o.id, o.name]));
    await this.audit.record({
      action: 'case.readers_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: facts.ownerOrganisationId, details: { entries: log.items.length },
    });
    return {
      items: log.items.map((e) => ({
        kind: e.action === 'case.break_glass' ? 'break_glass' : 'identity_read',
        at: e.at,
        userId: e.actorUserId,
        userName: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null,
        organisationId: e.actorOrganisationId,
        organisationName: e.actorOrganisationId ? (orgs.get(e.actorOrganisationId) ?? null) : null,
        reason: e.reason,
        expiresAt: e.expiresAt,
      })),
      nextCursor: log.nextCursor,
    };
  }
}
