import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { IdentityPanel } from './IdentityPanel';

describe('identity on request', () => {
  it('says the read is recorded, reads only when asked, with the reason chosen, and hides it again', async () => {
    const calls = stubFetch([
      [/GET \/api\/cases\/c1\/identity/, () => ({ caseId: 'c1', reference: '93-2026-000001', identity: { lastName: 'Exemple', sex: 'female' }, narrative: null, danger: { localDanger: true, notes: null } })],
    ]);
    const user = userEvent.setup();
    renderApp(<IdentityPanel caseId="c1" />, meAs('asso.93'));
    expect(screen.queryByText(/Chaque consultation est enregistrée dans le journal d’audit/)).not.toBeNull();
    expect(calls).toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif de la consultation' }), 'orientation');
    await user.click(screen.getByRole('button', { name: 'Afficher l’identité' }));
    await screen.findByText('Exemple');
    expect(new URL(calls[0].url).search).toBe('?reason=orientation');
    await user.click(screen.getByRole('button', { name: 'Masquer l’identité' }));
    expect(screen.queryByText('Exemple')).toBeNull();
  });
});
