/**
 * Which shelter took a person is told only to the parties of that orientation (issue 11 §3). Kinds whose
 * organisation id names where a person sleeps: the hosts (DNA places are hosts) and the minors' centres.
 */
export const SHELTER_ORGANISATION_KINDS: readonly string[] = ['host', 'minors_centre'];

/** The viewer as the rule needs it: the organisations it acts for and their kinds. */
export interface MaskingViewer {
  organisationIds: readonly string[];
  organisationKinds: readonly string[];
}

/** An organisation as a view shows it: its id, or null with its kind only. */
export interface MaskedOrganisation {
  id: string | null;
  kind: string | null;
}

/**
 * The one rule every view uses. A non-shelter organisation is shown as is. A shelter is shown to the case's
 * owner organisation (the requester), to the shelter itself and to the Ac.Sé coordination that placed it;
 * everyone else gets `id: null` and the kind. An organisation of unknown kind is masked too (fail closed).
 */
export function maskOrganisation(
  organisationId: string | null,
  kind: string | undefined | null,
  viewer: MaskingViewer,
  ownerOrganisationId: string,
): MaskedOrganisation {
  if (!organisationId) return { id: null, kind: null };
  if (!kind) return { id: null, kind: null };
  if (!SHELTER_ORGANISATION_KINDS.includes(kind)) return { id: organisationId, kind };
  const party =
    viewer.organisationIds.includes(ownerOrganisationId) ||
    viewer.organisationIds.includes(organisationId) ||
    viewer.organisationKinds.includes('acse_coordination');
  return { id: party ? organisationId : null, kind };
}
