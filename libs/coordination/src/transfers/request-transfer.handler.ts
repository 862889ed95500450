import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { AuthorizeCaseQuery, CaseFactsQuery, GrantCaseAccessCommand } from '@mnio/cases';
import { ListOrganisationsQuery, TerritoryOrganisationsQuery } from '@mnio/directory';
import { AbilityFactory, actingOrganisationId, asSubject, DomainError, ForbiddenError, NotFoundError, OutboxService, Transactional, Db } from '@mnio/platform';
import { OWNER_KINDS } from '../domain/vocabulary';
import { RequestTransferCommand, TransferView } from './transfer.commands';
import { toView, TRANSFER_COLUMNS, transferEvent, TransferRow } from './transfer-row';
import { COORDINATION_EVENTS } from '../events';

@CommandHandler(RequestTransferCommand)
export class RequestTransferHandler implements ICommandHandler<RequestTransferCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: RequestTransferCommand): Promise<TransferView> {
    // The case row lock serialises this with an answer to another transfer of the same case.
    await this.queries.execute(new AuthorizeCaseQuery(cmd.actor, cmd.caseId, 'read', true));
    const facts = await this.queries.execute(new CaseFactsQuery(cmd.caseId));
    if (!facts) throw new NotFoundError('Case');
    const [cell] = await this.queries.execute(new TerritoryOrganisationsQuery(facts.territory, ['clav_cell']));
    const fromCellId = cell && facts.viewers.includes(cell.id) ? cell.id : null;
    // The owner preferred when the actor is also in the cell: the transfer is asked for by the organisation that allowed it.
    const requestingOrg = actingOrganisationId(this.abilities, cmd.actor, 'request', asSubject('CaseTransfer', { fromOrganisationId: facts.ownerOrganisationId, fromCellId }), {
      prefer: facts.ownerOrganisationId,
      denied: () => new ForbiddenError('FORBIDDEN', 'Only the owning organisation or the case’s cell coordinator may transfer it'),
    });
    const [target] = await this.queries.execute(new ListOrganisationsQuery({ ids: [cmd.toOrganisationId] }));
    if (!target || target.national || !OWNER_KINDS.includes(target.kind) || target.id === facts.ownerOrganisationId) {
      throw new DomainError('TRANSFER_TARGET_NOT_ALLOWED', 'A case is transferred to another local organisation that follows cases');
    }
    const toTerritory = cmd.toTerritory ?? (target.territories.length === 1 ? target.territories[0] : undefined);
    if (!toTerritory) throw new DomainError('TRANSFER_TERRITORY_REQUIRED', 'The receiving organisation covers several territories: say which');
    if (!target.territories.includes(toTerritory)) throw new DomainError('TRANSFER_TARGET_NOT_ALLOWED', 'The receiving organisation does not cover that territory');

    const id = randomUUID();
    const rows: TransferRow[] = await this.db.em.query(
      `WITH t AS (
         INSERT INTO case_transfers (id, case_id, reference, from_organisation_id, from_territory, from_cell_id, to_organisation_id, to_territory, status,
           reason_code, requested_by, requested_by_organisation_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'requested', $9, $10, $11) ON CONFLICT DO NOTHING RETURNING *
       ) SELECT ${TRANSFER_COLUMNS} FROM t`,
      [id, facts.id, facts.reference, facts.ownerOrganisationId, facts.territory, fromCellId, target.id, toTerritory, cmd.reasonCode, cmd.actor.userId, requestingOrg],
    );
    if (!rows[0]) throw new DomainError('TRANSFER_ALREADY_PENDING', 'A transfer of this case is already waiting for an answer');
    // The receiving side sees the pseudonymised view while it decides; identity only once it owns the case.
    await this.commands.execute(new GrantCaseAccessCommand(facts.id, target.id, 'transfer', id, cmd.actor.userId));
    await this.audit.record({
      action: 'case.transfer_requested', subjectType: 'case', subjectId: facts.id, actorOrganisationId: requestingOrg, reason: cmd.reasonCode,
      details: { transferId: id, fromOrganisationId: facts.ownerOrganisationId, toOrganisationId: target.id, fromTerritory: facts.territory, toTerritory },
    });
    await this.outbox.publish(COORDINATION_EVENTS.CaseTransferRequested, transferEvent(rows[0], facts.territory), facts.id);
    return toView(rows[0]);
  }
}
