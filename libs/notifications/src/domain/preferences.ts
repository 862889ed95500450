import { NOTIFICATION_EVENT_TYPES, NOTIFICATION_EVENTS, NotificationEventType, USER_CHANNELS, UserChannel } from './event-types';

export interface PreferenceOverride {
  eventType: string;
  channel: string;
  enabled: boolean;
}

export interface EffectivePreference {
  eventType: NotificationEventType;
  label: string;
  channel: UserChannel;
  enabled: boolean;
  /** False when the user changed it. */
  isDefault: boolean;
  /** The in-app inbox cannot be turned off: it is the record of what was asked of the user. */
  locked: boolean;
}

/** In-app always; email for requests addressed to the user's organisation and for deadlines. */
export function defaultEnabled(eventType: NotificationEventType, channel: UserChannel): boolean {
  return channel === 'in_app' || NOTIFICATION_EVENTS[eventType].request;
}

/** Emails nobody may turn off: someone opened, in an emergency, a case the user's organisation answers for. */
export const MANDATORY_EMAILS: readonly NotificationEventType[] = ['BreakGlassUsed'];

export function isLocked(channel: UserChannel, eventType?: NotificationEventType): boolean {
  return channel === 'in_app' || (channel === 'email' && !!eventType && MANDATORY_EMAILS.includes(eventType));
}

export function effectiveEnabled(eventType: NotificationEventType, channel: UserChannel, overrides: PreferenceOverride[]): boolean {
  if (isLocked(channel, eventType)) return true;
  const own = overrides.find((o) => o.eventType === eventType && o.channel === channel);
  return own ? own.enabled : defaultEnabled(eventType, channel);
}

/** The full matrix a user sees: every event type × channel. */
export function preferenceMatrix(overrides: PreferenceOverride[]): EffectivePreference[] {
  return NOTIFICATION_EVENT_TYPES.flatMap((eventType) =>
    USER_CHANNELS.map((channel) => {
      const own = isLocked(channel, eventType) ? undefined : overrides.find((o) => o.eventType === eventType && o.channel === channel);
      return {
        eventType,
        label: NOTIFICATION_EVENTS[eventType].label,
        channel,
        enabled: isLocked(channel, eventType) || (own ? own.enabled : defaultEnabled(eventType, channel)),
        isDefault: !own,
        locked: isLocked(channel, eventType),
      };
    }),
  );
}
