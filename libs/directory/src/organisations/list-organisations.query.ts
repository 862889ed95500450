import { Query } from '@nestjs/cqrs';
import type { OrganisationKind } from '../domain/roles';

export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  name: string;
  national: boolean;
  territories: string[];
}

/** Find partners by kind and territory. Returns directory fields only: never a location. */
export class ListOrganisationsQuery extends Query<OrganisationSummary[]> {
  constructor(readonly filter: { kind?: OrganisationKind; territory?: string; ids?: string[] }) {
    super();
  }
}
