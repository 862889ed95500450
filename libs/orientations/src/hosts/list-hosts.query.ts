import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { DirectoryOrganisation, OrganisationsOfKindsQuery } from '@mnio/directory';
import { AbilityFactory, Actor, asSubject, Db } from '@mnio/platform';
import type { PlaceKind } from '../domain/targets';
import type { PlaceCount } from './places.service';

export interface HostSummary {
  hostId: string;
  name: string;
  kind: string;
  territories: string[];
  places: PlaceCount[];
}

/**
 * Where a coordination can place someone: the hosts whose places the actor may see (its own, or its network's),
 * with their counters, optionally only those with a free place of a kind. Directory fields and counts only:
 * never a location.
 */
export class ListHostsQuery extends Query<HostSummary[]> {
  constructor(
    readonly actor: Actor,
    readonly filter: { placeKind?: PlaceKind; available?: boolean },
  ) {
    super();
  }
}

@QueryHandler(ListHostsQuery)
export class ListHostsHandler implements IQueryHandler<ListHostsQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute({ actor, filter }: ListHostsQuery): Promise<HostSummary[]> {
    // The hosts are the directory's (active ones, by name); which the actor may see is its rules on each host's network flags.
    const ability = this.abilities.forActor(actor);
    const flag = (o: DirectoryOrganisation, name: string) => o.attributes?.[name] === true;
    const hosts = (await this.queries.execute(new OrganisationsOfKindsQuery(['host', 'minors_centre'])))
      .filter((o) => ability.can('read_capacity', asSubject('Host', { id: o.id, acseNetwork: flag(o, 'acseNetwork'), minorsNetwork: flag(o, 'minorsNetwork') })));
    if (!hosts.length) return [];
    const params: unknown[] = [hosts.map((h) => h.id)];
    const kind = filter.placeKind ? ` AND p.place_kind = $${params.push(filter.placeKind)}` : '';
    const places: { hostId: string; places: PlaceCount[]; matches: boolean }[] = await this.db.em.query(
      `SELECT h AS "hostId",
              coalesce((SELECT json_agg(json_build_object('placeKind', p.place_kind, 'capacity', p.capacity, 'reserved', p.reserved, 'occupied', p.occupied,
                'free', p.capacity - p.reserved - p.occupied) ORDER BY p.place_kind) FROM host_places p WHERE p.host_id = h), '[]') AS places,
              EXISTS (SELECT 1 FROM host_places p WHERE p.host_id = h${kind}${filter.available ? ' AND p.reserved + p.occupied < p.capacity' : ''}) AS matches
       FROM unnest($1::uuid[]) AS h`,
      params,
    );
    const byHost = new Map(places.map((p) => [p.hostId, p]));
    return hosts
      .filter((h) => !(filter.placeKind || filter.available) || byHost.get(h.id)?.matches)
      .map((h) => ({ hostId: h.id, name: h.name, kind: h.kind, territories: h.territories, places: byHost.get(h.id)?.places ?? [] }));
  }
}
