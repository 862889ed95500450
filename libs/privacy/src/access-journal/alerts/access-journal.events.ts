import { declareEvents } from '@mnio/platform';

/**
 * The events of the journal of who read what (docs/events.md). Kept beside their use case while the privacy
 * context's other parts are written; `libs/privacy/src/events.ts` may gather them.
 */
export const ACCESS_JOURNAL_EVENTS = declareEvents({
  /**
   * A user (`userId`) of `organisationId` read more identities on `day` than the threshold: that organisation's
   * data-protection officers are told, and the platform's (`platformOrganisationId`, absent when the platform has
   * none). Ids, a day and counts only: never a case, never a person.
   */
  IdentityReadsAlertRaised: { alertId: 'uuid', userId: 'uuid', organisationId: 'uuid', platformOrganisationId: 'uuid?', day: 'date', reads: 'count', threshold: 'count' },
});
