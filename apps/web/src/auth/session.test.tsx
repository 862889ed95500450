import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, unwrap } from '../api/client';
import { json, stubFetch } from '../test/render';
import { session } from './session';
import { SignInForm } from './SignInForm';

afterEach(() => session.signOut());

describe('sign-in and session', () => {
  it('asks for the TOTP code when the API answers mfaRequired, then starts the session (in memory only)', async () => {
    const calls = stubFetch([
      [/POST \/api\/auth\/login/, () => ({ mfaRequired: true, enrolmentRequired: false, mfaToken: 'mfa-1', expiresIn: 300 })],
      [/POST \/api\/auth\/totp\/verify/, () => ({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900, tokenType: 'Bearer' })],
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

  it('says a wrong password in French', async () => {
    stubFetch([[/POST \/api\/auth\/login/, () => json(401, { code: 'INVALID_CREDENTIALS', message: 'Invalid credentials', correlationId: 'c' })]]);
    const user = userEvent.setup();
    render(<SignInForm />);
    await user.type(screen.getByRole('textbox', { name: /Adresse électronique/ }), 'x@demo.mnio.test');
    await user.type(screen.getByLabelText('Mot de passe'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByText('Adresse électronique ou mot de passe incorrect.');
  });

  it('refreshes an expired access token and replays the request', async () => {
    session.start({ accessToken: 'old', refreshToken: 'r1', expiresIn: 900 });
    const seen: string[] = [];
    stubFetch([
      [/POST \/api\/auth\/refresh/, () => ({ accessToken: 'new', refreshToken: 'r2', expiresIn: 900 })],
      [/GET \/api\/me/, (req) => {
        seen.push(req.headers.get('authorization') ?? '');
        return req.headers.get('authorization') === 'Bearer new' ? { id: 'u1' } : json(401, { code: 'TOKEN_EXPIRED' });
      }],
    ]);
    expect(await unwrap<{ id: string }>(api.GET('/api/me'))).toEqual({ id: 'u1' });
    expect(seen).toEqual(['Bearer old', 'Bearer new']);
  });

  it('when the refresh token is refused too, the session is "expired" and the request waits for the user to sign in again', async () => {
    session.start({ accessToken: 'old', refreshToken: 'r1', expiresIn: 900 });
    stubFetch([
      [/POST \/api\/auth\/refresh/, () => json(401, { code: 'REFRESH_TOKEN_INVALID' })],
      [/POST \/api\/cases/, (req) => (req.headers.get('authorization') === 'Bearer again' ? { id: 'c1', reference: '93-2026-000001' } : json(401, { code: 'UNAUTHENTICATED' }))],
    ]);
    const pending = unwrap<{ id: string }>(api.POST('/api/cases', { body: { territory: '93', identity: { sex: 'female' }, exploitationForms: ['other'], danger: { localDanger: false } } }));
    await vi.waitFor(() => expect(session.status()).toBe('expired'));
    session.start({ accessToken: 'again', refreshToken: 'r3', expiresIn: 900 });
    expect(await pending).toEqual({ id: 'c1', reference: '93-2026-000001' });
  });
});
