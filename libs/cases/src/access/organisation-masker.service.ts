import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListOrganisationsQuery } from '@mnio/directory';
import { Actor } from '@mnio/platform';
import { MaskedOrganisation, maskOrganisation, MaskingViewer } from './shelter-masking';

/** Applies the shelter-masking rule (`maskOrganisation`) for one viewer, asking the directory for the kinds. */
export interface OrganisationMask {
  (organisationId: string | null, ownerOrganisationId: string): MaskedOrganisation;
}

@Injectable()
export class OrganisationMasker {
  constructor(private readonly queries: QueryBus) {}

  /** Loads the kinds of `organisationIds` once, through the directory's front door, and returns the mask. */
  async forViewer(actor: Actor, organisationIds: (string | null | undefined)[]): Promise<OrganisationMask> {
    const viewer: MaskingViewer = {
      organisationIds: actor.memberships.map((m) => m.organisationId),
      organisationKinds: actor.memberships.map((m) => m.organisationKind),
    };
    return this.mask(viewer, await this.kinds(organisationIds));
  }

  /** The same for an organisation acting as a whole (a cell's dashboard). */
  async forOrganisation(viewerOrganisationId: string, organisationIds: (string | null | undefined)[]): Promise<OrganisationMask> {
    const kinds = await this.kinds([viewerOrganisationId, ...organisationIds]);
    const viewerKind = kinds.get(viewerOrganisationId);
    return this.mask({ organisationIds: [viewerOrganisationId], organisationKinds: viewerKind ? [viewerKind] : [] }, kinds);
  }

  private async kinds(organisationIds: (string | null | undefined)[]): Promise<Map<string, string>> {
    const ids = [...new Set(organisationIds.filter((id): id is string => !!id))];
    return new Map((ids.length ? await this.queries.execute(new ListOrganisationsQuery({ ids })) : []).map((o) => [o.id, o.kind as string]));
  }

  private mask(viewer: MaskingViewer, kinds: Map<string, string>): OrganisationMask {
    return (organisationId, ownerOrganisationId) => maskOrganisation(organisationId, organisationId ? kinds.get(organisationId) : null, viewer, ownerOrganisationId);
  }
}
