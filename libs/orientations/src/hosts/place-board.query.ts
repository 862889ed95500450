import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { CaseFactsQuery } from '@mnio/cases';
import { ListTerritoriesQuery, OrganisationsOfKindsQuery } from '@mnio/directory';
import { AbilityFactory, actingOrganisationId, Actor, asSubject, Db, NotFoundError, Transactional } from '@mnio/platform';
import { distancingProblem, DistancingRule } from '../domain/distancing';
import { ORIENTATION_COLUMNS, OrientationRow, orientationSubject } from '../domain/orientation';
import { isNetworkHost, PLACE_KINDS, PlaceKind } from '../domain/targets';
import type { PlaceCount } from './places.service';
import { OrganisationsReader } from './organisations.reader';

export interface PlaceBoardHost {
  hostId: string;
  name: string;
  kind: string;
  national: boolean;
  territories: string[];
  /** The regions of its départements (codes), for the filter and the totals. */
  regionCodes: string[];
  places: PlaceCount[];
  /** Free places of each kind (0 when none is declared). */
  free: Record<PlaceKind, number>;
  /** With an orientation at hand: whether it may be chosen for it, and if not, why (a code the page says in French). */
  selectable: boolean | null;
  excludedBecause: DistancingRule | 'not_in_network' | 'no_free_place' | null;
}

export interface PlaceBoard {
  /** The orientation at hand, when the board was opened from one: its kind of place and the distancing rule applied (codes only). */
  orientation: { id: string; reference: string; targetKind: string; state: string; version: number; placeKind: PlaceKind | null; distancing: { applied: boolean; regions: boolean } } | null;
  hosts: PlaceBoardHost[];
  /** Free places by region and kind over the hosts listed (a national host counts under `national`). */
  regions: { regionCode: string; regionName: string; free: Record<PlaceKind, number> }[];
}

/**
 * The place board of a coordination (Ac.Sé for its network, the minors' centre for its relays, a host for itself):
 * free places by kind and region over the hosts whose places the actor sees (`read_capacity`). Opened from an
 * orientation the actor answers (its target), each host says whether it may be chosen and, if not, why: not in
 * the target's network, no free place of the kind, or, for Ac.Sé, too close to the places of exploitation or of
 * residence (`distancingProblem`, the rule the step itself applies). Directory fields and counts only: never a
 * location, never a case's département.
 */
export class PlaceBoardQuery extends Query<PlaceBoard> {
  constructor(
    readonly actor: Actor,
    readonly filter: { placeKind?: PlaceKind; regionCode?: string; orientationId?: string },
  ) {
    super();
  }
}

const zero = (): Record<PlaceKind, number> => Object.fromEntries(PLACE_KINDS.map((k) => [k, 0])) as Record<PlaceKind, number>;

@QueryHandler(PlaceBoardQuery)
export class PlaceBoardHandler implements IQueryHandler<PlaceBoardQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly abilities: AbilityFactory,
    private readonly orgs: OrganisationsReader,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, filter }: PlaceBoardQuery): Promise<PlaceBoard> {
    const ability = this.abilities.forActor(actor);
    const territories = await this.queries.execute(new ListTerritoriesQuery());
    const regionOf = new Map(territories.map((t) => [t.code, t.regionCode]));
    const regionName = new Map(territories.map((t) => [t.regionCode, t.regionName]));

    // The orientation at hand: only its target chooses a host, so only its target opens the board from it.
    let row: OrientationRow | undefined;
    let distancing: { caseTerritory: string; exploitationTerritories: string[]; regions: boolean } | null = null;
    if (filter.orientationId) {
      [row] = await this.db.em.query(`SELECT ${ORIENTATION_COLUMNS} FROM orientations o WHERE o.id = $1`, [filter.orientationId]);
      if (!row || !ability.can('act_as_target', orientationSubject(row))) throw new NotFoundError('Orientation');
      if (row.targetKind === 'acse') {
        const facts = await this.queries.execute(new CaseFactsQuery(row.caseId));
        if (!facts) throw new NotFoundError('Case');
        distancing = { caseTerritory: facts.territory, exploitationTerritories: facts.exploitationTerritories, regions: await this.orgs.distanceRegions(facts.territory) };
      }
      // The case's pseudonymised facts were read to place the person: audited on the case, codes only.
      await this.audit.record({
        action: 'orientation.place_board_read', subjectType: 'case', subjectId: row.caseId,
        actorOrganisationId: actingOrganisationId(this.abilities, actor, 'act_as_target', orientationSubject(row)),
        details: { orientationId: row.id, targetKind: row.targetKind },
      });
    }
    const placeKind = filter.placeKind ?? row?.placeKind ?? undefined;

    const flag = (attributes: Record<string, unknown> | undefined, name: string) => attributes?.[name] === true;
    const hosts = (await this.queries.execute(new OrganisationsOfKindsQuery(['host', 'minors_centre'])))
      .filter((o) => ability.can('read_capacity', asSubject('Host', { id: o.id, acseNetwork: flag(o.attributes, 'acseNetwork'), minorsNetwork: flag(o.attributes, 'minorsNetwork') })));
    const counts: { hostId: string; places: PlaceCount[] }[] = hosts.length
      ? await this.db.em.query(
        `SELECT h AS "hostId", coalesce((SELECT json_agg(json_build_object('placeKind', p.place_kind, 'capacity', p.capacity, 'reserved', p.reserved,
                  'occupied', p.occupied, 'free', p.capacity - p.reserved - p.occupied) ORDER BY p.place_kind) FROM host_places p WHERE p.host_id = h), '[]') AS places
           FROM unnest($1::uuid[]) AS h`,
        [hosts.map((h) => h.id)],
      )
      : [];
    const placesOf = new Map(counts.map((c) => [c.hostId, c.places]));

    const board: PlaceBoardHost[] = [];
    for (const h of hosts) {
      const hostTerritories = h.national ? [] : h.territories;
      const regionCodes = [...new Set(hostTerritories.map((t) => regionOf.get(t)).filter((r): r is string => !!r))];
      if (filter.regionCode && !regionCodes.includes(filter.regionCode)) continue;
      const places = placesOf.get(h.id) ?? [];
      const free = zero();
      for (const p of places) free[p.placeKind] = p.free;
      let excludedBecause: PlaceBoardHost['excludedBecause'] = null;
      if (row) {
        const target = { id: h.id, kind: h.kind, national: h.national, territories: h.territories, attributes: h.attributes ?? {} };
        if (!isNetworkHost(row.targetKind, target, row.targetOrganisationId)) excludedBecause = 'not_in_network';
        else if (distancing) {
          excludedBecause = distancingProblem({ hostTerritories, ...distancing, regionOf: (t) => regionOf.get(t) });
        }
        if (!excludedBecause && placeKind && free[placeKind] <= 0) excludedBecause = 'no_free_place';
        // Hosts outside the target's network are not offered at all: the board lists where this person may go, and why not.
        if (excludedBecause === 'not_in_network') continue;
      }
      board.push({
        hostId: h.id, name: h.name, kind: h.kind, national: h.national, territories: h.territories, regionCodes, places, free,
        selectable: row ? excludedBecause === null : null, excludedBecause,
      });
    }

    const totals = new Map<string, Record<PlaceKind, number>>();
    for (const h of board) {
      for (const r of h.regionCodes.length ? h.regionCodes.slice(0, 1) : ['national']) {
        const t = totals.get(r) ?? zero();
        for (const k of PLACE_KINDS) t[k] += h.free[k];
        totals.set(r, t);
      }
    }
    return {
      orientation: row
        ? {
          id: row.id, reference: row.reference, targetKind: row.targetKind, state: row.state, version: row.version, placeKind: row.placeKind,
          distancing: { applied: distancing !== null, regions: distancing?.regions ?? false },
        }
        : null,
      hosts: board,
      regions: [...totals.entries()]
        .map(([regionCode, free]) => ({ regionCode, regionName: regionCode === 'national' ? 'National' : regionName.get(regionCode) ?? regionCode, free }))
        .sort((a, b) => a.regionName.localeCompare(b.regionName, 'fr')),
    };
  }
}
