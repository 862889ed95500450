import { declareEvents } from '@mnio/platform';

/**
 * The events the directory publishes through the outbox (docs/events.md lists their consumers). Only what another
 * context reacts to: accounts, memberships, organisations and cell membership changes are not published (nothing
 * reacts to them; the audit journal records each, and the directory is read live wherever it matters).
 */
export const DIRECTORY_EVENTS = declareEvents({
  /** An administrator asked to give someone an identity-reading role: the organisation's coordinators decide. */
  MembershipRequested: { requestId: 'uuid', organisationId: 'uuid', role: 'code' },
  /** Someone ProConnect knows signed in without an mnio account: the organisation of their SIRET's coordinators decide. */
  AccessRequested: { requestId: 'uuid', organisationId: 'uuid' },
});
