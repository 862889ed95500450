import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { isUuid, Db } from '@mnio/platform';
import type { TargetKind } from '../domain/targets';

export interface CaseOrientationSummary {
  orientationId: string;
  targetKind: TargetKind;
  state: string;
  targetOrganisationId: string;
  /** YYYY-MM-DD in France: the day of its last step. */
  updatedOn: string;
}

/** For other contexts (coordination, reporting): a case's orientations, oldest first. Codes and ids only, never a host. */
export class CaseOrientationsSummaryQuery extends Query<CaseOrientationSummary[]> {
  constructor(readonly caseId: string) {
    super();
  }
}

@QueryHandler(CaseOrientationsSummaryQuery)
export class CaseOrientationsSummaryHandler implements IQueryHandler<CaseOrientationsSummaryQuery> {
  constructor(private readonly db: Db) {}

  async execute({ caseId }: CaseOrientationsSummaryQuery): Promise<CaseOrientationSummary[]> {
    if (!isUuid(caseId)) return [];
    return this.db.em.query(
      `SELECT id AS "orientationId", target_kind AS "targetKind", state, target_organisation_id AS "targetOrganisationId",
              to_char(updated_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS "updatedOn"
       FROM orientations WHERE case_id = $1 ORDER BY requested_at, id`,
      [caseId],
    );
  }
}
