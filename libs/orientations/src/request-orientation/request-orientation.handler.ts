import { CommandHandler, CommandBus, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuthorizeCaseQuery, GrantCaseAccessCommand, OpenDeadlineCommand } from '@mnio/cases';
import { AbilityFactory, parisToday, Transactional, Db, prepared } from '@mnio/platform';
import { ORIENTATION_COLUMNS, OrientationRow, partiesOf, toView } from '../domain/orientation';
import { OrientationJournal } from '../journal/orientation-journal.service';
import { OrientationRequestChecks, requestCaseAction } from './request-checks.service';
import { RequestOrientationCommand } from './request-orientation.command';

/**
 * Asks a target for an orientation: the case's owner (or, for a UAPED hearing, the parquet that sees the case)
 * checks eligibility, the target gets the pseudonymised view of the case (identity only with consent, or for a
 * minor), and an answer deadline opens. One transaction: orientation, grant, deadline, history, audit, outbox.
 */
@CommandHandler(RequestOrientationCommand)
export class RequestOrientationHandler implements ICommandHandler<RequestOrientationCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly checks: OrientationRequestChecks,
    private readonly journal: OrientationJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, input }: RequestOrientationCommand) {
    const caseAction = requestCaseAction(input.targetKind);
    // The case row lock serialises requests on one case: the "one open orientation per target" check cannot race.
    const subject = await this.queries.execute(new AuthorizeCaseQuery(actor, caseId, caseAction, true));
    const { problems, target, requesterId, placeKind, legalBasis } = await this.checks.run(actor, subject, input);
    if (problems.length || !target) throw problems[0]; // an unknown target is among the problems
    const em = this.db.em;

    const id = randomUUID();
    // A DNA host receives and hosts: it is the host from the start. Ac.Sé and the minors' centre choose one later.
    const hostId = input.targetKind === 'dna' ? target.id : null;
    const [row]: OrientationRow[] = await em.query(
      prepared(`INSERT INTO orientations AS o (id, case_id, case_reference, territory, target_kind, channel, target_organisation_id, requester_organisation_id,
         requested_by, state, reason_code, place_kind, host_organisation_id, legal_basis, asylum_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'requested', $10, $11, $12, $13, $14) RETURNING ${ORIENTATION_COLUMNS}`),
      [id, caseId, subject.reference, subject.territory, input.targetKind, input.channel ?? null, target.id, requesterId, actor.userId, input.reason,
        placeKind, hostId, legalBasis, input.targetKind === 'dna' ? input.asylumStatus ?? null : null],
    );
    await this.commands.execute(new GrantCaseAccessCommand(caseId, target.id, 'orientation', id, actor.userId));
    const deadline = await this.commands.execute(new OpenDeadlineCommand(caseId, 'orientation_answer', parisToday(), target.id, id, undefined, subject.territory));
    await this.journal.record({
      row, action: 'request', from: null, party: 'requester', actor, actorOrganisationId: requesterId, event: 'OrientationRequested', note: input.note,
      details: { targetOrganisationId: target.id, channel: input.channel ?? null, reason: input.reason },
    });
    return { ...toView(row, partiesOf(this.abilities.forActor(actor), row)), answerDueOn: deadline?.dueOn ?? null };
  }

}
