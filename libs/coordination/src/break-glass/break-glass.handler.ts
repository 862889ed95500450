import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { AuthorizeCaseQuery, CaseFactsQuery, CaseIdByReferenceQuery, GrantCaseAccessCommand } from '@mnio/cases';
import { VerifyStepUpCommand } from '@mnio/directory';
import { AbilityFactory, actingMembership, asSubject, countBreakGlassUse, Db, DomainError, FieldCipher, NotFoundError, OutboxService, Transactional } from '@mnio/platform';
import { COORDINATION_CONFIG, CoordinationConfig } from '../coordination.config';
import { BreakGlassCommand } from './break-glass.command';
import { COORDINATION_EVENTS } from '../events';

type Result = { id: string; caseId: string; reference: string; organisationId: string; expiresAt: string };

/** Uses since midnight in Paris: the daily limit is a French calendar day. */
const USES_TODAY = `SELECT count(*)::int AS n FROM break_glass_uses
  WHERE user_id = $1 AND used_at >= (date_trunc('day', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris')`;

@CommandHandler(BreakGlassCommand)
export class BreakGlassHandler implements ICommandHandler<BreakGlassCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    @Inject(COORDINATION_CONFIG) private readonly config: CoordinationConfig,
  ) {}

  /**
   * The limit is checked before the step-up (nobody types a code to be told "not today"), the step-up in its
   * own transactions (a wrong code stays counted), then everything else in one transaction.
   */
  async execute(cmd: BreakGlassCommand): Promise<Result> {
    await this.checkDailyLimit(cmd.actor.userId);
    await this.commands.execute(new VerifyStepUpCommand(cmd.actor.userId, cmd.totpCode));
    const result = await this.open(cmd);
    countBreakGlassUse();
    return result;
  }

  @Transactional()
  private async open(cmd: BreakGlassCommand): Promise<Result> {
    const em = this.db.em;
    const caseId = 'caseId' in cmd.target ? cmd.target.caseId : await this.queries.execute(new CaseIdByReferenceQuery(cmd.target.reference));
    const facts = caseId ? await this.queries.execute(new CaseFactsQuery(caseId)) : null;
    // Outside the actor's territories a case is as invisible as a missing one.
    if (!facts) throw new NotFoundError('Case');
    const membership = actingMembership(this.abilities, cmd.actor, 'create', asSubject('BreakGlass', { territory: facts.territory }), {
      denied: () => new NotFoundError('Case'),
    });
    if (await this.alreadyVisible(cmd, facts.id)) throw new DomainError('BREAK_GLASS_NOT_NEEDED', 'You can already open this case');
    // Serialises one user's uses so that parallel requests cannot pass the limit together.
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('break_glass:' || $1, 0))`, [cmd.actor.userId]);
    await this.checkDailyLimit(cmd.actor.userId);

    const id = randomUUID();
    const expiresAt = new Date(Date.now() + this.config.breakGlassMinutes * 60_000);
    await em.query(
      `INSERT INTO break_glass_uses (id, case_id, territory, user_id, organisation_id, role, reason_code, justification_enc, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, facts.id, facts.territory, cmd.actor.userId, membership.organisationId, membership.role, cmd.reasonCode,
        this.cipher.encrypt(cmd.justification, `break_glass:${id}/justification`), expiresAt],
    );
    await this.commands.execute(new GrantCaseAccessCommand(facts.id, membership.organisationId, 'break_glass', id, cmd.actor.userId, expiresAt));
    await this.audit.record({
      action: 'case.break_glass', subjectType: 'case', subjectId: facts.id, actorOrganisationId: membership.organisationId, reason: cmd.reasonCode,
      details: { breakGlassId: id, role: membership.role, expiresAt: expiresAt.toISOString(), stepUp: cmd.totpCode !== undefined },
    });
    await this.outbox.publish(COORDINATION_EVENTS.BreakGlassUsed, {
      breakGlassId: id, caseId: facts.id, reference: facts.reference, territory: facts.territory, organisationId: membership.organisationId,
      ownerOrganisationId: facts.ownerOrganisationId, reasonCode: cmd.reasonCode, expiresAt: expiresAt.toISOString(),
    }, facts.id);
    return { id, caseId: facts.id, reference: facts.reference, organisationId: membership.organisationId, expiresAt: expiresAt.toISOString() };
  }

  private async checkDailyLimit(userId: string): Promise<void> {
    const [{ n }]: { n: number }[] = await this.db.em.query(USES_TODAY, [userId]);
    if (n >= this.config.breakGlassDailyLimit) {
      throw new DomainError('BREAK_GLASS_DAILY_LIMIT', 'You have reached the number of emergency accesses allowed today', { limit: this.config.breakGlassDailyLimit });
    }
  }

  /** Break-the-glass is for a case the actor cannot open otherwise. */
  private async alreadyVisible(cmd: BreakGlassCommand, caseId: string): Promise<boolean> {
    try {
      await this.queries.execute(new AuthorizeCaseQuery(cmd.actor, caseId, 'read'));
      return true;
    } catch (e) {
      if (e instanceof DomainError && e.code === 'NOT_FOUND') return false;
      throw e;
    }
  }
}
