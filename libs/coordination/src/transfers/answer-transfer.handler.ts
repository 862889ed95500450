import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import {
  AuthorizeCaseQuery, CaseFacts, CaseFactsQuery, CASES_EVENTS, CloseDeadlinesCommand, RevokeCaseAccessCommand, ShareCaseWithTerritoryCommand, TransferCaseOwnershipCommand,
} from '@mnio/cases';
import { territorialServices, TerritoryOrganisationsQuery } from '@mnio/directory';
import { AbilityFactory, actingOrganisationId, Actor, asSubject, bumpVersion, Db, DomainError, NotFoundError, OutboxService, parisToday, Transactional } from '@mnio/platform';
import { nextTransferStatus } from '../domain/transfer-status';
import { AnswerTransferCommand, TransferView } from './transfer.commands';
import { toView, TRANSFER_COLUMNS, transferEvent, TransferRow } from './transfer-row';
import { COORDINATION_EVENTS } from '../events';

const EVENTS = { accepted: COORDINATION_EVENTS.CaseTransferAccepted, refused: COORDINATION_EVENTS.CaseTransferRefused, cancelled: COORDINATION_EVENTS.CaseTransferCancelled } as const;

@CommandHandler(AnswerTransferCommand)
export class AnswerTransferHandler implements ICommandHandler<AnswerTransferCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: AnswerTransferCommand): Promise<TransferView> {
    const em = this.db.em;
    const [t]: TransferRow[] = await em.query(`SELECT ${TRANSFER_COLUMNS} FROM case_transfers t WHERE t.id = $1 FOR UPDATE`, [cmd.transferId]);
    const ability = this.abilities.forActor(cmd.actor);
    const subject = t && asSubject('CaseTransfer', { fromOrganisationId: t.fromOrganisationId, fromCellId: t.fromCellId, toOrganisationId: t.toOrganisationId });
    if (!t || !ability.can('read', subject)) throw new NotFoundError('Transfer');
    // The organisation acting: the one whose rules allow the move (the sending owner preferred to its cell for a cancellation).
    const actingOrg = actingOrganisationId(this.abilities, cmd.actor, cmd.move === 'cancel' ? 'request' : 'answer', subject, { prefer: cmd.move === 'cancel' ? t.fromOrganisationId : t.toOrganisationId });
    const next = nextTransferStatus(t.status, cmd.move);
    if (cmd.move === 'refuse' && !cmd.reasonCode) throw new DomainError('REFUSAL_REASON_REQUIRED', 'A refusal gives a reason code');

    await this.queries.execute(new AuthorizeCaseQuery(cmd.actor, t.caseId, 'read', true));
    const facts = await this.queries.execute(new CaseFactsQuery(t.caseId));
    if (!facts) throw new NotFoundError('Case');
    if (next === 'accepted' && facts.ownerOrganisationId !== t.fromOrganisationId) {
      throw new DomainError('TRANSFER_STALE', 'The case changed owner since this transfer was requested');
    }
    const updated = await bumpVersion<TransferRow>(em, {
      table: 'case_transfers AS t', id: t.id, expected: t.version, subject: 'transfer', updatedAt: false, returning: TRANSFER_COLUMNS,
      set: 'status = $3, answer_reason_code = $4, answered_by = $5, answered_at = now()', params: [next, cmd.reasonCode ?? null, cmd.actor.userId],
    });
    await this.commands.execute(new RevokeCaseAccessCommand(t.caseId, 'transfer', t.toOrganisationId, t.id, `transfer_${next}`));
    const moved = next === 'accepted' ? await this.moveCase(cmd.actor, t, facts) : undefined;

    await this.audit.record({
      action: `case.transfer_${next}`, subjectType: 'case', subjectId: t.caseId, actorOrganisationId: actingOrg, reason: cmd.reasonCode ?? null,
      details: { transferId: t.id, fromOrganisationId: t.fromOrganisationId, toOrganisationId: t.toOrganisationId, ...(moved ?? {}) },
    });
    await this.outbox.publish(EVENTS[next as keyof typeof EVENTS], transferEvent(t, next === 'accepted' ? t.toTerritory : t.fromTerritory), t.caseId);
    return toView(updated);
  }

  /**
   * The receiving organisation becomes owner (the former owner keeps a pseudonymised view). The case leaves
   * the old cell's scope and enters the new territory's cell when the old cell had it (consent to share, or a
   * minor), with a fresh review deadline when one was pending. A minor's protection follows the child: the new
   * territory's ASE and parquet are given access, as at creation.
   */
  private async moveCase(actor: Actor, t: TransferRow, facts: CaseFacts): Promise<{ cellGranted: string | null; cellRevoked: string | null; minorProtection: string[] }> {
    await this.commands.execute(new TransferCaseOwnershipCommand(t.caseId, t.toOrganisationId, t.toTerritory, t.id));
    // A territory's cell, as the cases context shares with it: its own service, not a national body.
    const cellOf = async (territory: string) => territorialServices(await this.queries.execute(new TerritoryOrganisationsQuery(territory, ['clav_cell'])))[0];
    const oldCell = await cellOf(facts.territory);
    const newCell = await cellOf(t.toTerritory);
    let cellRevoked: string | null = null;
    let reviewPending = false;
    const oldCellHadIt = !!oldCell && facts.viewers.includes(oldCell.id);
    const cellMoves = oldCell?.id !== newCell?.id;
    if (cellMoves && oldCellHadIt) {
      await this.commands.execute(new RevokeCaseAccessCommand(t.caseId, 'cell', oldCell.id, undefined, 'case_transferred'));
      cellRevoked = oldCell.id;
      reviewPending = (await this.commands.execute(new CloseDeadlinesCommand(t.caseId, ['cell_review'], 'case_transferred'))).closed > 0;
    }
    const shareCell = cellMoves && !!newCell && (oldCellHadIt || facts.minor);
    const shareMinor = facts.minor && facts.territory !== t.toTerritory;
    if (!shareCell && !shareMinor) return { cellGranted: null, cellRevoked, minorProtection: [] };
    // The new territory's cell (with a fresh review when one was pending) and, for a minor, its ASE and parquet: the cases context's one sharing command.
    const shared = await this.commands.execute(new ShareCaseWithTerritoryCommand(
      t.caseId, t.toTerritory, { cell: shareCell, minorProtection: shareMinor }, { userId: actor.userId, sourceId: t.id, cause: 'transfer' },
      reviewPending ? { from: parisToday() } : undefined,
    ));
    const minorProtection = shared.granted.filter((g) => g.reason === 'minor_protection').map((g) => g.organisationId);
    if (minorProtection.length) await this.outbox.publish(CASES_EVENTS.MinorCaseCreated, { caseId: t.caseId, reference: t.reference, territory: t.toTerritory }, t.caseId);
    return { cellGranted: shareCell ? newCell.id : null, cellRevoked, minorProtection };
  }
}
