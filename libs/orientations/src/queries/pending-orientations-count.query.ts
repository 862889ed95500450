import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';
import { TARGET_KINDS, TargetKind } from '../domain/targets';

/** For the CLAV dashboard: orientations of a territory's cases still waiting for a first answer, by target kind. */
export class PendingOrientationsCountQuery extends Query<Record<TargetKind, number>> {
  constructor(readonly territory: string) {
    super();
  }
}

@QueryHandler(PendingOrientationsCountQuery)
export class PendingOrientationsCountHandler implements IQueryHandler<PendingOrientationsCountQuery> {
  constructor(private readonly db: Db) {}

  async execute({ territory }: PendingOrientationsCountQuery): Promise<Record<TargetKind, number>> {
    const rows: { kind: TargetKind; n: number }[] = await this.db.em.query(
      `SELECT target_kind AS kind, count(*)::int AS n FROM orientations WHERE territory = $1 AND state = 'requested' GROUP BY target_kind`,
      [territory],
    );
    const counts = Object.fromEntries(TARGET_KINDS.map((k) => [k, 0])) as Record<TargetKind, number>;
    for (const r of rows) counts[r.kind] = r.n;
    return counts;
  }
}
