/**
 * When the session must act, as pure arithmetic on times in milliseconds (tested without timers).
 * The API ends a session that was not refreshed for its idle timeout; only the user's own activity (a key, a
 * click) may refresh it, never the page's background requests. So the page refreshes ahead of time when the
 * user was active since the last refresh, and otherwise warns before the idle end, then lets it end.
 */
export interface SessionTimes {
  /** The access token's end. */
  accessExpiresAt: number;
  /** The session's end unless it is refreshed (idle timeout). */
  idleDeadline: number;
  /** The session's absolute end: no refresh takes it further. */
  sessionDeadline: number;
  /** How long before the idle end the warning opens. */
  leadMs: number;
  /** The user pressed a key or clicked since the last refresh. */
  active: boolean;
  /** The warning is open. */
  warning: boolean;
}

export type SessionAction = 'check' | 'refresh' | 'warn' | 'expire';

/** Renew the access token this long before it ends. */
export const ACCESS_MARGIN_MS = 60_000;
/** An active user's session is refreshed this long before the warning would open. */
const WARN_MARGIN_MS = 5_000;

/** The warning opens two minutes before the idle end, or halfway through a shorter idle timeout. */
export function warningLeadMs(idleMs: number): number {
  return Math.max(1000, Math.min(120_000, Math.floor(idleMs / 2)));
}

/** What to do next, and when (`at` ≤ now: now). */
export function nextAction(now: number, t: SessionTimes): { at: number; action: SessionAction } {
  if (now >= t.idleDeadline) return { at: now, action: 'expire' };
  if (t.warning) return { at: t.idleDeadline, action: 'expire' };
  const warnAt = t.idleDeadline - t.leadMs;
  const checkAt = Math.min(t.accessExpiresAt - ACCESS_MARGIN_MS, warnAt - WARN_MARGIN_MS);
  if (now < checkAt) return { at: checkAt, action: 'check' };
  const accessDue = now >= t.accessExpiresAt - ACCESS_MARGIN_MS;
  // Refreshing cannot push an idle end that is already the absolute end: then only a due access token is renewed.
  const extensible = t.idleDeadline < t.sessionDeadline;
  if (t.active && (extensible || accessDue)) return { at: now, action: 'refresh' };
  if (now < warnAt) return { at: warnAt, action: 'check' };
  return { at: now, action: 'warn' };
}

/** « 2 minutes », « 1 minute », « 45 secondes »: the time left, rounded to the minute above one minute. */
export function timeLeft(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.round(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

/** « 14 h 32 », Paris time. */
const clock = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Paris' });
export function clockTime(at: number): string {
  return clock.format(at).replace(':', ' h ');
}
