import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListTerritoriesQuery, OrganisationsByIdQuery } from '@mnio/directory';
import { Db, isUuid } from '@mnio/platform';
import type { TargetOrganisation } from '../domain/targets';

/**
 * What orientations need to know about organisations: kind, territories and the attribute flags
 * (dnaDedicated, acseNetwork, minorsNetwork, pspApproved), asked of the directory (`OrganisationsByIdQuery`).
 */
@Injectable()
export class OrganisationsReader {
  constructor(
    private readonly db: Db,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  async find(id: string | undefined | null): Promise<TargetOrganisation | null> {
    return (await this.findMany([id])).get(id ?? '') ?? null;
  }

  /** Several at once, in one read (ids that are absent, not uuids or inactive are not in the map). */
  async findMany(ids: (string | undefined | null)[]): Promise<Map<string, TargetOrganisation>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id && isUuid(id)))];
    if (!wanted.length) return new Map();
    const orgs = await this.queries.execute(new OrganisationsByIdQuery(wanted, { activeOnly: true }));
    return new Map(orgs.map((org) => [org.id, { id: org.id, kind: org.kind, national: org.national, territories: org.territories, attributes: org.attributes }]));
  }

  /** Region code of each département (table `territories`, cached by the directory). */
  async regionOf(): Promise<(territory: string) => string | undefined> {
    const territories = await this.queries.execute(new ListTerritoriesQuery());
    const map = new Map(territories.map((t) => [t.code, t.regionCode]));
    return (t) => map.get(t);
  }

  /** Whether Ac.Sé distancing also excludes the regions, for a case followed in `territory` (its own rule, else the global one). */
  async distanceRegions(territory: string): Promise<boolean> {
    const rows: { regions: boolean }[] = await this.db.em.query(
      `SELECT acse_distance_regions AS regions FROM orientation_rules WHERE territory IN ($1, '*') ORDER BY territory = '*' LIMIT 1`,
      [territory],
    );
    return rows[0]?.regions ?? true;
  }
}
