import type { OrganisationKind, Role } from '@mnio/directory';
import type { NotificationEventType } from './event-types';
import type { NotificationEvent } from './notification-event';

/** Roles that answer requests addressed to an organisation. */
const HANDLERS: Role[] = ['coordinator', 'host_operator', 'teh_referent', 'case_worker'];
const REQUESTER: Role[] = ['case_worker', 'coordinator'];

/**
 * Who is told: either one organisation named by a payload field, or the organisations of some kinds
 * covering the event's territory; in both cases only their members holding one of `roles`.
 */
export type RecipientRule =
  | { organisationField: string; roles: Role[] }
  | { territoryKinds: OrganisationKind[]; roles: Role[] };

export const RECIPIENT_RULES: Record<NotificationEventType, RecipientRule> = {
  MinorCaseCreated: { territoryKinds: ['ase', 'parquet'], roles: HANDLERS },
  PresumedVictimIdentified: { territoryKinds: ['clav_cell'], roles: ['cell_coordinator'] },
  CaseShared: { organisationField: 'organisationId', roles: [...HANDLERS, 'cell_coordinator'] },
  DuplicateLinkRequested: { organisationField: 'otherOrganisationId', roles: ['coordinator'] },
  // The owner of the case that was already there decides whether to propose a link; the recorder is not told who.
  PossibleDuplicateFound: { organisationField: 'ownerOrganisationId', roles: ['coordinator'] },
  OrientationRequested: { organisationField: 'targetOrganisationId', roles: HANDLERS },
  OrientationAccepted: { organisationField: 'requesterOrganisationId', roles: REQUESTER },
  OrientationRefused: { organisationField: 'requesterOrganisationId', roles: REQUESTER },
  OrientationAdmitted: { organisationField: 'requesterOrganisationId', roles: REQUESTER },
  OrientationEnded: { organisationField: 'requesterOrganisationId', roles: REQUESTER },
  // The requester cancels: the organisation that was asked (and may hold a place for the person) must know.
  OrientationCancelled: { organisationField: 'targetOrganisationId', roles: HANDLERS },
  CaseTransferRequested: { organisationField: 'toOrganisationId', roles: HANDLERS },
  CaseTransferAccepted: { organisationField: 'fromOrganisationId', roles: REQUESTER },
  CaseTransferRefused: { organisationField: 'fromOrganisationId', roles: REQUESTER },
  CellActionAssigned: { organisationField: 'ownerOrganisationId', roles: [...HANDLERS, 'cell_coordinator', 'cell_member', 'investigator'] },
  // The owner's coordinators answer for the person: they must know at once that someone opened the case.
  BreakGlassUsed: { organisationField: 'ownerOrganisationId', roles: ['coordinator'] },
  // A platform administrator asks to give someone an identity-reading role: the organisation's coordinators decide.
  MembershipRequested: { organisationField: 'organisationId', roles: ['coordinator'] },
  DeadlineApproaching: { organisationField: 'responsibleOrganisationId', roles: [...HANDLERS, 'cell_coordinator'] },
  DeadlineOverdue: { organisationField: 'responsibleOrganisationId', roles: [...HANDLERS, 'cell_coordinator'] },
  DeadlineEscalated: { territoryKinds: ['parquet'], roles: HANDLERS },
};

/** Concrete audience of one event: resolved against the directory at delivery time. */
export type Audience =
  | { kind: 'organisation'; organisationId: string; roles: Role[] }
  | { kind: 'territory'; territory: string; organisationKinds: OrganisationKind[]; roles: Role[] };

/**
 * The audience of an event, or none. A case shared for minor protection is not announced twice: the
 * same transaction publishes MinorCaseCreated, which tells the same ASE and parquet.
 */
export function audienceOf(event: Pick<NotificationEvent, 'type' | 'fields'>): Audience | null {
  if (event.type === 'CaseShared' && event.fields.reason === 'minor_protection') return null;
  const rule = RECIPIENT_RULES[event.type];
  if ('organisationField' in rule) {
    const organisationId = event.fields[rule.organisationField];
    return organisationId ? { kind: 'organisation', organisationId, roles: rule.roles } : null;
  }
  const territory = event.fields.territory;
  return territory ? { kind: 'territory', territory, organisationKinds: rule.territoryKinds, roles: rule.roles } : null;
}

/** Roles entitled to an event's notification, and whether the member's territories must cover it: rechecked before sending. */
export function entitlementOf(type: NotificationEventType): { roles: Role[]; territorial: boolean } {
  const rule = RECIPIENT_RULES[type];
  return { roles: rule.roles, territorial: 'territoryKinds' in rule };
}
