import type { OrganisationKind, Role } from '@mnio/directory';
import type { NotificationEventType } from './event-types';
import type { NotificationEvent } from './notification-event';

/** Roles that answer requests addressed to an organisation. */
const HANDLERS: Role[] = ['coordinator', 'host_operator', 'teh_referent', 'case_worker'];
const REQUESTER: Role[] = ['case_worker', 'coordinator'];

/**
 * Who is told: either one organisation named by a payload field, or the organisations of some kinds
 * covering the event's territory; in both cases only their members holding one of `roles`. An event may have
 * several rules (an alert told to the case's owner and to the territory's préfecture).
 */
export type RecipientRule =
  | { organisationField: string; roles: Role[]; formerAccessField?: string }
  | { territoryKinds: OrganisationKind[]; roles: Role[] };

export const RECIPIENT_RULES: Record<NotificationEventType, RecipientRule | RecipientRule[]> = {
  MinorCaseCreated: { territoryKinds: ['ase', 'parquet'], roles: HANDLERS },
  PresumedVictimIdentified: { territoryKinds: ['clav_cell'], roles: ['cell_coordinator'] },
  CaseShared: { organisationField: 'organisationId', roles: [...HANDLERS, 'cell_coordinator'] },
  // A removal order (OQTF) is an alert: the owner, who follows the person, and the territory's préfecture referents,
  // who answer for the residence track (reflection period, permit), must know at once.
  RemovalOrderAlert: [
    { organisationField: 'ownerOrganisationId', roles: HANDLERS },
    { territoryKinds: ['prefecture'], roles: ['teh_referent'] },
  ],
  DuplicateLinkRequested: { organisationField: 'otherOrganisationId', roles: ['coordinator'] },
  // The owner of the case that was already there decides whether to propose a link; the recorder is not told who.
  // The organisation that asked for the link hears the answer.
  DuplicateLinkAnswered: { organisationField: 'requesterOrganisationId', roles: ['coordinator'] },
  PossibleDuplicateFound: { organisationField: 'ownerOrganisationId', roles: ['coordinator'] },
  OrientationRequested: { organisationField: 'targetOrganisationId', roles: HANDLERS },
  OrientationAccepted: { organisationField: 'requesterOrganisationId', roles: REQUESTER },
  OrientationRefused: { organisationField: 'requesterOrganisationId', roles: REQUESTER },
  OrientationAdmitted: { organisationField: 'requesterOrganisationId', roles: REQUESTER },
  OrientationEnded: { organisationField: 'requesterOrganisationId', roles: REQUESTER },
  // The requester cancels: the organisation that was asked (and may hold a place for the person) must know.
  OrientationCancelled: { organisationField: 'targetOrganisationId', roles: HANDLERS },
  // A coordination chose a host for the person: the host's operators and coordinators prepare the meeting and the place.
  OrientationHostChosen: { organisationField: 'hostOrganisationId', roles: ['host_operator', 'coordinator'] },
  CaseTransferRequested: { organisationField: 'toOrganisationId', roles: HANDLERS },
  CaseTransferAccepted: { organisationField: 'fromOrganisationId', roles: REQUESTER },
  CaseTransferRefused: { organisationField: 'fromOrganisationId', roles: REQUESTER },
  // The requester withdrew: the organisation that was asked to take the case over must know it no longer has to.
  // Its view of the case ended with the cancellation itself: it is told because it held one through this transfer.
  CaseTransferCancelled: { organisationField: 'toOrganisationId', roles: HANDLERS, formerAccessField: 'transferId' },
  CellActionAssigned: { organisationField: 'ownerOrganisationId', roles: [...HANDLERS, 'cell_coordinator', 'cell_member', 'investigator'] },
  // The cell that gave an action follows it: its coordinators hear when it is started or done.
  CellActionStatusChanged: { organisationField: 'cellId', roles: ['cell_coordinator'] },
  // The owner's coordinators answer for the person: they must know at once that someone opened the case.
  BreakGlassUsed: { organisationField: 'ownerOrganisationId', roles: ['coordinator'] },
  // A platform administrator asks to give someone an identity-reading role: the organisation's coordinators decide.
  MembershipRequested: { organisationField: 'organisationId', roles: ['coordinator'] },
  // Someone of the organisation (by the SIRET ProConnect gave) has no account: its coordinators accept or refuse.
  AccessRequested: { organisationField: 'organisationId', roles: ['coordinator'] },
  // The organisation's signers of the annual survey (libs/reporting SURVEY_SIGNER_ROLES): its coordinators, a host's operators.
  SurveyQuestionnaireOpened: { organisationField: 'organisationId', roles: ['coordinator', 'host_operator'] },
  // The data-protection officers of the reader's organisation, and the platform's (libs/privacy's alert job).
  IdentityReadsAlertRaised: [
    { organisationField: 'organisationId', roles: ['dpo'] },
    { organisationField: 'platformOrganisationId', roles: ['dpo'] },
  ],
  // Each organisation that saw a case erased early on request: whoever follows it there.
  CaseErasedOnRequest: { organisationField: 'organisationId', roles: [...HANDLERS, 'cell_coordinator'] },
  DeadlineApproaching: { organisationField: 'responsibleOrganisationId', roles: [...HANDLERS, 'cell_coordinator'] },
  DeadlineOverdue: { organisationField: 'responsibleOrganisationId', roles: [...HANDLERS, 'cell_coordinator'] },
  DeadlineEscalated: { territoryKinds: ['parquet'], roles: HANDLERS },
};

/** Concrete audience of one event: resolved against the directory at delivery time. */
export type Audience =
  | { kind: 'organisation'; organisationId: string; roles: Role[]; formerSourceId?: string }
  | { kind: 'territory'; territory: string; organisationKinds: OrganisationKind[]; roles: Role[] };

function rulesOf(type: NotificationEventType): RecipientRule[] {
  const rule = RECIPIENT_RULES[type];
  return Array.isArray(rule) ? rule : [rule];
}

/**
 * The audiences of an event (none: nobody is told). A case shared for minor protection is not announced twice:
 * the same transaction publishes MinorCaseCreated, which tells the same ASE and parquet.
 */
export function audiencesOf(event: Pick<NotificationEvent, 'type' | 'fields'>): Audience[] {
  if (event.type === 'CaseShared' && event.fields.reason === 'minor_protection') return [];
  const audiences: Audience[] = [];
  for (const rule of rulesOf(event.type)) {
    if ('organisationField' in rule) {
      const organisationId = event.fields[rule.organisationField];
      const formerSourceId = rule.formerAccessField ? event.fields[rule.formerAccessField] : undefined;
      if (organisationId) audiences.push({ kind: 'organisation', organisationId, roles: rule.roles, ...(formerSourceId ? { formerSourceId } : {}) });
    } else if (event.fields.territory) {
      audiences.push({ kind: 'territory', territory: event.fields.territory, organisationKinds: rule.territoryKinds, roles: rule.roles });
    }
  }
  return audiences;
}

/**
 * The ways a member may be entitled to an event's notification: roles, and whether the member's territories must
 * cover the event's. Rechecked before sending; one is enough.
 */
export function entitlementsOf(type: NotificationEventType): { roles: Role[]; territorial: boolean; formerAccessField?: string }[] {
  return rulesOf(type).map((rule) => ({
    roles: rule.roles,
    territorial: 'territoryKinds' in rule,
    ...('formerAccessField' in rule && rule.formerAccessField ? { formerAccessField: rule.formerAccessField } : {}),
  }));
}
