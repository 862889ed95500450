import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';
import type { OrganisationKind } from '../domain/roles';

export interface TerritoryOrganisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  /** A national body covers every territory; a territory's own services (its cell, ASE, parquet) are the covering ones that are not national. */
  national: boolean;
}

/**
 * The one meaning of "covers a territory": active organisations of the given kinds that list the territory, or
 * are national (national ones cover all). Runs in the caller's transaction (ADR 0003).
 */
export class TerritoryOrganisationsQuery extends Query<TerritoryOrganisation[]> {
  constructor(
    readonly territory: string,
    readonly kinds: readonly OrganisationKind[],
  ) {
    super();
  }
}

@QueryHandler(TerritoryOrganisationsQuery)
export class TerritoryOrganisationsHandler implements IQueryHandler<TerritoryOrganisationsQuery> {
  constructor(private readonly db: Db) {}

  async execute({ territory, kinds }: TerritoryOrganisationsQuery): Promise<TerritoryOrganisation[]> {
    return this.db.em.query(
      `SELECT id, kind, name, national FROM organisations WHERE active AND kind = ANY($2) AND (national OR $1 = ANY(territories)) ORDER BY id`,
      [territory, kinds],
    );
  }
}

/** A territory's own services among the covering organisations (the national ones left out), in a stable order: by kind, then name. */
export const territorialServices = <T extends { kind: string; name: string; national: boolean }>(orgs: readonly T[]): T[] =>
  orgs.filter((o) => !o.national).sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
