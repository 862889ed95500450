import { CommandBus, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, DomainError, OutboxService, parisToday, Transactional, prepared } from '@mnio/platform';
import { OrganisationsByIdQuery } from '@mnio/directory';
import { CaseAccessService } from '../access/case-access.service';
import { CaseHistoryService } from '../access/case-history.service';
import { CellSharingService } from '../access/cell-sharing.service';
import { CASES_EVENTS } from '../events';
import { POLICE_KINDS } from '../sharing/referral-rules';
import { ShareCaseWithTerritoryCommand } from '../sharing/share-with-territory.command';
import { RecordConsentCommand } from './record-consent.command';

/**
 * Grants or withdraws a consent, per purpose, recorded with who, when and how. Effects are immediate:
 * a withdrawal removes the access it covered before the transaction commits. A minor's protection
 * never depends on consent: the cell keeps its view of a minor's case. `CaseConsentChanged` tells the statistics
 * (sharing with the cell opens its review); the audit journal and the case's history record it.
 */
@CommandHandler(RecordConsentCommand)
export class RecordConsentHandler implements ICommandHandler<RecordConsentCommand> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly access: CaseAccessService,
    private readonly cells: CellSharingService,
    private readonly history: CaseHistoryService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: RecordConsentCommand): Promise<{ id: string; consentId: string; version: number }> {
    if ((cmd.purpose === 'orientation') !== (cmd.targetOrganisationId !== undefined)) {
      throw new DomainError('CONSENT_TARGET_REQUIRED', 'An orientation consent names its target organisation, and only it does');
    }
    const subject = await this.access.authorize(cmd.actor, cmd.caseId, 'record_consent', { lock: true, expectedVersion: cmd.expectedVersion });
    const em = this.db.em;
    if (cmd.targetOrganisationId) {
      const target = await this.queries.execute(new OrganisationsByIdQuery([cmd.targetOrganisationId], { activeOnly: true }));
      if (!target.length) throw new DomainError('NOT_FOUND', 'Organisation not found');
    }
    const organisationId = this.access.actingOrganisation(cmd.actor, subject, 'record_consent');
    const [consent]: { id: string }[] = await em.query(
      prepared(`INSERT INTO case_consents (case_id, purpose, target_organisation_id, granted, method, recorded_by, recorded_by_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`),
      [cmd.caseId, cmd.purpose, cmd.targetOrganisationId ?? null, cmd.granted, cmd.method, cmd.actor.userId, organisationId],
    );
    if (cmd.purpose === 'share_with_cell') {
      if (cmd.granted) {
        // The cell sees the case, and opens its review at once for a presumed victim.
        await this.commands.execute(new ShareCaseWithTerritoryCommand(subject.id, subject.territory, { cell: true }, { userId: cmd.actor.userId, organisationId, cause: 'cell' }, { from: parisToday(), onlyIfPresumedVictim: true }));
      }
      else if (!subject.minor) await this.cells.unshare(subject, organisationId);
    }
    if (cmd.purpose === 'police_contact' && !cmd.granted && !subject.minor) {
      await this.access.revoke(cmd.caseId, { reason: 'referral', organisationKinds: POLICE_KINDS }, 'consent_withdrawn');
    }
    await this.access.recompute(cmd.caseId);
    const version = await this.access.touch(cmd.caseId, subject.version);
    await this.history.append(cmd.actor, organisationId, {
      caseId: cmd.caseId, track: 'consent', type: cmd.granted ? 'consent_granted' : 'consent_withdrawn', occurredOn: parisToday(),
      data: { purpose: cmd.purpose, method: cmd.method, targetOrganisationId: cmd.targetOrganisationId ?? null },
    });
    await this.audit.record({
      action: cmd.granted ? 'case.consent_granted' : 'case.consent_withdrawn', subjectType: 'case', subjectId: cmd.caseId, actorOrganisationId: organisationId,
      details: { purpose: cmd.purpose, method: cmd.method, targetOrganisationId: cmd.targetOrganisationId ?? null },
    });
    await this.outbox.publish(CASES_EVENTS.CaseConsentChanged, {
      caseId: cmd.caseId, reference: subject.reference, territory: subject.territory, purpose: cmd.purpose, granted: cmd.granted,
      targetOrganisationId: cmd.targetOrganisationId ?? null,
    }, cmd.caseId);
    return { id: cmd.caseId, consentId: consent.id, version };
  }
}
