import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CASE_WORKER_RULES, meWith, renderApp, stubFetch } from '../../test/render';
import { IdentityPanel } from './IdentityPanel';

describe('identity on request', () => {
  it('says the read is recorded, reads only when asked, with the reason chosen, and hides it again', async () => {
    const calls = stubFetch([
      [/GET \/api\/cases\/c1\/identity/, () => ({ caseId: 'c1', reference: '93-2026-000001', identity: { lastName: 'Exemple', sex: 'female' }, narrative: null, danger: { localDanger: true, notes: null } })],
    ]);
    const user = userEvent.setup();
    renderApp(<IdentityPanel caseId="c1" />, meWith('case_worker', 'association', CASE_WORKER_RULES));
    expect(screen.getByText(/Chaque consultation est enregistrée dans le journal d’audit/)).toBeTruthy();
    expect(calls).toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif de la consultation' }), 'orientation');
    await user.click(screen.getByRole('button', { name: 'Afficher l’identité' }));
    expect(await screen.findByText('Exemple')).toBeTruthy();
    expect(new URL(calls[0].url).search).toBe('?reason=orientation');
    await user.click(screen.getByRole('button', { name: 'Masquer l’identité' }));
    expect(screen.queryByText('Exemple')).toBeNull();
  });
});
