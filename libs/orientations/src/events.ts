import { declareEvents } from '@mnio/platform';

/**
 * Every orientation event carries the same fields: the orientation, its case (id, reference, territory), the kind
 * of target, the two organisations, the step taken (`action`) and the state after it; for the capacity statistics
 * the kind and status of the place and the host chosen, and a refusal's reason code. Never the place's or the
 * host's location, never a note.
 */
const ORIENTATION = {
  orientationId: 'uuid', caseId: 'uuid', reference: 'reference', territory: 'territory', targetKind: 'code',
  targetOrganisationId: 'uuid', requesterOrganisationId: 'uuid', action: 'code', state: 'code',
  placeKind: 'code?', placeStatus: 'code?', hostOrganisationId: 'uuid?', reasonCode: 'code?',
} as const;

/** The events the orientations context publishes through the outbox (docs/events.md lists their consumers). */
export const ORIENTATIONS_EVENTS = declareEvents({
  OrientationRequested: ORIENTATION,
  OrientationAccepted: ORIENTATION,
  OrientationRefused: ORIENTATION,
  OrientationAdmitted: ORIENTATION,
  OrientationEnded: ORIENTATION,
  OrientationCancelled: ORIENTATION,
  /** Every other step of a workflow (assessment, search for a place, hearing…): statistics only, nobody is notified. */
  OrientationTransitioned: ORIENTATION,
  /** A coordination chose a host for the person (Ac.Sé agreement in principle, the minors' centre's acceptance in its network or relay): the host is told. */
  OrientationHostChosen: ORIENTATION,
  /** A host declared its places: its kind, its region and its places of each kind (counts, never a location): capacity statistics. */
  HostCapacitySet: { hostId: 'uuid', hostKind: 'code', regionCode: 'code?', women: 'count', men: 'count', family: 'count', minors: 'count' },
});
