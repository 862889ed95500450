/**
 * The events that notify someone, with the French label users read and whether it asks the recipient to act
 * (those, and deadlines, are emailed by default). Events of other types are not notifications.
 */
export const NOTIFICATION_EVENTS = {
  MinorCaseCreated: { label: 'Nouvelle situation concernant un mineur', request: true },
  PresumedVictimIdentified: { label: 'Nouvelle victime présumée à examiner par la cellule', request: true },
  CaseShared: { label: 'Situation partagée avec votre organisation', request: true },
  DuplicateLinkRequested: { label: 'Demande de rapprochement de situations', request: true },
  PossibleDuplicateFound: { label: 'Une autre organisation suit peut-être la même personne', request: true },
  OrientationRequested: { label: "Demande d'orientation reçue", request: true },
  OrientationAccepted: { label: 'Orientation acceptée', request: false },
  OrientationRefused: { label: 'Orientation refusée', request: false },
  OrientationAdmitted: { label: 'Admission confirmée', request: false },
  OrientationEnded: { label: 'Orientation terminée', request: false },
  OrientationCancelled: { label: 'Orientation annulée', request: false },
  CaseTransferRequested: { label: 'Demande de transfert de suivi', request: true },
  CaseTransferAccepted: { label: 'Transfert de suivi accepté', request: false },
  CaseTransferRefused: { label: 'Transfert de suivi refusé', request: false },
  CellActionAssigned: { label: 'Action confiée par la cellule TEH', request: true },
  BreakGlassUsed: { label: "Accès d'urgence à une situation de votre organisation", request: true },
  MembershipRequested: { label: "Demande d'accès pour une personne de votre organisation", request: true },
  DeadlineApproaching: { label: 'Échéance proche', request: true },
  DeadlineOverdue: { label: 'Échéance dépassée', request: true },
  // A minor's clock overdue, told to the territory's parquet (des mineurs) besides the responsible organisation.
  DeadlineEscalated: { label: 'Protection d’un mineur : étape en retard', request: true },
} as const satisfies Record<string, { label: string; request: boolean }>;

export type NotificationEventType = keyof typeof NOTIFICATION_EVENTS;
export const NOTIFICATION_EVENT_TYPES = Object.keys(NOTIFICATION_EVENTS) as NotificationEventType[];

/** Events published by other contexts through the outbox (deadline events are produced by the reminder scan). */
export const OUTBOX_NOTIFICATION_TYPES: NotificationEventType[] = NOTIFICATION_EVENT_TYPES.filter((t) => !t.startsWith('Deadline'));

export const ORIENTATION_OUTCOMES = ['OrientationAccepted', 'OrientationRefused', 'OrientationAdmitted', 'OrientationEnded', 'OrientationCancelled'] as const;

export function isNotificationEventType(type: string): type is NotificationEventType {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_EVENTS, type);
}

export const USER_CHANNELS = ['in_app', 'email'] as const;
export type UserChannel = (typeof USER_CHANNELS)[number];
export type DeliveryChannel = 'email' | 'webhook';
