import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';

/**
 * For a CLAV cell's activity chart: how many cases `organisationId` received (its first lasting grant on
 * each: consent to share, a minor's case) per calendar day in France between `from` and `to` inclusive.
 * Counts only, no case id. The caller checks the actor may act for that organisation.
 */
export class CellCaseActivityQuery extends Query<{ day: string; n: number }[]> {
  constructor(
    readonly organisationId: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(CellCaseActivityQuery)
export class CellCaseActivityHandler implements IQueryHandler<CellCaseActivityQuery> {
  constructor(private readonly db: Db) {}

  async execute(q: CellCaseActivityQuery): Promise<{ day: string; n: number }[]> {
    return this.db.em.query(
      `WITH f AS (
         SELECT (min(granted_at) AT TIME ZONE 'Europe/Paris')::date AS day FROM case_access
         WHERE organisation_id = $1 AND expires_at IS NULL GROUP BY case_id
       )
       SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM f WHERE day BETWEEN $2::date AND $3::date GROUP BY day ORDER BY day`,
      [q.organisationId, q.from, q.to],
    );
  }
}
