import { Injectable } from '@nestjs/common';
import { DomainError, rowsOf, Db } from '@mnio/platform';
import type { PlaceKind } from '../domain/targets';

export interface PlaceCount {
  placeKind: PlaceKind;
  capacity: number;
  reserved: number;
  occupied: number;
  free: number;
}

/**
 * A host's places, one counter row per (host, place kind). Every change is one conditional UPDATE: the row
 * lock queues concurrent writers and PostgreSQL re-checks the condition on the row it finally gets, so a place
 * is never given twice; the CHECK (reserved + occupied <= capacity) backs it in the schema.
 */
@Injectable()
export class PlacesService {
  constructor(private readonly db: Db) {}

  private get em() {
    return this.db.em;
  }

  /** Takes a free place as reserved, or fails with NO_PLACE_AVAILABLE. */
  async reserve(hostId: string, kind: PlaceKind): Promise<void> {
    await this.change(hostId, kind, 'reserved = reserved + 1', 'reserved + occupied < capacity');
  }

  /** The reserved place becomes occupied (admission). */
  async occupyReserved(hostId: string, kind: PlaceKind): Promise<void> {
    await this.change(hostId, kind, 'reserved = reserved - 1, occupied = occupied + 1', 'reserved > 0');
  }

  /** Takes a free place as occupied at once (a move to another host). */
  async occupy(hostId: string, kind: PlaceKind): Promise<void> {
    await this.change(hostId, kind, 'occupied = occupied + 1', 'reserved + occupied < capacity');
  }

  async release(hostId: string, kind: PlaceKind, status: 'reserved' | 'occupied'): Promise<void> {
    await this.change(hostId, kind, `${status} = ${status} - 1`, `${status} > 0`);
  }

  private async change(hostId: string, kind: PlaceKind, set: string, condition: string): Promise<void> {
    const rows = await rowsOf<{ host_id: string }>(this.em,
      `UPDATE host_places SET ${set}, updated_at = now() WHERE host_id = $1 AND place_kind = $2 AND ${condition} RETURNING host_id`,
      [hostId, kind],
    );
    if (!rows[0]) throw new DomainError('NO_PLACE_AVAILABLE', 'No place of this kind is available at this host', { placeKind: kind });
  }

  async counts(hostId: string): Promise<PlaceCount[]> {
    return this.em.query(
      `SELECT place_kind AS "placeKind", capacity, reserved, occupied, capacity - reserved - occupied AS free
       FROM host_places WHERE host_id = $1 ORDER BY place_kind`,
      [hostId],
    );
  }

  /** Sets the declared capacity of every kind; a capacity under the places in use fails with CAPACITY_BELOW_USAGE. */
  async setCapacity(hostId: string, capacities: Partial<Record<PlaceKind, number>>): Promise<void> {
    for (const [kind, capacity] of Object.entries(capacities)) {
      const rows = await rowsOf<{ ok: boolean }>(this.em,
        `INSERT INTO host_places AS p (host_id, place_kind, capacity) VALUES ($1, $2, $3)
         ON CONFLICT (host_id, place_kind) DO UPDATE SET capacity = $3, updated_at = now() WHERE p.reserved + p.occupied <= $3
         RETURNING true AS ok`,
        [hostId, kind, capacity],
      );
      if (!rows[0]) throw new DomainError('CAPACITY_BELOW_USAGE', 'Capacity cannot go below the places reserved or occupied', { placeKind: kind });
    }
  }
}
