import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { OutboxService, Transactional, Db } from '@mnio/platform';
import { PLACE_KINDS } from '../domain/targets';
import { ORIENTATIONS_EVENTS } from '../events';
import { GetHostCapacityQuery, GetHostOccupancyQuery, HostCapacity, HostOccupancy, SetHostCapacityCommand } from './host-places.command';
import { HostAccess } from './host-access.service';
import { OrganisationsReader } from './organisations.reader';
import { PlacesService } from './places.service';

@CommandHandler(SetHostCapacityCommand)
export class SetHostCapacityHandler implements ICommandHandler<SetHostCapacityCommand> {
  constructor(
    private readonly access: HostAccess,
    private readonly places: PlacesService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    private readonly orgs: OrganisationsReader,
  ) {}

  @Transactional()
  async execute({ actor, hostId, capacities }: SetHostCapacityCommand): Promise<HostCapacity> {
    const host = await this.access.authorize(actor, hostId, 'update_capacity');
    await this.places.setCapacity(host.id, capacities);
    await this.audit.record({
      action: 'host.capacity_set', subjectType: 'host', subjectId: host.id, actorOrganisationId: this.access.actingOrganisation(actor, host, 'update_capacity'), details: { capacities },
    });
    const counts = await this.places.counts(host.id);
    // For the capacity statistics: the host's kind and region, and its places of every kind (codes and counts, never a location).
    const regionOf = await this.orgs.regionOf();
    const hostKind = host.kind === 'minors_centre' ? 'minors_centre' : host.attributes.acseNetwork === true ? 'acse' : host.attributes.dnaDedicated === true ? 'dna' : 'other';
    await this.outbox.publish(ORIENTATIONS_EVENTS.HostCapacitySet, {
      hostId: host.id, hostKind, regionCode: (host.territories[0] && regionOf(host.territories[0])) ?? null,
      ...(Object.fromEntries(PLACE_KINDS.map((k) => [k, counts.find((c) => c.placeKind === k)?.capacity ?? 0])) as Record<(typeof PLACE_KINDS)[number], number>),
    }, host.id);
    return { hostId: host.id, places: counts.map((c) => ({ placeKind: c.placeKind, capacity: c.capacity })) };
  }
}

@QueryHandler(GetHostCapacityQuery)
export class GetHostCapacityHandler implements IQueryHandler<GetHostCapacityQuery> {
  constructor(
    private readonly access: HostAccess,
    private readonly places: PlacesService,
  ) {}

  async execute({ actor, hostId }: GetHostCapacityQuery): Promise<HostCapacity> {
    const host = await this.access.authorize(actor, hostId, 'read_capacity');
    const counts = await this.places.counts(host.id);
    const locationReaders: HostCapacity['locationReaders'] = ['host'];
    if (host.attributes.acseNetwork === true) locationReaders.push('acse_coordination');
    if (host.attributes.minorsNetwork === true && host.kind === 'host') locationReaders.push('minors_centre');
    return { hostId: host.id, places: counts.map((c) => ({ placeKind: c.placeKind, capacity: c.capacity })), locationReaders };
  }
}

@QueryHandler(GetHostOccupancyQuery)
export class GetHostOccupancyHandler implements IQueryHandler<GetHostOccupancyQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: HostAccess,
    private readonly places: PlacesService,
  ) {}

  async execute({ actor, hostId }: GetHostOccupancyQuery): Promise<HostOccupancy> {
    const host = await this.access.authorize(actor, hostId, 'read_occupancy');
    const orientations: HostOccupancy['orientations'] = await this.db.em.query(
      `SELECT id AS "orientationId", target_kind AS "targetKind", state, place_kind AS "placeKind", place_status AS "placeStatus"
       FROM orientations WHERE host_organisation_id = $1 AND place_status <> 'none' ORDER BY requested_at, id`,
      [host.id],
    );
    return { hostId: host.id, places: await this.places.counts(host.id), orientations };
  }
}
