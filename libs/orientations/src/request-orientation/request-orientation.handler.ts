import { CommandHandler, CommandBus, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuthorizeCaseQuery, CaseFactsQuery, GrantCaseAccessCommand, OpenDeadlineCommand } from '@mnio/cases';
import { AbilityFactory, actingOrganisationId, asSubject, DomainError, NotFoundError, parisToday, Transactional, TransactionHost, Tx } from '@mnio/platform';
import { checkEligibility } from '../domain/eligibility';
import { ORIENTATION_COLUMNS, OrientationRow, partiesOf, toView } from '../domain/orientation';
import { placeKindFor } from '../domain/places';
import { isValidTarget, TERRITORIAL_TARGETS } from '../domain/targets';
import { OrganisationsReader } from '../hosts/organisations.reader';
import { OrientationJournal } from '../journal/orientation-journal.service';
import { RequestOrientationCommand } from './request-orientation.command';

const ACTIVE_CASE = ['active', 'follow_up'];

/**
 * Asks a target for an orientation: the case's owner (or, for a UAPED hearing, the parquet that sees the case)
 * checks eligibility, the target gets the pseudonymised view of the case (identity only with consent, or for a
 * minor), and an answer deadline opens. One transaction: orientation, grant, deadline, history, audit, outbox.
 */
@CommandHandler(RequestOrientationCommand)
export class RequestOrientationHandler implements ICommandHandler<RequestOrientationCommand> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly abilities: AbilityFactory,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly orgs: OrganisationsReader,
    private readonly journal: OrientationJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, input }: RequestOrientationCommand) {
    const caseAction = input.targetKind === 'uaped' ? 'record_criminal' : 'update';
    // The case row lock serialises requests on one case: the "one open orientation per target" check below cannot race.
    const subject = await this.queries.execute(new AuthorizeCaseQuery(actor, caseId, caseAction, true));
    const facts = await this.queries.execute(new CaseFactsQuery(caseId));
    if (!facts) throw new NotFoundError('Case');
    if (!ACTIVE_CASE.includes(facts.caseStatus)) throw new DomainError('CASE_NOT_ACTIVE', 'Orientations are asked for an open case');

    if ((input.targetKind === 'general') !== (input.channel !== undefined)) {
      throw new DomainError('CHANNEL_INVALID', 'A general orientation names its channel, and only it does');
    }
    const target = await this.orgs.find(input.targetOrganisationId);
    if (!target || !isValidTarget(input.targetKind, target, input.channel)) {
      throw new DomainError('ORIENTATION_TARGET_INVALID', 'This organisation does not receive this kind of orientation');
    }
    if (TERRITORIAL_TARGETS.includes(input.targetKind) && !target.national && !target.territories.includes(subject.territory)) {
      throw new DomainError('TARGET_TERRITORY_MISMATCH', 'This target is competent for another territory');
    }
    const requesterId = actingOrganisationId(this.abilities, actor, caseAction, asSubject('Case', subject), { prefer: subject.ownerOrganisationId });
    const requester = (await this.orgs.find(requesterId))!;
    const parquet = input.targetKind === 'uaped' && input.parquetOrganisationId ? await this.orgs.find(input.parquetOrganisationId) : null;
    const placeKind = placeKindFor(input.targetKind, input.placeKind, facts.sex);
    const { legalBasis } = checkEligibility(facts, {
      targetKind: input.targetKind, targetOrganisationId: target.id, requester, legalBasis: input.legalBasis, asylumStatus: input.asylumStatus,
      decidingParquetKind: parquet && (parquet.national || parquet.territories.includes(subject.territory)) ? parquet.kind : null,
    });

    const em = (this.txHost as Tx).tx;
    const open: unknown[] = await em.query(
      `SELECT 1 FROM orientations WHERE case_id = $1 AND target_organisation_id = $2 AND target_kind = $3 AND coalesce(channel, '') = $4 AND open`,
      [caseId, target.id, input.targetKind, input.channel ?? ''],
    );
    if (open.length) throw new DomainError('ORIENTATION_ALREADY_OPEN', 'An orientation of this case to this target is already open');

    const id = randomUUID();
    // A DNA host receives and hosts: it is the host from the start. Ac.Sé and the minors' centre choose one later.
    const hostId = input.targetKind === 'dna' ? target.id : null;
    const [row]: OrientationRow[] = await em.query(
      `INSERT INTO orientations AS o (id, case_id, case_reference, territory, target_kind, channel, target_organisation_id, requester_organisation_id,
         requested_by, state, reason_code, place_kind, host_organisation_id, legal_basis, asylum_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'requested', $10, $11, $12, $13, $14) RETURNING ${ORIENTATION_COLUMNS}`,
      [id, caseId, subject.reference, subject.territory, input.targetKind, input.channel ?? null, target.id, requesterId, actor.userId, input.reason,
        placeKind, hostId, legalBasis, input.targetKind === 'dna' ? input.asylumStatus ?? null : null],
    );
    await this.commands.execute(new GrantCaseAccessCommand(caseId, target.id, 'orientation', id, actor.userId));
    const deadline = await this.commands.execute(new OpenDeadlineCommand(caseId, 'orientation_answer', parisToday(), target.id, id));
    await this.journal.record({
      row, action: 'request', from: null, party: 'requester', actor, actorOrganisationId: requesterId, event: 'OrientationRequested', note: input.note,
      details: { targetOrganisationId: target.id, channel: input.channel ?? null, reason: input.reason },
    });
    return { ...toView(row, partiesOf(this.abilities.forActor(actor), row)), answerDueOn: deadline?.dueOn ?? null };
  }

}
