import { CASES_EVENTS } from '@mnio/cases';
import { COORDINATION_EVENTS } from '@mnio/coordination';
import { DIRECTORY_EVENTS } from '@mnio/directory';
import { ORIENTATIONS_EVENTS } from '@mnio/orientations';
import { ACCESS_JOURNAL_EVENTS } from '@mnio/privacy';
import { REPORTING_EVENTS } from '@mnio/reporting';

/**
 * The outbox events that notify someone, as their producers declare them (each context's `events.ts`): the
 * notifications context reads their names and fields from there, never from string literals of its own.
 */
export const NOTIFIED_OUTBOX_EVENTS = {
  MinorCaseCreated: CASES_EVENTS.MinorCaseCreated,
  PresumedVictimIdentified: CASES_EVENTS.PresumedVictimIdentified,
  CaseShared: CASES_EVENTS.CaseShared,
  RemovalOrderAlert: CASES_EVENTS.RemovalOrderAlert,
  DuplicateLinkRequested: CASES_EVENTS.DuplicateLinkRequested,
  DuplicateLinkAnswered: CASES_EVENTS.DuplicateLinkAnswered,
  PossibleDuplicateFound: CASES_EVENTS.PossibleDuplicateFound,
  OrientationRequested: ORIENTATIONS_EVENTS.OrientationRequested,
  OrientationAccepted: ORIENTATIONS_EVENTS.OrientationAccepted,
  OrientationRefused: ORIENTATIONS_EVENTS.OrientationRefused,
  OrientationAdmitted: ORIENTATIONS_EVENTS.OrientationAdmitted,
  OrientationEnded: ORIENTATIONS_EVENTS.OrientationEnded,
  OrientationCancelled: ORIENTATIONS_EVENTS.OrientationCancelled,
  OrientationHostChosen: ORIENTATIONS_EVENTS.OrientationHostChosen,
  CaseTransferRequested: COORDINATION_EVENTS.CaseTransferRequested,
  CaseTransferAccepted: COORDINATION_EVENTS.CaseTransferAccepted,
  CaseTransferRefused: COORDINATION_EVENTS.CaseTransferRefused,
  CaseTransferCancelled: COORDINATION_EVENTS.CaseTransferCancelled,
  CellActionAssigned: COORDINATION_EVENTS.CellActionAssigned,
  CellActionStatusChanged: COORDINATION_EVENTS.CellActionStatusChanged,
  BreakGlassUsed: COORDINATION_EVENTS.BreakGlassUsed,
  MembershipRequested: DIRECTORY_EVENTS.MembershipRequested,
  AccessRequested: DIRECTORY_EVENTS.AccessRequested,
  SurveyQuestionnaireOpened: REPORTING_EVENTS.SurveyQuestionnaireOpened,
  IdentityReadsAlertRaised: ACCESS_JOURNAL_EVENTS.IdentityReadsAlertRaised,
  CaseErasedOnRequest: CASES_EVENTS.CaseErasedOnRequest,
} as const;
export type OutboxNotificationType = keyof typeof NOTIFIED_OUTBOX_EVENTS;

/** The reminder scan's own events (deadlines), not published through the outbox. */
export const DEADLINE_EVENT_TYPES = ['DeadlineApproaching', 'DeadlineOverdue', 'DeadlineEscalated'] as const;

/**
 * The events that notify someone, with the French label users read and whether it asks the recipient to act
 * (those, and deadlines, are emailed by default). Events of other types are not notifications.
 */
export const NOTIFICATION_EVENTS = {
  MinorCaseCreated: { label: 'Nouvelle situation concernant un mineur', request: true },
  PresumedVictimIdentified: { label: 'Nouvelle victime présumée à examiner par la cellule', request: true },
  CaseShared: { label: 'Situation partagée avec votre organisation', request: true },
  // The préfecture recorded a removal order (OQTF): the person's protection may be at stake, the owner must act.
  RemovalOrderAlert: { label: 'Alerte : obligation de quitter le territoire notifiée', request: true },
  DuplicateLinkRequested: { label: 'Demande de rapprochement de situations', request: true },
  DuplicateLinkAnswered: { label: 'Réponse à votre demande de rapprochement', request: false },
  PossibleDuplicateFound: { label: 'Une autre organisation suit peut-être la même personne', request: true },
  OrientationRequested: { label: "Demande d'orientation reçue", request: true },
  OrientationAccepted: { label: 'Orientation acceptée', request: false },
  OrientationRefused: { label: 'Orientation refusée', request: false },
  OrientationAdmitted: { label: 'Admission confirmée', request: false },
  OrientationEnded: { label: 'Orientation terminée', request: false },
  OrientationCancelled: { label: 'Orientation annulée', request: false },
  // A coordination chose this host for a person (agreement in principle, acceptance, relay): the host prepares the meeting and the place.
  OrientationHostChosen: { label: 'Votre structure est choisie pour accueillir une personne', request: true },
  CaseTransferRequested: { label: 'Demande de transfert de suivi', request: true },
  CaseTransferAccepted: { label: 'Transfert de suivi accepté', request: false },
  CaseTransferRefused: { label: 'Transfert de suivi refusé', request: false },
  CaseTransferCancelled: { label: 'Demande de transfert de suivi annulée', request: false },
  CellActionAssigned: { label: 'Action confiée par la cellule TEH', request: true },
  CellActionStatusChanged: { label: 'Suivi d’une action de la cellule TEH', request: false },
  BreakGlassUsed: { label: "Accès d'urgence à une situation de votre organisation", request: true },
  MembershipRequested: { label: "Demande d'accès pour une personne de votre organisation", request: true },
  // Someone ProConnect knows and mnio does not asked to come in: never who, only that a decision waits.
  AccessRequested: { label: "Une demande d'accès attend votre décision", request: true },
  // The national coordination opened the annual survey: the organisation's questionnaire, pre-filled, waits for its signature.
  SurveyQuestionnaireOpened: { label: 'Enquête annuelle : votre questionnaire pré-rempli est à vérifier et signer', request: true },
  // A user of the organisation read more identities in a day than the threshold (libs/privacy): its DPO looks into it.
  IdentityReadsAlertRaised: { label: 'Protection des données : un compte a lu un nombre inhabituel d’identités', request: true },
  // The owner erased a case early on the person's request (issue 16): the others that saw it must erase their own copies.
  CaseErasedOnRequest: { label: 'Situation anonymisée à la demande de la personne', request: false },
  DeadlineApproaching: { label: 'Échéance proche', request: true },
  DeadlineOverdue: { label: 'Échéance dépassée', request: true },
  // A minor's clock overdue, told to the territory's parquet (des mineurs) besides the responsible organisation.
  DeadlineEscalated: { label: 'Protection d’un mineur : étape en retard', request: true },
} as const satisfies Record<OutboxNotificationType | (typeof DEADLINE_EVENT_TYPES)[number], { label: string; request: boolean }>;

export type NotificationEventType = keyof typeof NOTIFICATION_EVENTS;
export const NOTIFICATION_EVENT_TYPES = Object.keys(NOTIFICATION_EVENTS) as NotificationEventType[];

/** Events published by other contexts through the outbox (deadline events are produced by the reminder scan). */
export const OUTBOX_NOTIFICATION_TYPES: NotificationEventType[] = Object.values(NOTIFIED_OUTBOX_EVENTS).map((e) => e.type);

export function isNotificationEventType(type: string): type is NotificationEventType {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_EVENTS, type);
}

export const USER_CHANNELS = ['in_app', 'email'] as const;
export type UserChannel = (typeof USER_CHANNELS)[number];
export type DeliveryChannel = 'email' | 'webhook';
