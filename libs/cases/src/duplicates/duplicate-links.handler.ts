import { CommandHandler, ICommandHandler, IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { OrganisationsByIdQuery } from '@mnio/directory';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, asSubject, Db, DomainError, isUuid, NotFoundError, organisationIdsOf, OutboxService, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { RECORDING_ROLES } from '../cases.abilities';
import { DuplicateCheck, DuplicateFinder } from './duplicate-finder.service';
import {
  AnswerDuplicateLinkCommand, CheckDuplicatesCommand, DuplicateLinkView, DuplicateMatchView, ListDuplicateLinksQuery, ListDuplicateMatchesQuery,
  RequestDuplicateLinkCommand,
} from './duplicate-links.command';
import { CASES_EVENTS } from '../events';

@CommandHandler(CheckDuplicatesCommand)
export class CheckDuplicatesHandler implements ICommandHandler<CheckDuplicatesCommand> {
  constructor(
    private readonly access: CaseAccessService,
    private readonly finder: DuplicateFinder,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: CheckDuplicatesCommand): Promise<DuplicateCheck> {
    const subject = await this.access.authorize(actor, caseId, 'check_duplicates');
    return this.finder.find(actor, caseId, subject.ownerOrganisationId, true);
  }
}

/**
 * The owner of the case that was already there proposes a link to the organisation that recorded the other
 * one, which decides. The proposer must be able to manage its own case; neither side sees the other's identity.
 */
@CommandHandler(RequestDuplicateLinkCommand)
export class RequestDuplicateLinkHandler implements ICommandHandler<RequestDuplicateLinkCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ actor, matchId }: RequestDuplicateLinkCommand): Promise<{ linkId: string; status: 'requested' }> {
    const em = this.db.em;
    const [match]: { mine: string; theirs: string; their_org: string; their_territory: string }[] = await em.query(
      `SELECT m.other_case_id AS mine, m.case_id AS theirs, c.owner_organisation_id AS their_org, c.territory AS their_territory
       FROM case_duplicate_matches m JOIN cases c ON c.id = m.case_id WHERE m.id = $1`,
      [matchId],
    );
    if (!match) throw new NotFoundError('Match');
    // Not the owner of the case that was already there: the same 404 as a missing match.
    const subject = await this.access.authorize(actor, match.mine, 'check_duplicates').catch((e: unknown) => {
      throw e instanceof NotFoundError ? new NotFoundError('Match') : e;
    });
    const rows: { id: string }[] = await em.query(
      `INSERT INTO case_links (match_id, case_id, other_case_id, requester_organisation_id, other_organisation_id, status, requested_by)
       VALUES ($1, $2, $3, $4, $5, 'requested', $6) ON CONFLICT DO NOTHING RETURNING id`,
      [matchId, match.mine, match.theirs, subject.ownerOrganisationId, match.their_org, actor.userId],
    );
    if (!rows[0]) throw new DomainError('DUPLICATE_LINK_EXISTS', 'A link between these cases is already requested or accepted');
    const actorOrganisationId = this.access.actingOrganisation(actor, subject, 'check_duplicates');
    for (const caseId of [match.mine, match.theirs]) {
      await this.audit.record({ action: 'case.duplicate_link_requested', subjectType: 'case', subjectId: caseId, actorOrganisationId, details: { linkId: rows[0].id } });
    }
    await this.outbox.publish(CASES_EVENTS.DuplicateLinkRequested, {
      linkId: rows[0].id, requesterOrganisationId: subject.ownerOrganisationId, otherOrganisationId: match.their_org, territory: match.their_territory,
    }, rows[0].id);
    return { linkId: rows[0].id, status: 'requested' };
  }
}

/** Matches found against the actor's own cases, newest first, with the link proposed from each if any. */
@QueryHandler(ListDuplicateMatchesQuery)
export class ListDuplicateMatchesHandler implements IQueryHandler<ListDuplicateMatchesQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor }: ListDuplicateMatchesQuery): Promise<DuplicateMatchView[]> {
    const found: (Omit<DuplicateMatchView, 'otherOrganisationKind'> & { otherOrganisationId: string })[] = await this.db.em.query(
      `SELECT m.id AS "matchId", mine.id AS "caseId", mine.reference, other.territory AS "otherTerritory", other.owner_organisation_id AS "otherOrganisationId",
              CASE WHEN other.owner_organisation_id = mine.owner_organisation_id THEN other.reference END AS "otherReference",
              CASE WHEN other.owner_organisation_id = mine.owner_organisation_id THEN other.id END AS "otherCaseId",
              m.found_at AS "foundAt", l.id AS "linkId", l.status AS "linkStatus"
       FROM case_duplicate_matches m
       JOIN cases mine ON mine.id = m.other_case_id
       JOIN cases other ON other.id = m.case_id
       LEFT JOIN LATERAL (SELECT id, status FROM case_links WHERE match_id = m.id ORDER BY requested_at DESC LIMIT 1) l ON true
       WHERE mine.owner_organisation_id = ANY($1) AND mine.case_status NOT IN ('closed', 'closed_referred')
       ORDER BY m.found_at DESC, m.id LIMIT 200`,
      [actor.memberships.filter((m) => RECORDING_ROLES.includes(m.role)).map((m) => m.organisationId)],
    );
    const rows = await withOrganisationKind(this.queries, found);
    await this.audit.record({ action: 'case.duplicate_matches_listed', subjectType: 'user', subjectId: actor.userId, details: { count: rows.length } });
    return rows;
  }
}

@CommandHandler(AnswerDuplicateLinkCommand)
export class AnswerDuplicateLinkHandler implements ICommandHandler<AnswerDuplicateLinkCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ actor, linkId, accept, reasonCode }: AnswerDuplicateLinkCommand): Promise<{ linkId: string; status: 'accepted' | 'refused' }> {
    const em = this.db.em;
    const [link]: { status: string; other_organisation_id: string; requester_organisation_id: string; case_id: string; other_case_id: string }[] = isUuid(linkId)
      ? await em.query(`SELECT status, other_organisation_id, requester_organisation_id, case_id, other_case_id FROM case_links WHERE id = $1 FOR UPDATE`, [linkId])
      : [];
    const ability = this.abilities.forActor(actor);
    if (!link || !ability.can('answer_duplicate_link', asSubject('CaseLink', { otherOrganisationId: link.other_organisation_id }))) throw new NotFoundError('Link');
    if (link.status !== 'requested') throw new DomainError('DUPLICATE_LINK_ALREADY_ANSWERED', 'This link request was already answered');
    const status = accept ? 'accepted' : 'refused';
    await em.query(`UPDATE case_links SET status = $2, answered_by = $3, answered_at = now(), refusal_reason = $4 WHERE id = $1`, [linkId, status, actor.userId, accept ? null : reasonCode ?? null]);
    for (const caseId of [link.case_id, link.other_case_id]) {
      await this.audit.record({ action: `case.duplicate_link_${status}`, subjectType: 'case', subjectId: caseId, actorOrganisationId: link.other_organisation_id, details: { linkId } });
    }
    await this.outbox.publish(CASES_EVENTS.DuplicateLinkAnswered, { linkId, status, requesterOrganisationId: link.requester_organisation_id, otherOrganisationId: link.other_organisation_id }, linkId);
    return { linkId, status };
  }
}

@QueryHandler(ListDuplicateLinksQuery)
export class ListDuplicateLinksHandler implements IQueryHandler<ListDuplicateLinksQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
  ) {}

  async execute({ actor, status }: ListDuplicateLinksQuery): Promise<DuplicateLinkView[]> {
    const orgs = organisationIdsOf(actor);
    const links: (Omit<DuplicateLinkView, 'otherOrganisationKind'> & { otherOrganisationId: string })[] = await this.db.em.query(
      `SELECT l.id AS "linkId", l.status, d.direction, mine.id AS "caseId", mine.reference, other.territory AS "otherTerritory",
              CASE WHEN d.direction = 'incoming' THEN l.requester_organisation_id ELSE l.other_organisation_id END AS "otherOrganisationId",
              l.requested_at AS "requestedAt"
       FROM case_links l
       CROSS JOIN LATERAL (VALUES
         (CASE WHEN l.other_organisation_id = ANY($1) THEN 'incoming' ELSE 'outgoing' END)) AS d(direction)
       JOIN cases mine ON mine.id = CASE WHEN d.direction = 'incoming' THEN l.other_case_id ELSE l.case_id END
       JOIN cases other ON other.id = CASE WHEN d.direction = 'incoming' THEN l.case_id ELSE l.other_case_id END
       WHERE (l.other_organisation_id = ANY($1) OR l.requester_organisation_id = ANY($1)) AND ($2::text IS NULL OR l.status = $2)
       ORDER BY l.requested_at DESC LIMIT 200`,
      [orgs, status ?? null],
    );
    return withOrganisationKind(this.queries, links);
  }
}

/** Names the other organisation's kind (the directory's), in one batched call; the id itself is not shown. */
async function withOrganisationKind<T extends { otherOrganisationId: string }>(queries: QueryBus, rows: T[]): Promise<(Omit<T, 'otherOrganisationId'> & { otherOrganisationKind: string })[]> {
  const kinds = new Map((await queries.execute(new OrganisationsByIdQuery(rows.map((r) => r.otherOrganisationId)))).map((o) => [o.id, o.kind]));
  return rows.filter((r) => kinds.has(r.otherOrganisationId)).map(({ otherOrganisationId, ...r }) => ({ ...r, otherOrganisationKind: kinds.get(otherOrganisationId)! }));
}
