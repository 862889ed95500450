import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, OutboxService, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { DeadlineService } from '../deadlines/deadline.service';
import { CASES_EVENTS } from '../events';
import { ShareCaseWithTerritoryCommand, TerritoryShareResult } from './share-with-territory.command';

@CommandHandler(ShareCaseWithTerritoryCommand)
export class ShareCaseWithTerritoryHandler implements ICommandHandler<ShareCaseWithTerritoryCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly deadlines: DeadlineService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ caseId, territory, share, by, cellReview }: ShareCaseWithTerritoryCommand): Promise<TerritoryShareResult> {
    const [c]: { reference: string; identification_status: string; viewer_org_ids: string[] }[] = await this.db.em.query(
      `SELECT reference, identification_status, viewer_org_ids FROM cases WHERE id = $1`,
      [caseId],
    );
    if (!c) return { cellId: null, granted: [], services: [] };
    const services = await this.access.territoryOrganisations(territory, share.minorProtection ? ['ase', 'parquet', 'clav_cell'] : ['clav_cell']);
    const cellId = services.find((o) => o.kind === 'clav_cell')?.id ?? null;
    const granted: TerritoryShareResult['granted'] = [];
    for (const org of services) {
      const reason = org.kind === 'clav_cell' ? 'cell' : 'minor_protection';
      if (!(reason === 'cell' ? share.cell : share.minorProtection)) continue;
      if (await this.access.grant(caseId, org.id, reason, { grantedBy: by.userId, sourceId: by.sourceId })) granted.push({ organisationId: org.id, kind: org.kind, reason });
    }
    for (const g of granted) {
      await this.outbox.publish(CASES_EVENTS.CaseShared, { caseId, reference: c.reference, territory, organisationId: g.organisationId, reason: g.reason }, caseId);
    }
    if (granted.length) {
      await this.access.recompute(caseId);
      await this.audit.record({
        action: 'case.shared', subjectType: 'case', subjectId: caseId, actorOrganisationId: by.organisationId,
        details: { reason: by.cause, organisationIds: granted.map((g) => g.organisationId), ...(by.sourceId ? { sourceId: by.sourceId } : {}) },
      });
    }
    const cellSees = !!cellId && (c.viewer_org_ids.includes(cellId) || granted.some((g) => g.organisationId === cellId));
    if (cellReview && cellId && cellSees && (!cellReview.onlyIfPresumedVictim || c.identification_status === 'presumed_victim')) {
      await this.deadlines.open({ caseId, territory, kind: 'cell_review', from: cellReview.from, responsibleOrganisationId: cellId });
    }
    return { cellId, granted, services };
  }
}
