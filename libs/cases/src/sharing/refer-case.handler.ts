import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, DomainError, OutboxService, parisToday, Transactional } from '@mnio/platform';
import { OrganisationsByIdQuery } from '@mnio/directory';
import { CaseAccessService } from '../access/case-access.service';
import { CaseHistoryService } from '../access/case-history.service';
import { ReferCaseCommand } from './refer-case.command';
import { mayReceiveReferral, referralConsentNeeded } from './referral-rules';
import { CASES_EVENTS } from '../events';

@CommandHandler(ReferCaseCommand)
export class ReferCaseHandler implements ICommandHandler<ReferCaseCommand> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly access: CaseAccessService,
    private readonly history: CaseHistoryService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: ReferCaseCommand): Promise<{ id: string; organisationId: string; version: number }> {
    const subject = await this.access.authorize(cmd.actor, cmd.caseId, 'share', { lock: true, expectedVersion: cmd.expectedVersion });
    const em = this.db.em;
    const [org] = await this.queries.execute(new OrganisationsByIdQuery([cmd.organisationId], { activeOnly: true }));
    if (!org || cmd.organisationId === subject.ownerOrganisationId || !mayReceiveReferral(org, subject.territory)) {
      throw new DomainError('SHARE_TARGET_NOT_ALLOWED', 'A case is referred to a public partner of its own territory');
    }
    if (referralConsentNeeded(org.kind, subject.minor)) {
      const [consent]: { granted: boolean }[] = await em.query(
        `SELECT granted FROM case_consents WHERE case_id = $1 AND purpose = 'police_contact' ORDER BY recorded_at DESC LIMIT 1`,
        [cmd.caseId],
      );
      if (!consent?.granted) throw new DomainError('POLICE_CONTACT_CONSENT_REQUIRED', 'The person has not agreed to contact with the police');
    }
    if (!(await this.access.grant(cmd.caseId, cmd.organisationId, 'referral', { grantedBy: cmd.actor.userId }))) {
      throw new DomainError('ALREADY_REFERRED', 'The case is already referred to this organisation');
    }
    await this.access.recompute(cmd.caseId);
    const version = await this.access.touch(cmd.caseId, subject.version);
    const organisationId = this.access.actingOrganisation(cmd.actor, subject, 'share');
    await this.history.append(cmd.actor, organisationId, { caseId: cmd.caseId, track: 'case', type: 'referred', occurredOn: parisToday(), data: { organisationId: cmd.organisationId, kind: org.kind } });
    await this.audit.record({ action: 'case.shared', subjectType: 'case', subjectId: cmd.caseId, actorOrganisationId: organisationId, details: { reason: 'referral', organisationIds: [cmd.organisationId] } });
    await this.outbox.publish(CASES_EVENTS.CaseShared, { caseId: cmd.caseId, reference: subject.reference, territory: subject.territory, organisationId: cmd.organisationId, reason: 'referral' }, cmd.caseId);
    return { id: cmd.caseId, organisationId: cmd.organisationId, version };
  }
}
