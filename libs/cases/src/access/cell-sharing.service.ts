import { Injectable } from '@nestjs/common';
import { AuditJournal } from '@mnio/audit';
import { DeadlineService } from '../deadlines/deadline.service';
import { CaseAccessService, CaseSubject } from './case-access.service';

/** Withdrawing a case from its territory's CLAV cell (sharing is `ShareCaseWithTerritoryCommand`). */
@Injectable()
export class CellSharingService {
  constructor(
    private readonly access: CaseAccessService,
    private readonly deadlines: DeadlineService,
    private readonly audit: AuditJournal,
  ) {}

  async unshare(subject: CaseSubject, actorOrganisationId: string): Promise<string[]> {
    const revoked = await this.access.revoke(subject.id, { reason: 'cell' }, 'consent_withdrawn');
    if (revoked.length) {
      await this.deadlines.close(subject.id, ['cell_review'], 'consent_withdrawn');
      await this.audit.record({ action: 'case.unshared', subjectType: 'case', subjectId: subject.id, actorOrganisationId, details: { reason: 'cell', organisationIds: revoked } });
    }
    return revoked;
  }
}
