import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IdleWarningDialog } from './IdleWarningDialog';
import { session } from './session';

afterEach(() => vi.restoreAllMocks());

describe('idle warning', () => {
  it('is a dialog named by the time left, and « Rester connecté » renews the session', async () => {
    const stay = vi.spyOn(session, 'stay').mockResolvedValue(true);
    render(<IdleWarningDialog warning={{ endsAt: Date.now() + 120_000, final: false }} onSignOut={() => undefined} />);
    const dialog = screen.getByRole('dialog', { name: 'Votre session va expirer dans 2 minutes', hidden: true });
    expect(dialog.textContent).toMatch(/Sans action de votre part, elle prendra fin à \d{1,2} h \d{2}/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Rester connecté', hidden: true }));
    expect(stay).toHaveBeenCalledOnce();
  });

  it('at the absolute end, offers no « Rester connecté » and says why', () => {
    const signOut = vi.fn();
    render(<IdleWarningDialog warning={{ endsAt: Date.now() + 60_000, final: true }} onSignOut={signOut} />);
    expect(screen.queryByRole('button', { name: 'Rester connecté', hidden: true })).toBeNull();
    expect(screen.getByRole('dialog', { hidden: true }).textContent).toContain('durée maximale');
    screen.getByRole('button', { name: 'Se déconnecter', hidden: true }).click();
    expect(signOut).toHaveBeenCalledOnce();
  });
});
