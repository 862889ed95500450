import { ACCESS_MARGIN_MS, nextAction, warningLeadMs } from './idle';

/**
 * The session as this tab knows it. The access token lives in this module's memory only (no localStorage,
 * sessionStorage or IndexedDB). The refresh token never reaches a script: the API keeps it in an HttpOnly,
 * SameSite=Strict cookie sent to `/api/auth/refresh` only, so a reload or a new tab restores the session by
 * calling the refresh route at boot (`restore`).
 *
 * The API ends a session that was not refreshed for its idle timeout. Only the user's own keys and clicks
 * count as activity (`noteActivity`), never the page's background requests: the access token is renewed
 * ahead of time when the user was active since the last renewal, otherwise a warning opens before the idle end
 * (« Rester connecté »), then the session is "expired": pages stay mounted (a half-filled form keeps its
 * values) while the user signs in again, and the requests that were waiting are replayed.
 */
export interface TokenPair {
  accessToken: string;
  expiresIn: number;
  /** Seconds until the session ends unless refreshed. */
  idleExpiresIn: number;
  /** Seconds until the session's absolute end. */
  sessionExpiresIn: number;
}

export type SessionStatus = 'restoring' | 'signed_out' | 'signed_in' | 'expired';

/** The idle warning: when the session will end, and whether « Rester connecté » can push that end. */
export interface IdleWarning {
  endsAt: number;
  final: boolean;
}

interface Live {
  accessToken: string;
  accessExpiresAt: number;
  idleDeadline: number;
  sessionDeadline: number;
  leadMs: number;
}

/** The header the API requires, with the cookie, on the refresh and logout routes (CSRF defence). */
export const REFRESH_HEADER = { 'X-MNIO-Refresh': '1' } as const;

/**
 * The API sets `mnio_session=1` beside the HttpOnly refresh cookie, with the same lifetime, and clears both
 * together: it holds nothing, it only says that this browser may hold a session. Without it there is none to
 * restore, so the sign-in page shows at once, without a round trip to the refresh route first.
 */
export function maySessionBeRestored(cookies: string = typeof document === 'undefined' ? '' : document.cookie): boolean {
  // Read as the API reads it (session-cookie.ts, `carriesSessionMarker`): name and value trimmed.
  return cookies.split(';').some((pair) => {
    const eq = pair.indexOf('=');
    return eq >= 0 && pair.slice(0, eq).trim() === 'mnio_session' && pair.slice(eq + 1).trim() === '1';
  });
}

let live: Live | null = null;
let status: SessionStatus = 'signed_out';
let active = false;
let warning: IdleWarning | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
let waiters: ((ok: boolean) => void)[] = [];
const listeners = new Set<() => void>();

/** Other tabs of this browser say when they renewed the session or signed out (times only, never a token). */
type TabMessage = { kind: 'renewed'; idleDeadline: number; sessionDeadline: number } | { kind: 'signed_out' };
const tabs: BroadcastChannel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('mnio-session');
// Under Node (the unit tests), the channel must not keep the process alive.
(tabs as unknown as { unref?: () => void } | null)?.unref?.();

const notify = () => listeners.forEach((l) => l());

function settleWaiters(ok: boolean): void {
  const w = waiters;
  waiters = [];
  w.forEach((resolve) => resolve(ok));
}

function plan(): void {
  clearTimeout(timer);
  if (!live || status !== 'signed_in') return;
  const now = Date.now();
  const next = nextAction(now, { ...live, active, warning: warning !== null });
  if (next.at > now) {
    // setTimeout's delay is a 32-bit integer: a far deadline is reached in steps.
    timer = setTimeout(plan, Math.min(next.at - now, 2 ** 30));
    return;
  }
  if (next.action === 'refresh') void session.refresh();
  else if (next.action === 'warn') {
    warning = { endsAt: live.idleDeadline, final: live.idleDeadline >= live.sessionDeadline };
    notify();
    timer = setTimeout(plan, Math.max(0, live.idleDeadline - now));
  } else if (next.action === 'expire') session.expire();
  else timer = setTimeout(plan, 1000);
}

export async function callRefresh(): Promise<{ ok: true; pair: TokenPair } | { ok: false; ended: boolean }> {
  try {
    const res = await fetch(new URL('/api/auth/refresh', window.location.origin), { method: 'POST', credentials: 'same-origin', headers: REFRESH_HEADER });
    // 204: this browser holds no session cookie (signed out, or another browser).
    if (!res.ok || res.status === 204) return { ok: false, ended: res.status === 204 || res.status === 401 || res.status === 403 };
    return { ok: true, pair: (await res.json()) as TokenPair };
  } catch {
    return { ok: false, ended: false };
  }
}

tabs?.addEventListener('message', (e: MessageEvent<TabMessage>) => {
  const m = e.data;
  if (m.kind === 'signed_out') {
    if (status !== 'signed_out') session.signOut(false);
    return;
  }
  // Another tab's user was active: this tab's session lives as long (its access token is renewed on need).
  if (live && status === 'signed_in' && m.idleDeadline > live.idleDeadline) {
    live = { ...live, idleDeadline: m.idleDeadline, sessionDeadline: m.sessionDeadline, leadMs: warningLeadMs(m.idleDeadline - Date.now()) };
    if (warning) {
      warning = null;
      notify();
    }
    plan();
  }
});

/** Counts the user's keys and clicks as activity (once, at boot). */
export function watchActivity(target: Pick<Window, 'addEventListener'> = window): void {
  for (const type of ['keydown', 'pointerdown'] as const) target.addEventListener(type, () => session.noteActivity(), { capture: true, passive: true });
}

export const session = {
  status: (): SessionStatus => status,
  accessToken: (): string | undefined => live?.accessToken,
  warning: (): IdleWarning | null => warning,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  start(pair: TokenPair): void {
    const now = Date.now();
    const idleMs = pair.idleExpiresIn * 1000;
    live = {
      accessToken: pair.accessToken,
      accessExpiresAt: now + pair.expiresIn * 1000,
      idleDeadline: now + idleMs,
      sessionDeadline: now + pair.sessionExpiresIn * 1000,
      leadMs: warningLeadMs(idleMs),
    };
    status = 'signed_in';
    active = false;
    warning = null;
    tabs?.postMessage({ kind: 'renewed', idleDeadline: live.idleDeadline, sessionDeadline: live.sessionDeadline } satisfies TabMessage);
    plan();
    notify();
    settleWaiters(true);
  },

  /** At boot: a reload or a new tab picks the session up from the cookie, or shows the sign-in page (at once when the session marker is absent). */
  async restore(): Promise<void> {
    if (!maySessionBeRestored()) {
      status = 'signed_out';
      notify();
      return;
    }
    status = 'restoring';
    notify();
    const answer = await callRefresh();
    if (status !== 'restoring') return;
    if (answer.ok) session.start(answer.pair);
    else {
      status = 'signed_out';
      notify();
    }
  },

  /** A key or a click of the user's: the session may be renewed (background requests never count). */
  noteActivity(): void {
    if (status !== 'signed_in' || warning || active) return;
    active = true;
    if (live && Date.now() >= live.accessExpiresAt - ACCESS_MARGIN_MS) plan();
  },

  /** « Rester connecté ». */
  stay(): Promise<boolean> {
    active = true;
    return session.refresh();
  },

  /**
   * A new access token, if the user was active since the last one (a request of the page's own, while the
   * user is away, must not keep the session alive). One refresh at a time; false when it did not happen or
   * the API refused it (the session then becomes "expired").
   */
  refresh(): Promise<boolean> {
    if (refreshing) return refreshing;
    if (status !== 'signed_in' || !active) return Promise.resolve(false);
    refreshing = (async () => {
      try {
        const answer = await callRefresh();
        if (answer.ok) {
          session.start(answer.pair);
          return true;
        }
        // The network is down: keep the session (the caller shows the error) and try again shortly.
        if (answer.ended) session.expire();
        else {
          clearTimeout(timer);
          timer = setTimeout(plan, 5000);
        }
        return false;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  },

  expire(): void {
    if (status === 'signed_out' || status === 'restoring') return;
    clearTimeout(timer);
    live = null;
    warning = null;
    status = 'expired';
    notify();
  },

  /** Resolves when the user has signed in again (true) or signed out (false). */
  waitForSignIn(): Promise<boolean> {
    if (status === 'signed_in') return Promise.resolve(true);
    if (status === 'signed_out') return Promise.resolve(false);
    return new Promise((resolve) => waiters.push(resolve));
  },

  /** Forgets the session in this tab, and (unless told otherwise) in the browser's other tabs. */
  signOut(tellOtherTabs = true): void {
    clearTimeout(timer);
    live = null;
    warning = null;
    active = false;
    status = 'signed_out';
    if (tellOtherTabs) tabs?.postMessage({ kind: 'signed_out' } satisfies TabMessage);
    notify();
    settleWaiters(false);
  },
};
