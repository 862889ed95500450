import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../test/render';
import { isPopupSignedIn, OTHER_USER_NOTICE, POPUP_CHANNEL, POPUP_SIGNED_IN, resumeAfterPopup, takeSignInNotice, tellOpener } from './proconnect-popup';
import { session } from './session';
import { SessionExpiredDialog } from './SessionExpiredDialog';

const PAIR = { accessToken: 'old', expiresIn: 900, idleExpiresIn: 1800, sessionExpiresIn: 28800 };
const NEW = { accessToken: 'new', expiresIn: 900, idleExpiresIn: 1800, sessionExpiresIn: 28800 };
const ORIGIN = window.location.origin;

function expired() {
  session.start(PAIR);
  session.expire();
}

afterEach(() => {
  session.signOut();
  takeSignInNotice();
  vi.restoreAllMocks();
});

describe('the re-sign-in popup: its message', () => {
  const popup = {} as Window;
  const REF = '0f8c2f5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
  const ok = { kind: POPUP_SIGNED_IN, ref: REF };
  it('is taken only from this origin, with the mark of the popup opened (from that popup when it comes from a window), saying it signed in', () => {
    expect(isPopupSignedIn({ origin: ORIGIN, source: popup, data: ok }, popup, REF, ORIGIN)).toBe(true);
    // Through the BroadcastChannel (the trip to the provider cut the opener): no source, the mark tells.
    expect(isPopupSignedIn({ origin: ORIGIN, source: null, data: ok }, popup, REF, ORIGIN)).toBe(true);
    expect(isPopupSignedIn({ origin: 'https://evil.example', source: popup, data: ok }, popup, REF, ORIGIN)).toBe(false);
    expect(isPopupSignedIn({ origin: 'https://evil.example', source: null, data: ok }, popup, REF, ORIGIN)).toBe(false);
    expect(isPopupSignedIn({ origin: ORIGIN, source: {} as Window, data: ok }, popup, REF, ORIGIN)).toBe(false);
    expect(isPopupSignedIn({ origin: ORIGIN, source: popup, data: ok }, null, REF, ORIGIN)).toBe(false);
    expect(isPopupSignedIn({ origin: ORIGIN, source: popup, data: ok }, popup, null, ORIGIN)).toBe(false);
    expect(isPopupSignedIn({ origin: ORIGIN, source: null, data: { ...ok, ref: 'another' } }, popup, REF, ORIGIN)).toBe(false);
    expect(isPopupSignedIn({ origin: ORIGIN, source: popup, data: POPUP_SIGNED_IN }, popup, REF, ORIGIN)).toBe(false);
    expect(isPopupSignedIn({ origin: ORIGIN, source: popup, data: null }, popup, REF, ORIGIN)).toBe(false);
  });

  it('is sent to the opener with this origin as its target, with no token, and the popup closes', async () => {
    const postMessage = vi.fn();
    const close = vi.fn();
    const w = { opener: { closed: false, postMessage }, location: { origin: ORIGIN }, close } as unknown as Window;
    expect(tellOpener(REF, w)).toBe(true);
    expect(postMessage).toHaveBeenCalledWith({ kind: POPUP_SIGNED_IN, ref: REF }, ORIGIN);
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
  });

  it('goes through this origin’s channel when the opener was cut', async () => {
    const heard = new Promise<unknown>((resolve) => {
      const c = new BroadcastChannel(POPUP_CHANNEL);
      c.onmessage = (e) => {
        resolve(e.data);
        c.close();
      };
    });
    const close = vi.fn();
    expect(tellOpener(REF, { opener: null, location: { origin: ORIGIN }, close } as unknown as Window)).toBe(true);
    expect(await heard).toEqual({ kind: POPUP_SIGNED_IN, ref: REF });
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
  });
});

describe('the re-sign-in popup: taking the session up', () => {
  it('takes up the same user’s session through the refresh cookie', async () => {
    expired();
    const calls = stubFetch([
      [/POST \/api\/auth\/refresh/, () => NEW],
      [/GET \/api\/me/, (req) => (req.headers.get('authorization') === 'Bearer new' ? { id: 'u1' } : json(401, {}))],
    ]);
    expect(await resumeAfterPopup('u1')).toBe('resumed');
    expect(session.status()).toBe('signed_in');
    expect(session.accessToken()).toBe('new');
    expect(calls.some((c) => c.url.endsWith('/api/auth/logout'))).toBe(false);
    expect(takeSignInNotice()).toBeNull();
  });

  it('refuses another person’s session over the page: signs it out and says why', async () => {
    expired();
    const calls = stubFetch([
      [/POST \/api\/auth\/refresh/, () => NEW],
      [/GET \/api\/me/, () => ({ id: 'someone-else' })],
      [/POST \/api\/auth\/logout/, () => new Response(null, { status: 204 })],
    ]);
    expect(await resumeAfterPopup('u1')).toBe('other-user');
    expect(session.status()).toBe('signed_out');
    expect(session.accessToken()).toBeUndefined();
    const logout = calls.find((c) => c.url.endsWith('/api/auth/logout'))!;
    expect(logout.headers.get('authorization')).toBe('Bearer new');
    expect(logout.headers.get('x-mnio-refresh')).toBe('1');
    expect(takeSignInNotice()).toBe(OTHER_USER_NOTICE);
  });

  it('restores nothing when whose session it is cannot be told, or when there is none', async () => {
    expired();
    stubFetch([
      [/POST \/api\/auth\/refresh/, () => NEW],
      [/GET \/api\/me/, () => json(500, {})],
    ]);
    expect(await resumeAfterPopup('u1')).toBe('no-session');
    expect(session.status()).toBe('expired');
    stubFetch([[/POST \/api\/auth\/refresh/, () => json(401, {})]]);
    expect(await resumeAfterPopup('u1')).toBe('no-session');
    expect(session.status()).toBe('expired');
  });
});

describe('the expired-session dialog with ProConnect', () => {
  function renderDialog() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    return render(
      <QueryClientProvider client={client}>
        <SessionExpiredDialog email="test@demo.mnio.test" userId="u1" onSignOut={() => undefined} />
      </QueryClientProvider>,
    );
  }

  it('opens ProConnect in a popup; a message of another origin is ignored; the popup’s own message resumes the session', async () => {
    expired();
    const calls = stubFetch([
      [/GET \/api\/auth\/proconnect$/, () => ({ enabled: true })],
      [/POST \/api\/auth\/refresh/, () => NEW],
      [/GET \/api\/me/, () => ({ id: 'u1' })],
    ]);
    // The popup stands in as this window (a message's source must be a window).
    const open = vi.spyOn(window, 'open').mockReturnValue(window);
    vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    renderDialog();
    fireEvent.click(await screen.findByRole('button', { name: /S’identifier avec\s*ProConnect/ }));
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^\/connexion\/proconnect\/fenetre#[0-9a-f-]{36}$/), 'mnio-proconnect', expect.stringContaining('popup'));
    const ref = String(open.mock.calls[0][0]).split('#')[1];
    await screen.findByText(/Poursuivez la connexion dans la fenêtre ProConnect/);

    act(() => void window.dispatchEvent(new MessageEvent('message', { origin: 'https://evil.example', source: window, data: { kind: POPUP_SIGNED_IN, ref } })));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.some((c) => c.url.endsWith('/api/auth/refresh'))).toBe(false);
    expect(session.status()).toBe('expired');

    act(() => void window.dispatchEvent(new MessageEvent('message', { origin: ORIGIN, source: window, data: { kind: POPUP_SIGNED_IN, ref: 'not-the-popup-s' } })));
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.some((c) => c.url.endsWith('/api/auth/refresh'))).toBe(false);

    act(() => void window.dispatchEvent(new MessageEvent('message', { origin: ORIGIN, source: window, data: { kind: POPUP_SIGNED_IN, ref } })));
    await waitFor(() => expect(session.status()).toBe('signed_in'));
    expect(session.accessToken()).toBe('new');
  });

  it('says in French when the browser blocked the popup, and how to allow it', async () => {
    expired();
    stubFetch([[/GET \/api\/auth\/proconnect$/, () => ({ enabled: true })]]);
    vi.spyOn(window, 'open').mockReturnValue(null);
    renderDialog();
    fireEvent.click(await screen.findByRole('button', { name: /S’identifier avec\s*ProConnect/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Votre navigateur a bloqué la fenêtre de connexion ProConnect\. Autorisez les fenêtres surgissantes/);
    expect(session.status()).toBe('expired');
  });

  it('offers no ProConnect when the platform is not registered with it', async () => {
    expired();
    stubFetch([[/GET \/api\/auth\/proconnect$/, () => ({ enabled: false })]]);
    renderDialog();
    await screen.findByRole('button', { name: 'Se connecter' });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('button', { name: /ProConnect/ })).toBeNull();
  });
});
