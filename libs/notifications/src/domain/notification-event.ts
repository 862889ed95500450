import { TERRITORY_CODE } from '@mnio/directory';
import type { EventDeclaration } from '@mnio/platform';
import { UUID_PATTERN } from '@mnio/platform';
import { NOTIFIED_OUTBOX_EVENTS as E, NotificationEventType, OutboxNotificationType } from './event-types';

const REFERENCE = /^(?:\d{2}|2[AB]|97[1-6])-\d{4}-\d{6,9}$/;
const CODE = /^[a-z][a-z0-9_]{0,59}$/;
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;

type Check = (v: unknown) => boolean;
const str = (re: RegExp): Check => (v) => typeof v === 'string' && re.test(v);
const CHECKS: Record<string, Check> = {
  caseId: str(UUID_PATTERN), orientationId: str(UUID_PATTERN), linkId: str(UUID_PATTERN), organisationId: str(UUID_PATTERN), ownerOrganisationId: str(UUID_PATTERN),
  targetOrganisationId: str(UUID_PATTERN), requesterOrganisationId: str(UUID_PATTERN), otherOrganisationId: str(UUID_PATTERN), responsibleOrganisationId: str(UUID_PATTERN),
  transferId: str(UUID_PATTERN), matchId: str(UUID_PATTERN), cellId: str(UUID_PATTERN), fromOrganisationId: str(UUID_PATTERN), toOrganisationId: str(UUID_PATTERN), actionId: str(UUID_PATTERN), breakGlassId: str(UUID_PATTERN), requestId: str(UUID_PATTERN),
  questionnaireId: str(UUID_PATTERN), alertId: str(UUID_PATTERN), platformOrganisationId: str(UUID_PATTERN), hostOrganisationId: str(UUID_PATTERN),
  reference: str(REFERENCE), territory: str(TERRITORY_CODE), targetKind: str(CODE), reason: str(CODE), kind: str(CODE), threshold: str(TOKEN),
  deadlineId: str(TOKEN), dueAt: (v) => typeof v === 'string' && ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)),
};

const CASE = ['caseId', 'reference', 'territory'] as const;
const ORIENTATION = ['orientationId', ...CASE, 'targetKind', 'targetOrganisationId', 'requesterOrganisationId'] as const;
const DEADLINE = ['deadlineId', ...CASE, 'kind', 'dueAt', 'responsibleOrganisationId', 'threshold'];
const TRANSFER = ['transferId', ...CASE, 'fromOrganisationId', 'toOrganisationId'] as const;

/** The fields read from a producer's declared event: the compiler refuses a name the producer does not declare. */
const read = <D extends EventDeclaration>(_event: D, fields: readonly (keyof D['fields'] & string)[]): string[] => [...fields];

/** The fields each event must carry, all ids or codes. Anything else in a payload is dropped unread. */
export const EVENT_FIELDS: Record<NotificationEventType, string[]> = {
  MinorCaseCreated: read(E.MinorCaseCreated, CASE),
  PresumedVictimIdentified: read(E.PresumedVictimIdentified, [...CASE, 'ownerOrganisationId']),
  CaseShared: read(E.CaseShared, [...CASE, 'organisationId']),
  CaseErasedOnRequest: read(E.CaseErasedOnRequest, [...CASE, 'organisationId']),
  RemovalOrderAlert: read(E.RemovalOrderAlert, [...CASE, 'ownerOrganisationId']),
  DuplicateLinkRequested: read(E.DuplicateLinkRequested, ['linkId', 'requesterOrganisationId', 'otherOrganisationId', 'territory']),
  DuplicateLinkAnswered: read(E.DuplicateLinkAnswered, ['linkId', 'requesterOrganisationId']),
  PossibleDuplicateFound: read(E.PossibleDuplicateFound, [...CASE, 'matchId', 'ownerOrganisationId']),
  OrientationRequested: read(E.OrientationRequested, ORIENTATION),
  OrientationAccepted: read(E.OrientationAccepted, ORIENTATION),
  OrientationRefused: read(E.OrientationRefused, ORIENTATION),
  OrientationAdmitted: read(E.OrientationAdmitted, ORIENTATION),
  OrientationEnded: read(E.OrientationEnded, ORIENTATION),
  OrientationCancelled: read(E.OrientationCancelled, ORIENTATION),
  OrientationHostChosen: read(E.OrientationHostChosen, [...ORIENTATION, 'hostOrganisationId']),
  CaseTransferRequested: read(E.CaseTransferRequested, TRANSFER),
  CaseTransferAccepted: read(E.CaseTransferAccepted, TRANSFER),
  CaseTransferRefused: read(E.CaseTransferRefused, TRANSFER),
  CaseTransferCancelled: read(E.CaseTransferCancelled, TRANSFER),
  CellActionAssigned: read(E.CellActionAssigned, [...CASE, 'actionId', 'ownerOrganisationId']),
  CellActionStatusChanged: read(E.CellActionStatusChanged, [...CASE, 'actionId', 'cellId']),
  BreakGlassUsed: read(E.BreakGlassUsed, [...CASE, 'breakGlassId', 'ownerOrganisationId']),
  MembershipRequested: read(E.MembershipRequested, ['requestId', 'organisationId']),
  AccessRequested: read(E.AccessRequested, ['requestId', 'organisationId']),
  SurveyQuestionnaireOpened: read(E.SurveyQuestionnaireOpened, ['questionnaireId', 'organisationId']),
  IdentityReadsAlertRaised: read(E.IdentityReadsAlertRaised, ['alertId', 'organisationId']),
  DeadlineApproaching: DEADLINE,
  DeadlineOverdue: DEADLINE,
  DeadlineEscalated: DEADLINE,
};

/** Fields read when valid and otherwise ignored: they refine routing but a bad value must not cost the notification. */
export const OPTIONAL_EVENT_FIELDS: Partial<Record<OutboxNotificationType, string[]>> = {
  CaseShared: read(E.CaseShared, ['reason']),
  // Absent when the platform has no organisation yet: the reader's organisation's DPOs are told all the same.
  IdentityReadsAlertRaised: read(E.IdentityReadsAlertRaised, ['platformOrganisationId']),
};

/** What a notification may say, on every channel: ids, codes, a reference, a territory, a date and a path. */
export interface NotificationContent {
  type: NotificationEventType;
  occurredAt: string;
  caseId?: string;
  reference?: string;
  territory?: string;
  orientationId?: string;
  targetKind?: string;
  linkId?: string;
  deadlineId?: string;
  deadlineKind?: string;
  threshold?: string;
  dueAt?: string;
  /** A transfer's id: the recheck before an email leaves tells its end to the organisation that held a view through it. */
  transferId?: string;
  /** Path in the web application, joined to PUBLIC_URL in emails and webhooks. */
  path: string;
}

export const CONTENT_KEYS: readonly (keyof NotificationContent)[] = [
  'type', 'occurredAt', 'caseId', 'reference', 'territory', 'orientationId', 'targetKind', 'linkId', 'deadlineId', 'deadlineKind', 'threshold', 'dueAt', 'transferId', 'path',
];

export interface NotificationEvent {
  /** Idempotency key of the event: `outbox-<id>` or `deadline-<id>-<threshold>`. */
  key: string;
  type: NotificationEventType;
  /** Validated payload fields, routing ids included. */
  fields: Record<string, string>;
  content: NotificationContent;
}

export type ParseResult = { ok: true; event: NotificationEvent; ignoredFields: string[] } | { ok: false; invalidFields: string[] };

function pathOf(type: NotificationEventType, f: Record<string, string>): string {
  if (type === 'DuplicateLinkRequested' || type === 'DuplicateLinkAnswered') return `/duplicate-links/${f.linkId}`;
  if (type === 'PossibleDuplicateFound') return '/rapprochements';
  // The coordinator's home page lists the requests to approve; the request names a person, so only its section is linked.
  if (type === 'MembershipRequested') return '/#demandes-acces';
  // The ProConnect access requests' panel of the same home page (the request names a person: only its section is linked).
  if (type === 'AccessRequested') return '/#demandes-proconnect';
  if (type === 'SurveyQuestionnaireOpened') return '/enquete-annuelle';
  // The DPO's journal of who read what: the alert names nobody, the journal (filtered by day) tells who.
  if (type === 'IdentityReadsAlertRaised') return '/protection-des-donnees/journal';
  if (f.orientationId) return `/cases/${f.caseId}/orientations/${f.orientationId}`;
  if (f.deadlineId) return `/cases/${f.caseId}/deadlines/${encodeURIComponent(f.deadlineId)}`;
  return `/cases/${f.caseId}`;
}

/**
 * Validates a payload against its event's fields and builds the content. Reports field names, never values.
 * Fields outside the list are never read.
 */
export function parseNotificationEvent(type: NotificationEventType, key: string, payload: Record<string, unknown>, occurredAt: Date): ParseResult {
  const fields: Record<string, string> = {};
  const invalidFields: string[] = [];
  for (const name of EVENT_FIELDS[type]) {
    const value = payload[name];
    if (!CHECKS[name](value)) invalidFields.push(name);
    else fields[name] = value as string;
  }
  if (invalidFields.length) return { ok: false, invalidFields };
  const ignoredFields: string[] = [];
  for (const name of OPTIONAL_EVENT_FIELDS[type as OutboxNotificationType] ?? []) {
    const value = payload[name];
    if (value === undefined || value === null) continue;
    if (CHECKS[name](value)) fields[name] = value as string;
    else ignoredFields.push(name);
  }
  const content: NotificationContent = {
    type,
    occurredAt: occurredAt.toISOString(),
    caseId: fields.caseId,
    reference: fields.reference,
    territory: fields.territory,
    orientationId: fields.orientationId,
    targetKind: fields.targetKind,
    linkId: fields.linkId,
    deadlineId: fields.deadlineId,
    deadlineKind: fields.kind,
    threshold: fields.threshold,
    dueAt: fields.dueAt ? new Date(fields.dueAt).toISOString() : undefined,
    transferId: fields.transferId,
    path: pathOf(type, fields),
  };
  for (const k of Object.keys(content) as (keyof NotificationContent)[]) if (content[k] === undefined) delete content[k];
  return { ok: true, event: { key, type, fields, content }, ignoredFields };
}
