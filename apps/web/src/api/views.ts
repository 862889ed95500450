/**
 * What the API answers. Its OpenAPI document types paths, parameters and bodies (schema.d.ts) but declares few
 * response schemas (the eligibility dry run), so these mirror the views of libs/* (CaseView, OrientationView, MeView…). Ids, codes and
 * dates only, except IdentityView, which is held in a component's state and never cached.
 */
import type { components } from './schema';

export interface Membership {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  role: string;
  territories: string[];
  national: boolean;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  totpEnabled: boolean;
  mfa: boolean;
  memberships: Membership[];
  permissions: unknown[];
}

export interface LoginAnswer {
  accessToken?: string;
  expiresIn: number;
  idleExpiresIn?: number;
  sessionExpiresIn?: number;
  mfaRequired?: true;
  enrolmentRequired?: boolean;
  mfaToken?: string;
}

export interface Statuses {
  identification: string;
  residence: string;
  childProtection: string;
  criminal: string;
  case: string;
}

export interface CaseDeadline {
  id: string;
  kind: string;
  dueOn: string;
  alertOn: string;
  /** Null for a shelter the viewer is no party of: the kind says what it is. */
  responsibleOrganisationId: string | null;
  responsibleOrganisationKind?: string | null;
  overdue: boolean;
}

export interface CaseView {
  id: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  sex: string;
  ageBand: string;
  minor: boolean;
  ageUncertain: boolean;
  /** A minor's case: « mineur non accompagné » or not; null when not known (always for an adult). */
  unaccompaniedMinor: boolean | null;
  /** Where and when the first contact took place (codes and a day); null when not recorded. */
  firstContact?: { context: string; on: string | null } | null;
  nationality: string | null;
  foreignNational: boolean;
  exploitationForms: string[];
  exploitedInFrance: boolean;
  exploitedAbroad: boolean;
  events: { type: string; country: string; territory?: string; from?: string; to?: string }[];
  vulnerabilities: string[];
  needs: string[];
  localDanger: boolean;
  interpreterNeeded: boolean;
  statuses: Statuses;
  closureReason: string | null;
  removalOrderAlert: boolean;
  identifiedByOrganisationId: string | null;
  identifiedAt: string | null;
  indicatorSummary: Record<string, { strong: number; medium: number; weak: number }>;
  consents: { purpose: string; targetOrganisationId: string | null; targetOrganisationKind?: string | null; granted: boolean; method: string; recordedAt: string }[];
  deadlines: CaseDeadline[];
  links: { linkId: string; status: string; otherReference: string | null; otherTerritory: string }[];
  identityAccess: boolean;
  /** What this user may record now, per track (the API computes it from its own rules and still checks). */
  trackActions: { identification: string[]; indicators: boolean; residence: string[]; childProtection: string[]; criminal: string[]; case: string[] };
  /** Set when this user reads the case only through their own break-the-glass access: when it ends. */
  breakGlassUntil: string | null;
  orientations: { orientationId: string; targetKind: string; state: string }[];
  version: number;
  createdAt: string;
  updatedAt: string;
  /** When the case was anonymised (identity and free texts erased), null otherwise. */
  anonymisedAt?: string | null;
}

export interface CaseSummary {
  id: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  sex: string;
  ageBand: string;
  minor: boolean;
  nationality: string | null;
  exploitationForms: string[];
  statuses: Statuses;
  nextDeadline: { kind: string; dueOn: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CaseCreated {
  id: string;
  reference: string;
  version: number;
  minor: boolean;
  /** Another organisation may follow the same person (its owner is told, not the recorder who); null: not checked today. */
  possibleDuplicate: boolean | null;
  /** The recording organisation's own open cases that may concern the same person, one per case (it sees them). */
  sameOrganisation?: { caseId: string; reference: string }[];
}

export interface Versioned {
  version: number;
}

export interface IdentityView {
  caseId: string;
  reference: string;
  identity: {
    lastName?: string;
    firstNames?: string[];
    aliases?: string[];
    birthDate?: string;
    estimatedAge?: number;
    ageUncertain?: boolean;
    sex: string;
    nationality?: string;
    languages?: string[];
    interpreterNeeded?: boolean;
    contact?: { phone?: string; email?: string; channel?: string; safeToContact: boolean };
  };
  narrative: string | null;
  danger: { localDanger: boolean; notes: string | null };
}

export interface HistoryEntry {
  id: string;
  track: string;
  type: string;
  occurredOn: string;
  recordedAt: string;
  /** Null for a shelter the viewer is no party of (then data's `targetOrganisationId` may be null too, with `targetOrganisationKind`). */
  recordedByOrganisationId: string | null;
  recordedByOrganisationKind?: string | null;
  data: Record<string, unknown>;
  note?: string | null;
}

export interface DeadlineView {
  id: string;
  caseId: string;
  reference: string;
  territory: string;
  kind: string;
  dueOn: string;
  alertOn: string;
  overdue: boolean;
  /** The alert date has come: the permit's renewal window is open, a clock is close. */
  alerting: boolean;
  responsibleOrganisationId: string | null;
  responsibleOrganisationKind?: string | null;
}

/** GET /api/cases/:id/referrals: the owner's view of a case's referrals. */
export interface CaseReferrals {
  referrals: { organisationId: string; organisationKind: string; referredAt: string; referredByOrganisationId: string | null; endedAt: string | null; endedReason: string | null }[];
  targets: { organisationId: string; organisationKind: string; national: boolean; consentNeeded: 'police_contact' | null; consentGiven: boolean }[];
}

/** GET /api/referrals/received: a case referred to one of my organisations. */
export interface ReferredCase {
  caseId: string;
  reference: string;
  territory: string;
  minor: boolean;
  identificationStatus: string;
  caseStatus: string;
  organisationId: string;
  referredAt: string;
  referredByOrganisationId: string | null;
}

export interface Orientation {
  id: string;
  caseId: string;
  reference: string;
  territory: string;
  targetKind: string;
  channel: string | null;
  targetOrganisationId: string;
  requesterOrganisationId: string;
  hostOrganisationId: string | null;
  state: string;
  open: boolean;
  reasonCode: string;
  placeKind: string | null;
  placeStatus: 'none' | 'reserved' | 'occupied';
  legalBasis: string | null;
  asylumStatus: string | null;
  outcomeCode: string | null;
  authorisations: number;
  authorisedUntil: string | null;
  version: number;
  requestedAt: string;
  answeredAt: string | null;
  /** Ac.Sé: the pre-admission video meeting and the transfer, once dated. */
  preAdmissionAt?: string | null;
  transferAt?: string | null;
  closedAt: string | null;
  updatedAt: string;
  parties: ('requester' | 'target' | 'host')[];
  allowedActions: string[];
  /** The steps offered now, whoever takes them: what this reader may do, and why not (the API checks again). */
  nextSteps: OrientationNextStep[];
  answerDueOn?: string | null;
}

/** GET /api/cases/{id}/orientations/eligibility: whether a request would be accepted, and why not. */
export type EligibilityCheck = components['schemas']['EligibilityCheckDto'];

/** A step of the orientation's workflow offered from its current state (libs/orientations NextStep). */
export interface OrientationNextStep {
  /** Step code, the key of its French label (ORIENTATION_ACTIONS). */
  action: string;
  party: 'requester' | 'target' | 'host';
  allowed: boolean;
  /** Why not, as an API error code (worded by error-messages.ts). */
  deniedCode: string | null;
  reasonCodes: string[];
  reasonRequired: boolean;
  host: 'required' | 'optional' | null;
  /** Whether the step dates an appointment (`scheduledAt`). */
  date?: 'pre_admission' | 'transfer' | null;
}

export interface OrientationStep {
  id: string;
  action: string;
  from: string | null;
  to: string;
  party: string;
  reasonCode: string | null;
  hostOrganisationId: string | null;
  actorOrganisationId: string;
  occurredAt: string;
  note?: string | null;
}

export interface Organisation {
  id: string;
  kind: string;
  name: string;
  national: boolean;
  territories: string[];
  /** The platform administrators' only: the SIRET ProConnect links by, and whether a password still signs in. */
  siret?: string | null;
  passwordSignIn?: boolean;
}

export interface Territory {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

/** GET /api/hosts/{id}/capacity: the declared places, and who besides the host reads its address. */
export interface HostCapacity {
  hostId: string;
  places: { placeKind: string; capacity: number }[];
  locationReaders?: ('host' | 'acse_coordination' | 'minors_centre')[];
}

/** GET /api/hosts/{id}/location: the secret address (each read audited). */
export interface HostLocation {
  hostId: string;
  location: { address: string; postalCode?: string; city?: string; phone?: string; accessInstructions?: string };
  updatedAt: string;
}

/** GET /api/hosts/board: free places by kind and region; from an orientation, whether each host may be chosen and why not. Never an address. */
export interface PlaceBoard {
  orientation: { id: string; reference: string; targetKind: string; state: string; version: number; placeKind: string | null; distancing: { applied: boolean; regions: boolean } } | null;
  hosts: {
    hostId: string;
    name: string;
    kind: string;
    national: boolean;
    territories: string[];
    regionCodes: string[];
    places: { placeKind: string; capacity: number; reserved: number; occupied: number; free: number }[];
    free: Record<string, number>;
    selectable: boolean | null;
    excludedBecause: 'departement' | 'region' | 'national' | 'no_free_place' | null;
  }[];
  regions: { regionCode: string; regionName: string; free: Record<string, number> }[];
}

export interface Occupancy {
  places: { placeKind: string; capacity: number; reserved: number; occupied: number; free: number }[];
  orientations: { orientationId: string; targetKind: string; state: string; placeKind: string; placeStatus: string }[];
}

export interface NotificationItem {
  id: string;
  eventType: string;
  title: string;
  read: boolean;
  createdAt: string;
  readAt: string | null;
  caseId?: string;
  reference?: string;
  territory?: string;
  orientationId?: string;
  linkId?: string;
  deadlineId?: string;
  dueAt?: string;
  link: string;
}

export interface Preference {
  eventType: string;
  label: string;
  channel: 'in_app' | 'email';
  enabled: boolean;
  isDefault: boolean;
  locked: boolean;
}

export interface DuplicateLink {
  linkId: string;
  status: string;
  direction: 'incoming' | 'outgoing';
  caseId: string;
  reference: string;
  otherTerritory: string;
  otherOrganisationKind: string;
  requestedAt: string;
}

/** A possible duplicate of one of my cases, found when another organisation recorded the same person. */
export interface DuplicateMatch {
  matchId: string;
  caseId: string;
  reference: string;
  otherTerritory: string;
  otherOrganisationKind: string;
  /** Only when the other case is my organisation's own too: its id and reference. */
  otherCaseId?: string | null;
  otherReference?: string | null;
  foundAt: string;
  linkId: string | null;
  linkStatus: string | null;
}

export interface CellDashboard {
  cell: { id: string; name: string; territory: string };
  asOf: string;
  countsAsOf?: string;
  newPresumedVictims: { count: number; items: { caseId: string; reference: string; dueOn: string; overdue: boolean }[] };
  orientationsAwaitingAnswer: { available: boolean; total: number; byTarget: Record<string, number> };
  deadlines: {
    overdue: { count: number; byKind: Record<string, number>; items: { caseId: string; reference: string; kind: string; dueOn: string }[] };
    upcoming: { count: number; byKind: Record<string, number>; until: string; items: { caseId: string; reference: string; kind: string; dueOn: string }[] };
  };
  lateActions: { decisions: number; actions: number; items: { decisionId: string; caseId: string; reference: string; type: string; lateActions: number; oldestDueOn: string }[] };
  counts: { activeCases: number; byExploitationForm: Record<string, number>; byOrientationTarget: Record<string, number> };
}

export interface MeetingSummary {
  id: string;
  date: string;
  agendaItems: number;
  decisions: number;
}

export interface Decision {
  id: string;
  meetingId: string;
  caseId: string;
  reference: string;
  type: string;
  text: string;
  supersedesId: string | null;
  supersededById: string | null;
  decidedAt: string;
  decidedByOrganisationId: string;
  actions: { id: string; ownerOrganisationId: string; title: string; dueOn: string; status: string; version: number }[];
}

export interface Meeting {
  id: string;
  cellId: string;
  territory: string;
  date: string;
  attendees: { organisationId: string; name: string | null }[];
  agenda: { caseId: string; reference: string; addedAt: string }[];
  decisions: Decision[];
}

export interface ActionItem {
  id: string;
  decisionId: string;
  decisionType: string;
  cellId: string;
  caseId: string;
  reference: string;
  ownerOrganisationId: string;
  title: string;
  dueOn: string;
  overdue: boolean;
  status: string;
  version: number;
}

export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  status: string;
  totpEnabled: boolean;
  memberships: { id: string; organisationId: string; role: string; territories: string[]; active: boolean }[];
}

export interface AgendaSuggestion {
  caseId: string;
  reference: string;
  kind: string;
  dueOn: string;
}

export interface AgendaSuggestions {
  new: AgendaSuggestion[];
  dueSoon: AgendaSuggestion[];
  overdue: AgendaSuggestion[];
}

export interface CellActivity {
  month: string;
  asOf: string;
  weeks: { from: string; to: string; situationsReceived: number; decisions: number; orientations: number | null }[];
}

export interface CellComposition {
  id: string;
  name: string;
  territory: string;
  memberOrganisations: { id: string; kind: string; name: string }[];
  members: { userId: string; displayName: string; role: string }[];
}

/** A colleague of the owning organisation (staff display name), never the person's identity. */
export interface CaseWorker {
  userId: string;
  displayName: string;
}

/** Who follows a case within its owning organisation (`GET /api/cases/:id/assignments`). */
export interface CaseAssignments {
  caseId: string;
  assignees: (CaseWorker & { assignedAt: string })[];
  candidates: CaseWorker[];
}
