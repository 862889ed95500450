import { Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { OrganisationKind } from '../domain/roles';

/** Kinds whose département tells where a person is sheltered. */
export const SHELTER_KINDS: OrganisationKind[] = ['host', 'minors_centre'];

export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  name: string;
  national: boolean;
  territories: string[];
  /** Told to the platform administrators only (they set them): the SIRET ProConnect links by, and whether a password still signs in. */
  siret?: string | null;
  passwordSignIn?: boolean;
}

/**
 * Find partners by kind and territory. Returns directory fields only: never a location. With a `viewer` (an
 * HTTP caller), a shelter's départements are told only to the Ac.Sé coordination, the platform and the shelter
 * itself: to anyone else a shelter has no territory and matches no territory filter. Contexts calling it
 * for routing pass no viewer. A platform administrator also reads each organisation's sign-in settings (SIRET,
 * password sign-in allowed), which nobody else is told.
 */
export class ListOrganisationsQuery extends Query<OrganisationSummary[]> {
  constructor(
    readonly filter: { kind?: OrganisationKind; territory?: string; ids?: string[] },
    readonly viewer?: Actor,
  ) {
    super();
  }
}
