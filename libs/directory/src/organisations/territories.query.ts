import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';

export interface Territory {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

export class ListTerritoriesQuery extends Query<Territory[]> {}

@QueryHandler(ListTerritoriesQuery)
export class ListTerritoriesHandler implements IQueryHandler<ListTerritoriesQuery> {
  private cache?: Territory[];
  constructor(private readonly db: Db) {}

  async execute(): Promise<Territory[]> {
    this.cache ??= await this.db.em.query(
      `SELECT code, name, region_code AS "regionCode", region_name AS "regionName" FROM territories ORDER BY code`,
    );
    return this.cache!;
  }
}
