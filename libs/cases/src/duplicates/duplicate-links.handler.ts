import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, asSubject, DomainError, NotFoundError, organisationIdsOf, OutboxService, Transactional, Tx, TransactionHost } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { DuplicateFinder, PossibleDuplicate } from './duplicate-finder.service';
import {
  AnswerDuplicateLinkCommand, CheckDuplicatesCommand, DuplicateLinkView, ListDuplicateLinksQuery, RequestDuplicateLinkCommand,
} from './duplicate-links.command';

@CommandHandler(CheckDuplicatesCommand)
export class CheckDuplicatesHandler implements ICommandHandler<CheckDuplicatesCommand> {
  constructor(
    private readonly access: CaseAccessService,
    private readonly finder: DuplicateFinder,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: CheckDuplicatesCommand): Promise<{ possibleDuplicates: PossibleDuplicate[] }> {
    const subject = await this.access.authorize(actor, caseId, 'check_duplicates');
    return { possibleDuplicates: await this.finder.find(caseId, subject.ownerOrganisationId) };
  }
}

/** Asks the other side to confirm the two cases concern one person. Neither side sees the other's identity. */
@CommandHandler(RequestDuplicateLinkCommand)
export class RequestDuplicateLinkHandler implements ICommandHandler<RequestDuplicateLinkCommand> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly access: CaseAccessService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ actor, caseId, matchId }: RequestDuplicateLinkCommand): Promise<{ linkId: string; status: 'requested' }> {
    const subject = await this.access.authorize(actor, caseId, 'check_duplicates');
    const em = (this.txHost as Tx).tx;
    const [match]: { other_case_id: string; other_org: string; other_territory: string }[] = await em.query(
      `SELECT m.other_case_id, c.owner_organisation_id AS other_org, c.territory AS other_territory
       FROM case_duplicate_matches m JOIN cases c ON c.id = m.other_case_id WHERE m.id = $1 AND m.case_id = $2`,
      [matchId, caseId],
    );
    if (!match) throw new NotFoundError('Match');
    const rows: { id: string }[] = await em.query(
      `INSERT INTO case_links (match_id, case_id, other_case_id, requester_organisation_id, other_organisation_id, status, requested_by)
       VALUES ($1, $2, $3, $4, $5, 'requested', $6) ON CONFLICT DO NOTHING RETURNING id`,
      [matchId, caseId, match.other_case_id, subject.ownerOrganisationId, match.other_org, actor.userId],
    );
    if (!rows[0]) throw new DomainError('DUPLICATE_LINK_EXISTS', 'A link between these cases is already requested or accepted');
    await this.audit.record({ action: 'case.duplicate_link_requested', subjectType: 'case', subjectId: caseId, details: { linkId: rows[0].id } });
    await this.audit.record({ action: 'case.duplicate_link_requested', subjectType: 'case', subjectId: match.other_case_id, details: { linkId: rows[0].id } });
    await this.outbox.publish('DuplicateLinkRequested', {
      linkId: rows[0].id, requesterOrganisationId: subject.ownerOrganisationId, otherOrganisationId: match.other_org, territory: match.other_territory,
    }, rows[0].id);
    return { linkId: rows[0].id, status: 'requested' };
  }
}

@CommandHandler(AnswerDuplicateLinkCommand)
export class AnswerDuplicateLinkHandler implements ICommandHandler<AnswerDuplicateLinkCommand> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ actor, linkId, accept, reasonCode }: AnswerDuplicateLinkCommand): Promise<{ linkId: string; status: 'accepted' | 'refused' }> {
    const em = (this.txHost as Tx).tx;
    const [link]: { status: string; other_organisation_id: string; requester_organisation_id: string; case_id: string; other_case_id: string }[] = /^[0-9a-f-]{36}$/.test(linkId)
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
    await this.outbox.publish('DuplicateLinkAnswered', { linkId, status, requesterOrganisationId: link.requester_organisation_id, otherOrganisationId: link.other_organisation_id }, linkId);
    return { linkId, status };
  }
}

@QueryHandler(ListDuplicateLinksQuery)
export class ListDuplicateLinksHandler implements IQueryHandler<ListDuplicateLinksQuery> {
  constructor(private readonly txHost: TransactionHost) {}

  async execute({ actor, status }: ListDuplicateLinksQuery): Promise<DuplicateLinkView[]> {
    const orgs = organisationIdsOf(actor);
    return (this.txHost as Tx).tx.query(
      `SELECT l.id AS "linkId", l.status, d.direction, mine.id AS "caseId", mine.reference, other.territory AS "otherTerritory",
              o.kind AS "otherOrganisationKind", l.requested_at AS "requestedAt"
       FROM case_links l
       CROSS JOIN LATERAL (VALUES
         (CASE WHEN l.other_organisation_id = ANY($1) THEN 'incoming' ELSE 'outgoing' END)) AS d(direction)
       JOIN cases mine ON mine.id = CASE WHEN d.direction = 'incoming' THEN l.other_case_id ELSE l.case_id END
       JOIN cases other ON other.id = CASE WHEN d.direction = 'incoming' THEN l.case_id ELSE l.other_case_id END
       JOIN organisations o ON o.id = CASE WHEN d.direction = 'incoming' THEN l.requester_organisation_id ELSE l.other_organisation_id END
       WHERE (l.other_organisation_id = ANY($1) OR l.requester_organisation_id = ANY($1)) AND ($2::text IS NULL OR l.status = $2)
       ORDER BY l.requested_at DESC LIMIT 200`,
      [orgs, status ?? null],
    );
  }
}
