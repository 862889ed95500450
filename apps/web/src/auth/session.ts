/**
 * The session lives in this module's memory only: no cookie, no localStorage, no sessionStorage, no IndexedDB.
 * A full reload therefore signs the user out (by design: a shared or seized device keeps no token).
 * The access token is refreshed a minute before it expires and whenever the API answers 401; when the refresh
 * token is refused too, the session is "expired": pages stay mounted (a half-filled form keeps its values)
 * while the user signs in again, and the requests that were waiting are replayed.
 */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export type SessionStatus = 'signed_out' | 'signed_in' | 'expired';

let tokens: TokenPair | null = null;
let status: SessionStatus = 'signed_out';
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
let waiters: ((ok: boolean) => void)[] = [];
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((l) => l());

function settleWaiters(ok: boolean): void {
  const w = waiters;
  waiters = [];
  w.forEach((resolve) => resolve(ok));
}

function schedule(expiresIn: number): void {
  clearTimeout(refreshTimer);
  const ms = Math.max(10, expiresIn - 60) * 1000;
  refreshTimer = setTimeout(() => void session.refresh(), ms);
}

export const session = {
  status: (): SessionStatus => status,
  accessToken: (): string | undefined => tokens?.accessToken,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  start(pair: TokenPair): void {
    tokens = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresIn: pair.expiresIn };
    status = 'signed_in';
    schedule(pair.expiresIn);
    notify();
    settleWaiters(true);
  },

  /** One refresh at a time; false when the refresh token is refused (the session becomes "expired"). */
  refresh(): Promise<boolean> {
    if (refreshing) return refreshing;
    const refreshToken = tokens?.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    refreshing = (async () => {
      try {
        const res = await fetch(new URL('/api/auth/refresh', window.location.origin), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken }),
        });
        if (!res.ok) {
          session.expire();
          return false;
        }
        session.start((await res.json()) as TokenPair);
        return true;
      } catch {
        // The network is down: keep the session, the caller shows the error.
        return false;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  },

  expire(): void {
    if (status === 'signed_out') return;
    clearTimeout(refreshTimer);
    tokens = null;
    status = 'expired';
    notify();
  },

  /** Resolves when the user has signed in again (true) or signed out (false). */
  waitForSignIn(): Promise<boolean> {
    if (status === 'signed_in') return Promise.resolve(true);
    if (status === 'signed_out') return Promise.resolve(false);
    return new Promise((resolve) => waiters.push(resolve));
  },

  signOut(): void {
    clearTimeout(refreshTimer);
    tokens = null;
    status = 'signed_out';
    notify();
    settleWaiters(false);
  },
};
