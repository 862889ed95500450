import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, unwrap } from '../api/client';
import { json, stubFetch } from '../test/render';
import { maySessionBeRestored, session } from './session';
import { SignInForm } from './SignInForm';

const PAIR = { accessToken: 'a', expiresIn: 900, idleExpiresIn: 1800, sessionExpiresIn: 28800 };

afterEach(() => session.signOut());

describe('sign-in and session', () => {
  it('asks for the TOTP code when the API answers mfaRequired, then starts the session (in memory only)', async () => {
    const calls = stubFetch([
      [/POST \/api\/auth\/login/, () => ({ mfaRequired: true, enrolmentRequired: false, mfaToken: 'mfa-1', expiresIn: 300 })],
      [/POST \/api\/auth\/totp\/verify/, () => ({ accessToken: 'access-1', expiresIn: 900, tokenType: 'Bearer', idleExpiresIn: 1800, sessionExpiresIn: 28800 })],
    ]);
    const user = userEvent.setup();
    render(<SignInForm />);
    await user.type(screen.getByRole('textbox', { name: /Adresse électronique/ }), 'asso.93@demo.mnio.test');
    await user.type(screen.getByLabelText('Mot de passe'), 'Demo-mnio-2026!');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await user.type(await screen.findByRole('textbox', { name: /Code de vérification/ }), '123456');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(session.status()).toBe('signed_in');
    expect(session.accessToken()).toBe('access-1');
    expect(await calls.at(-1)!.json()).toEqual({ mfaToken: 'mfa-1', code: '123456' });
    expect(Object.keys(localStorage).filter((k) => !k.startsWith('scheme'))).toEqual([]);
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it('after ProConnect, enrols a user who has no second factor yet: the key is asked for once and shown, then the code confirms it', async () => {
    const calls = stubFetch([
      [/POST \/api\/auth\/totp\/enrol/, () => ({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' })],
      [/POST \/api\/auth\/totp\/confirm/, () => ({ accessToken: 'access-2', expiresIn: 900, tokenType: 'Bearer', idleExpiresIn: 1800, sessionExpiresIn: 28800 })],
    ]);
    const user = userEvent.setup();
    render(<SignInForm challenge={{ mfaRequired: true, enrolmentRequired: true, mfaToken: 'mfa-2', expiresIn: 300 }} />);
    await screen.findByText(/JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP/);
    await user.type(screen.getByRole('textbox', { name: /Code de vérification/ }), '654321');
    await user.click(screen.getByRole('button', { name: 'Valider le code' }));
    expect(session.accessToken()).toBe('access-2');
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/api/auth/totp/enrol', '/api/auth/totp/confirm']);
    expect(await calls[0].json()).toEqual({ mfaToken: 'mfa-2' });
  });

  it('says a wrong password in French', async () => {
    stubFetch([[/POST \/api\/auth\/login/, () => json(401, { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials', correlationId: 'c' })]]);
    const user = userEvent.setup();
    render(<SignInForm />);
    await user.type(screen.getByRole('textbox', { name: /Adresse électronique/ }), 'x@demo.mnio.test');
    await user.type(screen.getByLabelText('Mot de passe'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByText('Adresse électronique ou mot de passe incorrect.');
  });

  it('refreshes an expired access token of an active user with the cookie and the header, and replays the request', async () => {
    session.start({ ...PAIR, accessToken: 'old' });
    session.noteActivity();
    const seen: string[] = [];
    const calls = stubFetch([
      [/POST \/api\/auth\/refresh/, () => ({ ...PAIR, accessToken: 'new' })],
      [/GET \/api\/me/, (req) => {
        seen.push(req.headers.get('authorization') ?? '');
        return req.headers.get('authorization') === 'Bearer new' ? { id: 'u1' } : json(401, { code: 'TOKEN_EXPIRED' });
      }],
    ]);
    expect(await unwrap<{ id: string }>(api.GET('/api/me'))).toEqual({ id: 'u1' });
    expect(seen).toEqual(['Bearer old', 'Bearer new']);
    const refresh = calls.find((c) => c.url.endsWith('/api/auth/refresh'))!;
    expect(refresh.headers.get('x-mnio-refresh')).toBe('1');
    expect(refresh.credentials).toBe('same-origin');
    expect(await refresh.text()).toBe('');
  });

  it('does not let a background request of an idle user renew the session', async () => {
    session.start({ ...PAIR, accessToken: 'old' });
    const calls = stubFetch([[/GET \/api\/notifications\/unread-count/, () => json(401, { code: 'UNAUTHENTICATED' })]]);
    const res = await api.GET('/api/notifications/unread-count');
    expect(res.response.status).toBe(401);
    expect(calls.some((c) => c.url.endsWith('/api/auth/refresh'))).toBe(false);
    expect(session.status()).toBe('signed_in');
  });

  it('restores the session at boot from the cookie, or shows the sign-in page when there is none', async () => {
    session.signOut();
    document.cookie = 'mnio_session=1; path=/';
    stubFetch([[/POST \/api\/auth\/refresh/, () => ({ ...PAIR, accessToken: 'restored' })]]);
    const restoring = session.restore();
    expect(session.status()).toBe('restoring');
    await restoring;
    expect(session.status()).toBe('signed_in');
    expect(session.accessToken()).toBe('restored');
    for (const answer of [() => new Response(null, { status: 204 }), () => json(401, { code: 'REFRESH_TOKEN_INVALID' })]) {
      session.signOut();
      stubFetch([[/POST \/api\/auth\/refresh/, answer]]);
      await session.restore();
      expect(session.status()).toBe('signed_out');
    }
  });

  it('shows the sign-in page at once, without asking the refresh route, when the browser has no session marker', async () => {
    session.signOut();
    document.cookie = 'mnio_session=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    const calls = stubFetch([[/POST \/api\/auth\/refresh/, () => ({ ...PAIR, accessToken: 'restored' })]]);
    const restoring = session.restore();
    // Decided before the first render: no « Reprise de la session… » in between.
    expect(session.status()).toBe('signed_out');
    await restoring;
    expect(session.status()).toBe('signed_out');
    expect(calls).toHaveLength(0);
  });

  it('reads the marker among other cookies, and only as « mnio_session=1 »', () => {
    expect(maySessionBeRestored('theme=dark; mnio_session=1; other=2')).toBe(true);
    expect(maySessionBeRestored('mnio_session=1')).toBe(true);
    expect(maySessionBeRestored('')).toBe(false);
    expect(maySessionBeRestored('mnio_session=0; xmnio_session=1; mnio_sessions=1')).toBe(false);
    // The same reading as the API's (session-cookie.spec.ts): name and value trimmed, nothing else.
    expect(maySessionBeRestored('a=b;  mnio_session = 1 ;c=d')).toBe(true);
    for (const cookies of ['mnio_session=', 'mnio_session', 'mnio_session=11', 'a=mnio_session=1']) expect(maySessionBeRestored(cookies)).toBe(false);
  });

  it('when the refresh token is refused too, the session is "expired" and the request waits for the user to sign in again', async () => {
    session.start({ ...PAIR, accessToken: 'old' });
    session.noteActivity();
    stubFetch([
      [/POST \/api\/auth\/refresh/, () => json(401, { code: 'REFRESH_TOKEN_INVALID' })],
      [/POST \/api\/cases/, (req) => (req.headers.get('authorization') === 'Bearer again' ? { id: 'c1', reference: '93-2026-000001' } : json(401, { code: 'UNAUTHENTICATED' }))],
    ]);
    const pending = unwrap<{ id: string }>(api.POST('/api/cases', { body: { territory: '93', identity: { sex: 'female' }, exploitationForms: ['other'], danger: { localDanger: false } } }));
    await vi.waitFor(() => expect(session.status()).toBe('expired'));
    session.start({ ...PAIR, accessToken: 'again' });
    expect(await pending).toEqual({ id: 'c1', reference: '93-2026-000001' });
  });
});
