import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import {
  AuthorizeCaseQuery, CaseFacts, CaseFactsQuery, CloseDeadlinesCommand, GrantCaseAccessCommand, OpenDeadlineCommand, RevokeCaseAccessCommand,
  TransferCaseOwnershipCommand, CASES_EVENTS,
} from '@mnio/cases';
import { TerritoryOrganisationsQuery } from '@mnio/directory';
import { AbilityFactory, actingOrganisationId, Actor, asSubject, bumpVersion, DomainError, NotFoundError, OutboxService, parisToday, Transactional, TransactionHost, Tx } from '@mnio/platform';
import { nextTransferStatus } from '../domain/transfer-status';
import { AnswerTransferCommand, TransferView } from './transfer.commands';
import { toView, TRANSFER_COLUMNS, transferEvent, TransferRow } from './transfer-row';
import { COORDINATION_EVENTS } from '../events';

const EVENTS = { accepted: COORDINATION_EVENTS.CaseTransferAccepted, refused: COORDINATION_EVENTS.CaseTransferRefused, cancelled: COORDINATION_EVENTS.CaseTransferCancelled } as const;

@CommandHandler(AnswerTransferCommand)
export class AnswerTransferHandler implements ICommandHandler<AnswerTransferCommand> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: AnswerTransferCommand): Promise<TransferView> {
    const em = (this.txHost as Tx).tx;
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
    const [oldCell] = await this.queries.execute(new TerritoryOrganisationsQuery(facts.territory, ['clav_cell']));
    const [newCell] = await this.queries.execute(new TerritoryOrganisationsQuery(t.toTerritory, ['clav_cell']));
    const event = { caseId: t.caseId, reference: t.reference, territory: t.toTerritory };
    let cellGranted: string | null = null;
    let cellRevoked: string | null = null;
    const oldCellHadIt = !!oldCell && facts.viewers.includes(oldCell.id);
    if (oldCell?.id !== newCell?.id) {
      let reviewPending = false;
      if (oldCellHadIt) {
        await this.commands.execute(new RevokeCaseAccessCommand(t.caseId, 'cell', oldCell.id, undefined, 'case_transferred'));
        cellRevoked = oldCell.id;
        reviewPending = (await this.commands.execute(new CloseDeadlinesCommand(t.caseId, ['cell_review'], 'case_transferred'))).closed > 0;
      }
      if (newCell && (oldCellHadIt || facts.minor)) {
        await this.commands.execute(new GrantCaseAccessCommand(t.caseId, newCell.id, 'cell', t.id, actor.userId));
        await this.outbox.publish(CASES_EVENTS.CaseShared, { ...event, organisationId: newCell.id, reason: 'cell' }, t.caseId);
        cellGranted = newCell.id;
        if (reviewPending) await this.commands.execute(new OpenDeadlineCommand(t.caseId, 'cell_review', parisToday(), newCell.id));
      }
    }
    const minorProtection: string[] = [];
    if (facts.minor && facts.territory !== t.toTerritory) {
      for (const org of await this.queries.execute(new TerritoryOrganisationsQuery(t.toTerritory, ['ase', 'parquet']))) {
        if ((await this.commands.execute(new GrantCaseAccessCommand(t.caseId, org.id, 'minor_protection', t.id, actor.userId))).granted) minorProtection.push(org.id);
      }
      if (minorProtection.length) await this.outbox.publish(CASES_EVENTS.MinorCaseCreated, event, t.caseId);
    }
    return { cellGranted, cellRevoked, minorProtection };
  }
}
