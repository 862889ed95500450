import { Injectable } from '@nestjs/common';
import { AuditJournal } from '@mnio/audit';
import { OutboxService, parisToday, TransactionHost, Tx } from '@mnio/platform';
import { DeadlineService } from '../deadlines/deadline.service';
import { CaseAccessService, CaseSubject } from './case-access.service';
import { CASES_EVENTS } from '../events';

/** Sharing a case with its territory's CLAV cell, and the cell's review deadline for a presumed victim. */
@Injectable()
export class CellSharingService {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly access: CaseAccessService,
    private readonly deadlines: DeadlineService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  async cellOf(territory: string): Promise<string | undefined> {
    return (await this.access.territoryOrganisations(territory, ['clav_cell']))[0]?.id;
  }

  /** Grants the cell a view; opens its review deadline when the person is already a presumed victim. */
  async share(subject: CaseSubject, userId: string, actorOrganisationId: string): Promise<string | undefined> {
    const cellId = await this.cellOf(subject.territory);
    if (!cellId) return undefined;
    if (await this.access.grant(subject.id, cellId, 'cell', { grantedBy: userId })) {
      await this.outbox.publish(CASES_EVENTS.CaseShared, { caseId: subject.id, reference: subject.reference, territory: subject.territory, organisationId: cellId, reason: 'cell' }, subject.id);
      await this.audit.record({ action: 'case.shared', subjectType: 'case', subjectId: subject.id, actorOrganisationId, details: { reason: 'cell', organisationIds: [cellId] } });
    }
    const [c]: { identification_status: string }[] = await (this.txHost as Tx).tx.query(`SELECT identification_status FROM cases WHERE id = $1`, [subject.id]);
    if (c.identification_status === 'presumed_victim') {
      await this.deadlines.open({ caseId: subject.id, territory: subject.territory, kind: 'cell_review', from: parisToday(), responsibleOrganisationId: cellId });
    }
    return cellId;
  }

  async unshare(subject: CaseSubject, actorOrganisationId: string): Promise<string[]> {
    const revoked = await this.access.revoke(subject.id, { reason: 'cell' }, 'consent_withdrawn');
    if (revoked.length) {
      await this.deadlines.close(subject.id, ['cell_review'], 'consent_withdrawn');
      await this.audit.record({ action: 'case.unshared', subjectType: 'case', subjectId: subject.id, actorOrganisationId, details: { reason: 'cell', organisationIds: revoked } });
    }
    return revoked;
  }
}
