import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../test/render';
import { ProConnectCallbackPage } from './ProConnectCallbackPage';
import { POPUP_SIGNED_IN } from './proconnect-popup';
import { session } from './session';

afterEach(() => {
  session.signOut();
  vi.restoreAllMocks();
});

const REF = '0f8c2f5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('the ProConnect callback in the re-sign-in popup', () => {
  it('asks for mnio’s code in the popup, then tells the opener (this origin, no token) and closes', async () => {
    window.sessionStorage.setItem('mnio.proconnect.attempt', 'attempt-1');
    window.sessionStorage.setItem('mnio.proconnect.popup', REF);
    const postMessage = vi.fn();
    Object.defineProperty(window, 'opener', { value: { closed: false, postMessage }, configurable: true });
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    stubFetch([
      [/POST \/api\/auth\/proconnect\/callback/, () => ({ mfaRequired: true, enrolmentRequired: false, mfaToken: 'mfa-1', expiresIn: 300 })],
      [/POST \/api\/auth\/totp\/verify/, () => ({ accessToken: 'access-1', expiresIn: 900, tokenType: 'Bearer', idleExpiresIn: 1800, sessionExpiresIn: 28800 })],
    ]);
    const user = userEvent.setup();
    try {
      render(
        <MemoryRouter initialEntries={['/connexion/proconnect']}>
          <ProConnectCallbackPage onRetry={() => undefined} />
        </MemoryRouter>,
      );
      await user.type(await screen.findByRole('textbox', { name: /Code de vérification/ }), '123456');
      expect(postMessage).not.toHaveBeenCalled();
      await user.click(screen.getByRole('button', { name: 'Valider le code' }));
      expect(postMessage).toHaveBeenCalledTimes(1);
      expect(postMessage).toHaveBeenCalledWith({ kind: POPUP_SIGNED_IN, ref: REF }, window.location.origin);
      expect(JSON.stringify(postMessage.mock.calls)).not.toContain('access-1');
      await vi.waitFor(() => expect(close).toHaveBeenCalled());
      // The attempt and the popup's mark were read once.
      expect(Object.keys(window.sessionStorage)).toEqual([]);
    } finally {
      Object.defineProperty(window, 'opener', { value: null, configurable: true });
    }
  });
});
