import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { AuthorizeCaseQuery, CaseFactsQuery, GrantCaseAccessCommand } from '@mnio/cases';
import { AbilityFactory, asSubject, DomainError, FieldCipher, NotFoundError, OutboxService, Transactional, TransactionHost, Tx } from '@mnio/platform';
import { COORDINATION_CONFIG, CoordinationConfig } from '../coordination.config';
import { BreakGlassCommand } from './break-glass.command';

@CommandHandler(BreakGlassCommand)
export class BreakGlassHandler implements ICommandHandler<BreakGlassCommand> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    @Inject(COORDINATION_CONFIG) private readonly config: CoordinationConfig,
  ) {}

  @Transactional()
  async execute(cmd: BreakGlassCommand): Promise<{ id: string; caseId: string; reference: string; organisationId: string; expiresAt: string }> {
    const facts = await this.queries.execute(new CaseFactsQuery(cmd.caseId));
    // Outside the actor's territories a case is as invisible as a missing one.
    const membership = facts && cmd.actor.memberships.find((m) =>
      this.abilities.forActor({ ...cmd.actor, memberships: [m] }).can('create', asSubject('BreakGlass', { territory: facts.territory })));
    if (!facts || !membership) throw new NotFoundError('Case');
    if (await this.alreadyVisible(cmd)) throw new DomainError('BREAK_GLASS_NOT_NEEDED', 'You can already open this case');

    const id = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.breakGlassMinutes * 60_000);
    await (this.txHost as Tx).tx.query(
      `INSERT INTO break_glass_uses (id, case_id, territory, user_id, organisation_id, role, reason_code, justification_enc, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, facts.id, facts.territory, cmd.actor.userId, membership.organisationId, membership.role, cmd.reasonCode,
        this.cipher.encrypt(cmd.justification, `break_glass:${id}/justification`), expiresAt],
    );
    await this.commands.execute(new GrantCaseAccessCommand(facts.id, membership.organisationId, 'break_glass', id, cmd.actor.userId, expiresAt));
    await this.audit.record({
      action: 'case.break_glass', subjectType: 'case', subjectId: facts.id, actorOrganisationId: membership.organisationId, reason: cmd.reasonCode,
      details: { breakGlassId: id, role: membership.role, expiresAt: expiresAt.toISOString() },
    });
    await this.outbox.publish('BreakGlassUsed', {
      breakGlassId: id, caseId: facts.id, reference: facts.reference, territory: facts.territory, organisationId: membership.organisationId,
      ownerOrganisationId: facts.ownerOrganisationId, reasonCode: cmd.reasonCode, expiresAt: expiresAt.toISOString(),
    }, facts.id);
    return { id, caseId: facts.id, reference: facts.reference, organisationId: membership.organisationId, expiresAt: expiresAt.toISOString() };
  }

  /** Break-the-glass is for a case the actor cannot open otherwise. */
  private async alreadyVisible(cmd: BreakGlassCommand): Promise<boolean> {
    try {
      await this.queries.execute(new AuthorizeCaseQuery(cmd.actor, cmd.caseId, 'read'));
      return true;
    } catch (e) {
      if (e instanceof DomainError && e.code === 'NOT_FOUND') return false;
      throw e;
    }
  }
}
