import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';

/** For the CLAV cell's activity chart: orientation requests of a territory's cases per calendar day in France (counts only). */
export class OrientationActivityQuery extends Query<{ day: string; n: number }[]> {
  constructor(
    readonly territory: string,
    readonly from: string,
    readonly to: string,
  ) {
    super();
  }
}

@QueryHandler(OrientationActivityQuery)
export class OrientationActivityHandler implements IQueryHandler<OrientationActivityQuery> {
  constructor(private readonly db: Db) {}

  async execute(q: OrientationActivityQuery): Promise<{ day: string; n: number }[]> {
    return this.db.em.query(
      `SELECT to_char((requested_at AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD') AS day, count(*)::int AS n FROM orientations
       WHERE territory = $1 AND requested_at >= ($2::date::timestamp AT TIME ZONE 'Europe/Paris') AND requested_at < (($3::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')
       GROUP BY 1 ORDER BY 1`,
      [q.territory, q.from, q.to],
    );
  }
}
