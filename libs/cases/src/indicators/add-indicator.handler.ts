import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { DomainError, FieldCipher, parisToday, Transactional, Db } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { CaseHistoryService } from '../access/case-history.service';
import { AddIndicatorCommand } from './add-indicator.command';

@CommandHandler(AddIndicatorCommand)
export class AddIndicatorHandler implements ICommandHandler<AddIndicatorCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly history: CaseHistoryService,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, indicator, expectedVersion }: AddIndicatorCommand): Promise<{ id: string; indicatorId: string; version: number }> {
    if (indicator.observedAt > parisToday()) throw new DomainError('UNPROCESSABLE', 'An indicator cannot be observed in the future');
    const subject = await this.access.authorize(actor, caseId, 'update', { lock: true, expectedVersion });
    const organisationId = this.access.actingOrganisation(actor, subject, 'update');
    const indicatorId = randomUUID();
    await this.db.em.query(
      `INSERT INTO case_indicators (id, case_id, framework, dimension, indicator, strength, observed_at, note_enc, recorded_by, recorded_by_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [indicatorId, caseId, indicator.framework, indicator.dimension, indicator.indicator, indicator.strength, indicator.observedAt,
        indicator.note ? this.cipher.encrypt(indicator.note, `case:${caseId}/indicator:${indicatorId}`) : null, actor.userId, organisationId],
    );
    const version = await this.access.touch(caseId, subject.version);
    // In the timeline as codes only (its dimension and strength, as in the summary); the indicator's note stays with it, encrypted.
    await this.history.append(actor, organisationId, {
      caseId, track: 'identification', type: 'indicator_added', occurredOn: indicator.observedAt, data: { dimension: indicator.dimension, strength: indicator.strength },
    });
    await this.audit.record({
      action: 'case.indicator_added', subjectType: 'case', subjectId: caseId, actorOrganisationId: organisationId,
      details: { indicatorId, dimension: indicator.dimension, strength: indicator.strength },
    });
    return { id: caseId, indicatorId, version };
  }
}
