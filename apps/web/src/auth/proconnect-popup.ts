import { callRefresh, REFRESH_HEADER, session, type TokenPair } from './session';

/**
 * Signing in again with ProConnect from the expired-session dialog, without leaving the page (a half-filled form
 * stays under the dialog): the flow runs in a popup window of the same origin, which opens its own session (the
 * refresh cookie is the browser's), tells its opener by a message that carries no token, and closes. The opener
 * then takes the session up through the refresh cookie, as a reload would, but only if it is the same user's.
 */
export const PROCONNECT_POPUP_PATH = '/connexion/proconnect/fenetre';
export const POPUP_SIGNED_IN = 'mnio.proconnect.signed-in';

/**
 * The popup's own mark (random, no secret): it comes back in the popup's message, so the dialog acts only on
 * the answer of the popup it opened.
 */
export const POPUP_CHANNEL = 'mnio-proconnect-popup';
const REF = /^[0-9a-f-]{36}$/;

/** Opened in the click's own turn (a popup opened later is blocked). Null: the browser blocked it. */
export function openProConnectPopup(ref: string): Window | null {
  return window.open(`${PROCONNECT_POPUP_PATH}#${ref}`, 'mnio-proconnect', 'popup,width=640,height=760');
}

/** In the popup: its mark, from the address the dialog opened. */
export function popupRef(w: Window = window): string | null {
  const ref = w.location.hash.slice(1);
  return REF.test(ref) ? ref : null;
}

/**
 * In the popup, once signed in: tells the opener, and closes. To the opener's window with this origin as the
 * target when the popup still holds it; through this origin's BroadcastChannel when the trip to the provider cut
 * it (a provider or mnio's Cross-Origin-Opener-Policy does). The message carries no token, only the mark.
 */
export function tellOpener(ref: string, w: Window = window): boolean {
  const message = { kind: POPUP_SIGNED_IN, ref };
  const opener = w.opener as Window | null;
  if (opener && !opener.closed) opener.postMessage(message, w.location.origin);
  else if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(POPUP_CHANNEL);
    channel.postMessage(message);
    channel.close();
  } else return false;
  // A moment for the message to leave before the window does.
  setTimeout(() => w.close(), 200);
  return true;
}

/**
 * The opener's check of a message: of this origin, with the mark of the popup it opened, saying it signed in;
 * a window's message must come from that popup.
 */
export function isPopupSignedIn(e: Pick<MessageEvent, 'origin' | 'source' | 'data'>, popup: Window | null, ref: string | null, origin: string): boolean {
  if (e.origin !== origin || !popup || !ref) return false;
  if (e.source !== null && e.source !== popup) return false;
  const data = e.data as { kind?: unknown; ref?: unknown } | null;
  return typeof data === 'object' && data !== null && data.kind === POPUP_SIGNED_IN && data.ref === ref;
}

export type Resumed = 'resumed' | 'other-user' | 'no-session';

export interface ResumeDeps {
  refresh(): Promise<{ ok: true; pair: TokenPair } | { ok: false }>;
  userId(accessToken: string): Promise<string | null>;
  start(pair: TokenPair): void;
  /** Ends the session of the browser's cookie (another person's), then this tab's. */
  signOut(accessToken: string): Promise<void>;
}

async function userIdOf(accessToken: string): Promise<string | null> {
  const res = await fetch(new URL('/api/me', window.location.origin), { headers: { authorization: `Bearer ${accessToken}` } });
  if (!res.ok) return null;
  return ((await res.json()) as { id?: string }).id ?? null;
}

const browserDeps: ResumeDeps = {
  refresh: callRefresh,
  userId: userIdOf,
  start: (pair) => session.start(pair),
  async signOut(accessToken) {
    await fetch(new URL('/api/auth/logout', window.location.origin), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { ...REFRESH_HEADER, authorization: `Bearer ${accessToken}` },
    }).catch(() => undefined);
    session.signOut();
  },
};

/** Why the last session ended without the page (shown once on the sign-in page). */
let notice: string | null = null;
export function takeSignInNotice(): string | null {
  const n = notice;
  notice = null;
  return n;
}

export const OTHER_USER_NOTICE =
  'La connexion avec ProConnect a ouvert la session d’une autre personne que celle qui remplissait la page. Pour protéger les données, la session a été fermée et ce qui avait été saisi n’a pas été conservé. Connectez-vous avec votre propre compte.';

/**
 * The popup said it signed in: the session is taken up through the refresh cookie, and kept over the page only if
 * it is `userId`'s (the person whose session ended). Another person's is signed out at once: the page (and the
 * half-filled form) is never handed over to them.
 */
export async function resumeAfterPopup(userId: string, deps: ResumeDeps = browserDeps): Promise<Resumed> {
  const answer = await deps.refresh();
  if (!answer.ok) return 'no-session';
  const id = await deps.userId(answer.pair.accessToken).catch(() => null);
  // Whose session it is could not be told: nothing is restored (the dialog stays, the user may try again).
  if (id === null) return 'no-session';
  if (id === userId) {
    deps.start(answer.pair);
    return 'resumed';
  }
  notice = OTHER_USER_NOTICE;
  await deps.signOut(answer.pair.accessToken);
  return 'other-user';
}
