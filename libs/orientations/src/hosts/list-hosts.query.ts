import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AbilityFactory, Actor, sqlScope, TransactionHost, Tx } from '@mnio/platform';
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
    private readonly txHost: TransactionHost,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute({ actor, filter }: ListHostsQuery): Promise<HostSummary[]> {
    const params: unknown[] = [];
    const scope = sqlScope(this.abilities.forActor(actor), 'read_capacity', 'Host', {
      id: { sql: 'o.id' },
      acseNetwork: { sql: `coalesce((o.attributes->>'acseNetwork')::boolean, false)` },
      minorsNetwork: { sql: `coalesce((o.attributes->>'minorsNetwork')::boolean, false)` },
    }, params);
    const where = [`o.active`, `o.kind IN ('host', 'minors_centre')`, scope];
    if (filter.placeKind || filter.available) {
      const kind = filter.placeKind ? ` AND p.place_kind = $${params.push(filter.placeKind)}` : '';
      where.push(`EXISTS (SELECT 1 FROM host_places p WHERE p.host_id = o.id${kind}${filter.available ? ' AND p.reserved + p.occupied < p.capacity' : ''})`);
    }
    return (this.txHost as Tx).tx.query(
      `SELECT o.id AS "hostId", o.name, o.kind, o.territories,
              coalesce((SELECT json_agg(json_build_object('placeKind', p.place_kind, 'capacity', p.capacity, 'reserved', p.reserved, 'occupied', p.occupied,
                'free', p.capacity - p.reserved - p.occupied) ORDER BY p.place_kind) FROM host_places p WHERE p.host_id = o.id), '[]') AS places
       FROM organisations o WHERE ${where.join(' AND ')} ORDER BY o.name, o.id LIMIT 500`,
      params,
    );
  }
}
