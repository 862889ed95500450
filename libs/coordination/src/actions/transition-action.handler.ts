import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { CloseDeadlinesCommand } from '@mnio/cases';
import { AbilityFactory, actingOrganisationId, assertVersion, asSubject, bumpVersion, FieldCipher, NotFoundError, OutboxService, Transactional, Db } from '@mnio/platform';
import { DashboardCountsCache } from '../dashboard/dashboard-counts.cache';
import { ActionStatus, nextActionStatus } from '../domain/action-status';
import { TransitionActionCommand } from './transition-action.command';
import { COORDINATION_EVENTS } from '../events';

interface ActionRow {
  id: string;
  cell_id: string;
  case_id: string;
  reference: string;
  territory: string;
  owner_organisation_id: string;
  status: ActionStatus;
  version: number;
}

@CommandHandler(TransitionActionCommand)
export class TransitionActionHandler implements ICommandHandler<TransitionActionCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly commands: CommandBus,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    private readonly countsCache: DashboardCountsCache,
  ) {}

  @Transactional()
  async execute(cmd: TransitionActionCommand): Promise<{ id: string; status: ActionStatus; version: number }> {
    const em = this.db.em;
    const [a]: ActionRow[] = await em.query(
      `SELECT id, cell_id, case_id, reference, territory, owner_organisation_id, status, version FROM cell_actions WHERE id = $1 FOR UPDATE`,
      [cmd.actionId],
    );
    const ability = this.abilities.forActor(cmd.actor);
    const subject = a && asSubject('CellAction', { cellId: a.cell_id, ownerOrganisationId: a.owner_organisation_id });
    if (!a || !ability.can('read', subject)) throw new NotFoundError('Action');
    // Only the owner organisation moves its action (coordination.abilities): the membership that allows it is the one acting.
    const actingOrg = actingOrganisationId(this.abilities, cmd.actor, 'transition', subject, { prefer: a.owner_organisation_id });
    assertVersion('action', cmd.expectedVersion, a.version);
    const next = nextActionStatus(a.status, cmd.move);
    const row = await bumpVersion(em, { table: 'cell_actions', id: a.id, expected: a.version, subject: 'action', set: 'status = $3', params: [next] });
    const eventId = randomUUID();
    await em.query(
      `INSERT INTO cell_action_events (id, action_id, from_status, to_status, note_enc, by_user, by_organisation_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [eventId, a.id, a.status, next, cmd.note ? this.cipher.encrypt(cmd.note, `cell_action:${a.id}/event:${eventId}`) : null, cmd.actor.userId, actingOrg],
    );
    if (next === 'done' || next === 'cancelled') {
      await this.commands.execute(new CloseDeadlinesCommand(a.case_id, ['action_due'], next === 'done' ? 'action_done' : 'action_cancelled', a.id));
    }
    await this.audit.record({
      action: 'cell.action_transitioned', subjectType: 'case', subjectId: a.case_id, actorOrganisationId: actingOrg,
      details: { actionId: a.id, from: a.status, to: next },
    });
    await this.outbox.publish(COORDINATION_EVENTS.CellActionStatusChanged, {
      actionId: a.id, caseId: a.case_id, reference: a.reference, territory: a.territory, cellId: a.cell_id, ownerOrganisationId: a.owner_organisation_id, status: next,
    }, a.case_id);
    this.countsCache.invalidate(a.cell_id);
    return { id: a.id, status: next, version: row.version };
  }
}
