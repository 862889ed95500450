import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { PlaceKind } from '../domain/targets';
import type { PlaceCount } from './places.service';

export interface HostCapacity {
  hostId: string;
  places: { placeKind: PlaceKind; capacity: number }[];
  /**
   * Who may read the host's secret location besides the host itself (GET only), from the same rules as the location
   * read: `acse_coordination` for an Ac.Sé network host, `minors_centre` for a relay of the minors' centre.
   */
  locationReaders?: ('host' | 'acse_coordination' | 'minors_centre')[];
}

/** Declares the host's capacity of every place kind (a kind left out has none). */
export class SetHostCapacityCommand extends Command<HostCapacity> {
  constructor(
    readonly actor: Actor,
    readonly hostId: string,
    readonly capacities: Record<PlaceKind, number>,
  ) {
    super();
  }
}

export class GetHostCapacityQuery extends Query<HostCapacity> {
  constructor(
    readonly actor: Actor,
    readonly hostId: string,
  ) {
    super();
  }
}

export interface HostOccupancy {
  hostId: string;
  places: PlaceCount[];
  /** The orientations holding a place here: ids and codes only. */
  orientations: { orientationId: string; targetKind: string; state: string; placeKind: PlaceKind; placeStatus: 'reserved' | 'occupied' }[];
}

export class GetHostOccupancyQuery extends Query<HostOccupancy> {
  constructor(
    readonly actor: Actor,
    readonly hostId: string,
  ) {
    super();
  }
}
