import { declareEvents } from '@mnio/platform';

const CASE = { caseId: 'uuid', reference: 'reference', territory: 'territory' } as const;
/** A transfer's events: `territory` is the case's territory at that step (the new one once accepted). */
const TRANSFER = { transferId: 'uuid', ...CASE, fromOrganisationId: 'uuid', toOrganisationId: 'uuid' } as const;

/** The events the coordination context publishes through the outbox (docs/events.md lists their consumers). */
export const COORDINATION_EVENTS = declareEvents({
  /** A cell's decision on a case, by type (`type`): the cell's activity statistics. Nobody is notified (its actions are). */
  CellDecisionRecorded: { decisionId: 'uuid', meetingId: 'uuid', ...CASE, cellId: 'uuid', type: 'code' },
  /** An action given by the cell to a member organisation (`ownerOrganisationId`), due on `dueOn`. */
  CellActionAssigned: { actionId: 'uuid', ...CASE, ownerOrganisationId: 'uuid', dueOn: 'date' },
  /** The organisation given an action started or closed it: the cell (`cellId`) follows its actions. */
  CellActionStatusChanged: { actionId: 'uuid', ...CASE, cellId: 'uuid', ownerOrganisationId: 'uuid', status: 'code' },
  /** An emergency access: `organisationId` opened the case of `ownerOrganisationId` until `expiresAt`. */
  BreakGlassUsed: { breakGlassId: 'uuid', ...CASE, organisationId: 'uuid', ownerOrganisationId: 'uuid', reasonCode: 'code', expiresAt: 'date' },
  CaseTransferRequested: TRANSFER,
  CaseTransferAccepted: TRANSFER,
  CaseTransferRefused: TRANSFER,
  /** The requesting organisation withdrew its request: the organisation that was asked is told. */
  CaseTransferCancelled: TRANSFER,
});
