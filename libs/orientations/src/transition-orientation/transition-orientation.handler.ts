import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CloseDeadlinesCommand, GrantCaseAccessCommand, RevokeCaseAccessCommand } from '@mnio/cases';
import { AbilityFactory, actingOrganisationId, assertVersion, bumpVersion, DomainError, NotFoundError, parisToday, Transactional, Db } from '@mnio/platform';
import { ORIENTATION_COLUMNS, OrientationRow, OrientationView, orientationSubject, partiesOf, toView } from '../domain/orientation';
import { addMonths } from '../domain/places';
import { assertReason, stepOf } from '../domain/workflow';
import { stepRuleProblem } from '../domain/next-steps';
import { PSP_AUTHORISATION_MONTHS, WORKFLOWS } from '../domain/workflows';
import { OrientationJournal } from '../journal/orientation-journal.service';
import { PlacementService } from './placement.service';
import { TransitionOrientationCommand } from './transition-orientation.command';

/**
 * One step of an orientation's workflow, by its party: state, places, case access, answer deadline, history,
 * audit and outbox in one transaction. The orientation row is locked first, then the host's place counters,
 * then the case (grants): every writer takes them in this order.
 */
@CommandHandler(TransitionOrientationCommand)
export class TransitionOrientationHandler implements ICommandHandler<TransitionOrientationCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly commands: CommandBus,
    private readonly placement: PlacementService,
    private readonly journal: OrientationJournal,
  ) {}

  @Transactional()
  async execute({ actor, orientationId, input, expectedVersion }: TransitionOrientationCommand): Promise<OrientationView> {
    const em = this.db.em;
    const [row]: OrientationRow[] = await em.query(`SELECT ${ORIENTATION_COLUMNS} FROM orientations o WHERE o.id = $1 FOR UPDATE`, [orientationId]);
    const ability = this.abilities.forActor(actor);
    if (!row || !ability.can('read', orientationSubject(row))) throw new NotFoundError('Orientation');
    assertVersion('orientation', expectedVersion, row.version);
    const workflow = WORKFLOWS[row.targetKind];
    const step = stepOf(workflow, row.state, input.action, partiesOf(ability, row));
    assertReason(step, input.reasonCode);
    if (input.scheduledAt !== undefined && !step.schedules) throw new DomainError('SCHEDULED_AT_NOT_EXPECTED', 'This step dates no appointment', { action: input.action });
    const psp = this.pspAuthorisation(row, input.action);
    const placement = await this.placement.apply(row, step, input);

    if (placement.hostJoined) await this.commands.execute(new GrantCaseAccessCommand(row.caseId, placement.hostJoined, 'orientation', row.id, actor.userId));
    if (placement.hostLeft) await this.commands.execute(new RevokeCaseAccessCommand(row.caseId, 'orientation', placement.hostLeft, row.id, 'host_not_retained'));
    if (step.revokesAccess) await this.commands.execute(new RevokeCaseAccessCommand(row.caseId, 'orientation', undefined, row.id, `orientation_${step.to}`));
    const terminal = workflow.terminal.includes(step.to);
    // The target's first step closes the answer deadline (taking the request in hand is enough); the answer's date is
    // its first step that is more than that (an agreement, an acceptance, a refusal). An orientation that ends
    // unanswered (cancelled) awaits no answer either.
    const answers = !row.answeredAt && step.party === 'target' && !step.inHand;
    if (row.state === workflow.initial && (step.party === 'target' || terminal)) {
      await this.commands.execute(new CloseDeadlinesCommand(row.caseId, ['orientation_answer'], `orientation_${input.action}`, row.id));
    }

    const next = await bumpVersion<OrientationRow>(em, {
      table: 'orientations AS o', id: row.id, expected: row.version, subject: 'orientation', returning: ORIENTATION_COLUMNS,
      set: `state = $3, open = $4, host_organisation_id = $5, place_kind = $6, place_status = $7,
         outcome_code = coalesce($8, outcome_code), authorisations = $9, authorised_until = $10,
         answered_at = CASE WHEN $11 THEN now() ELSE answered_at END, closed_at = CASE WHEN $4 THEN NULL ELSE now() END,
         pre_admission_at = CASE WHEN $12 = 'pre_admission' THEN $13::timestamptz ELSE pre_admission_at END,
         transfer_at = CASE WHEN $12 = 'transfer' THEN $13::timestamptz ELSE transfer_at END`,
      params: [step.to, !terminal, placement.hostOrganisationId, placement.placeKind, placement.placeStatus, input.reasonCode ?? null,
        psp.authorisations, psp.authorisedUntil, answers, step.schedules ?? null, input.scheduledAt ?? null],
    });
    const party = step.party;
    // The membership whose rules let the actor act as this party (on the orientation as it was when the step was chosen).
    const actorOrganisationId = actingOrganisationId(this.abilities, actor, `act_as_${party}`, orientationSubject(row));
    await this.journal.record({
      row: next, action: input.action, from: row.state, party, actor, actorOrganisationId, event: step.event ?? 'OrientationTransitioned',
      reasonCode: input.reasonCode, note: input.note,
      details: {
        ...(placement.hostJoined ? { hostJoined: placement.hostJoined } : {}),
        ...(placement.hostLeft ? { hostLeft: placement.hostLeft } : {}),
        ...(step.place ? { place: step.place, placeKind: placement.placeKind } : {}),
        ...(step.schedules && input.scheduledAt ? { scheduledAt: input.scheduledAt } : {}),
      },
    });
    // The host a coordination chooses (agreement in principle, acceptance in its network, relay) is told: ids and codes only.
    if (placement.hostJoined) await this.journal.hostChosen(next, input.action);
    return toView(next, partiesOf(ability, next));
  }

  /** PSP: a préfet decision opens a 6-month authorisation; each renewal adds one, four at most (24 months). */
  private pspAuthorisation(row: OrientationRow, action: string): { authorisations: number; authorisedUntil: string | null } {
    const current = { authorisations: row.authorisations, authorisedUntil: row.authorisedUntil };
    if (row.targetKind !== 'psp') return current;
    if (action === 'prefect_decision') return { authorisations: 1, authorisedUntil: addMonths(parisToday(), PSP_AUTHORISATION_MONTHS) };
    if (action === 'renew') {
      const problem = stepRuleProblem(row, action);
      if (problem) throw problem;
      return { authorisations: row.authorisations + 1, authorisedUntil: addMonths(row.authorisedUntil ?? parisToday(), PSP_AUTHORISATION_MONTHS) };
    }
    return current;
  }
}
