import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CaseFactsQuery } from '@mnio/cases';
import { DomainError, NotFoundError } from '@mnio/platform';
import { assertDistancing } from '../domain/distancing';
import type { OrientationRow } from '../domain/orientation';
import { isNetworkHost, PlaceKind, TARGET_PLACE_KINDS } from '../domain/targets';
import type { Step } from '../domain/workflow';
import { OrganisationsReader } from '../hosts/organisations.reader';
import { PlacesService } from '../hosts/places.service';

export interface Placement {
  hostOrganisationId: string | null;
  placeKind: PlaceKind | null;
  placeStatus: 'none' | 'reserved' | 'occupied';
  /** A host that joins the orientation (it gets the case's pseudonymised view) or leaves it. */
  hostJoined?: string;
  hostLeft?: string;
}

/**
 * What a step does to hosts and places: choose a host (network and, for Ac.Sé, distancing checked), reserve,
 * occupy, release, or move the person to another host. Capacity is enforced by PlacesService's conditional updates.
 */
@Injectable()
export class PlacementService {
  constructor(
    private readonly queries: QueryBus,
    private readonly orgs: OrganisationsReader,
    private readonly places: PlacesService,
  ) {}

  async apply(row: OrientationRow, step: Step<string>, input: { hostId?: string; placeKind?: PlaceKind }): Promise<Placement> {
    const p: Placement = { hostOrganisationId: row.hostOrganisationId, placeKind: row.placeKind, placeStatus: row.placeStatus };
    if (input.placeKind) {
      const allowed = TARGET_PLACE_KINDS[row.targetKind] ?? [];
      if (step.place !== 'reserve' || !allowed.includes(input.placeKind)) {
        throw new DomainError('PLACE_KIND_INVALID', 'A place kind is chosen when a place is reserved, among those the target offers', { allowed: [...allowed] });
      }
      p.placeKind = input.placeKind;
    }
    let newHost: string | undefined;
    if (step.host) {
      newHost = await this.chooseHost(row, step, input.hostId);
    } else if (input.hostId) {
      throw new DomainError('UNPROCESSABLE', 'This step does not choose a host');
    }

    switch (step.place) {
      case 'reserve':
        p.hostOrganisationId = newHost ?? p.hostOrganisationId;
        await this.places.reserve(p.hostOrganisationId!, p.placeKind!);
        p.placeStatus = 'reserved';
        break;
      case 'occupy':
        if (p.placeStatus === 'reserved') await this.places.occupyReserved(p.hostOrganisationId!, p.placeKind!);
        else await this.places.occupy(p.hostOrganisationId!, p.placeKind!);
        p.placeStatus = 'occupied';
        break;
      case 'release':
        await this.release(p);
        break;
      case 'move':
        if (newHost === p.hostOrganisationId) throw new DomainError('UNPROCESSABLE', 'The person is already at this host');
        await this.release(p);
        p.hostLeft = p.hostOrganisationId ?? undefined;
        p.hostOrganisationId = newHost!;
        await this.places.occupy(newHost!, p.placeKind!);
        p.placeStatus = 'occupied';
        break;
    }
    if (newHost && newHost !== row.hostOrganisationId) p.hostJoined = newHost;
    if (step.dropsHost) {
      p.hostLeft = p.hostOrganisationId ?? undefined;
      p.hostOrganisationId = null;
    }
    // The target keeps its own access; only a distinct host joins or leaves.
    if (p.hostJoined === row.targetOrganisationId) delete p.hostJoined;
    if (p.hostLeft === row.targetOrganisationId) delete p.hostLeft;
    return p;
  }

  private async release(p: Placement): Promise<void> {
    if (p.placeStatus !== 'none') await this.places.release(p.hostOrganisationId!, p.placeKind!, p.placeStatus);
    p.placeStatus = 'none';
  }

  private async chooseHost(row: OrientationRow, step: Step<string>, hostId: string | undefined): Promise<string> {
    const id = hostId ?? (step.host === 'optional' ? row.targetOrganisationId : undefined);
    if (!id) throw new DomainError('HOST_REQUIRED', 'Name the host (hostId)');
    const host = await this.orgs.find(id);
    if (!host || !isNetworkHost(row.targetKind, host, row.targetOrganisationId)) {
      throw new DomainError('HOST_NOT_IN_NETWORK', 'This organisation is not a host of the target\u2019s network');
    }
    if (row.targetKind === 'acse') {
      const facts = await this.queries.execute(new CaseFactsQuery(row.caseId));
      if (!facts) throw new NotFoundError('Case');
      assertDistancing({
        hostTerritories: host.national ? [] : host.territories,
        caseTerritory: facts.territory,
        exploitationTerritories: facts.exploitationTerritories,
        regionOf: await this.orgs.regionOf(),
        regions: await this.orgs.distanceRegions(facts.territory),
      });
    }
    return host.id;
  }
}
