import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationKind } from '../domain/roles';

/** Active organisations of the given kinds that cover a territory (national ones cover all). */
export class TerritoryOrganisationsQuery extends Query<{ id: string; kind: OrganisationKind }[]> {
  constructor(
    readonly territory: string,
    readonly kinds: readonly OrganisationKind[],
  ) {
    super();
  }
}

@QueryHandler(TerritoryOrganisationsQuery)
export class TerritoryOrganisationsHandler implements IQueryHandler<TerritoryOrganisationsQuery> {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async execute({ territory, kinds }: TerritoryOrganisationsQuery): Promise<{ id: string; kind: OrganisationKind }[]> {
    return this.ds.query(
      `SELECT id, kind FROM organisations WHERE active AND kind = ANY($2) AND (national OR $1 = ANY(territories)) ORDER BY id`,
      [territory, kinds],
    );
  }
}
