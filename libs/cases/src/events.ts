import { declareEvents } from '@mnio/platform';

/** Every case event names the case by id, reference and territory (its département at that step). */
const CASE = { caseId: 'uuid', reference: 'reference', territory: 'territory' } as const;

/**
 * The events the cases context publishes through the outbox (docs/events.md lists their consumers).
 * Ids and codes only: never identity, notes or places.
 */
export const CASES_EVENTS = declareEvents({
  CaseCreated: { ...CASE, ownerOrganisationId: 'uuid', minor: 'flag' },
  /** A child's case: the territory's ASE and parquet are told (they also got a `minor_protection` grant). */
  MinorCaseCreated: { ...CASE },
  /** An organisation gained a view of the case; `reason`: `cell`, `referral`, `minor_protection`. */
  CaseShared: { ...CASE, organisationId: 'uuid', reason: 'code' },
  CaseIdentificationChanged: { ...CASE, from: 'code', to: 'code' },
  PresumedVictimIdentified: { ...CASE, ownerOrganisationId: 'uuid' },
  CaseTrackEventRecorded: { ...CASE, track: 'code', event: 'code', status: 'code' },
  /** A removal order (OQTF) recorded on the residence track: an alert for the owner and the territory's préfecture. */
  RemovalOrderAlert: { ...CASE, ownerOrganisationId: 'uuid' },
  CaseStatusChanged: { ...CASE, from: 'code', to: 'code' },
  /** A consent given or withdrawn (`purpose`, e.g. sharing with the cell, which opens or closes its review): statistics. */
  CaseConsentChanged: { ...CASE, purpose: 'code', granted: 'flag', targetOrganisationId: 'uuid?' },
  /** Pseudonymised facts of the case edited (`facts`: which, e.g. `unaccompanied_minor`; never their values): statistics. */
  CaseFactsChanged: { ...CASE, facts: 'codes' },
  /** The case was anonymised (`cause`: `retention` or `request`): its pseudonymised facts stay, so the statistics keep it. */
  CaseAnonymised: { ...CASE, ownerOrganisationId: 'uuid', cause: 'code' },
  /** Told to each organisation (besides the owner) that saw a case erased early on the person's request. */
  CaseErasedOnRequest: { ...CASE, organisationId: 'uuid' },
  PossibleDuplicateFound: { ...CASE, matchId: 'uuid', ownerOrganisationId: 'uuid' },
  DuplicateLinkRequested: { linkId: 'uuid', requesterOrganisationId: 'uuid', otherOrganisationId: 'uuid', territory: 'territory' },
  /** `status`: `accepted` or `refused`. */
  DuplicateLinkAnswered: { linkId: 'uuid', status: 'code', requesterOrganisationId: 'uuid', otherOrganisationId: 'uuid' },
});
