import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CASE_WORKER_RULES, meWith, renderApp, stubFetch } from '../../test/render';
import { TransfersHome } from '../home/TransfersHome';
import { BreakGlassDialog } from './BreakGlassDialog';

const transfer = {
  id: 't1', caseId: 'c1', reference: '93-2026-000007', fromOrganisationId: 'org-93', fromTerritory: '93', toOrganisationId: 'org-1', toTerritory: '13',
  status: 'requested', reasonCode: 'relocation', answerReasonCode: null, requestedAt: '2026-12-01T10:00:00Z', answeredAt: null, version: 1,
};

describe('transfers and emergency access', () => {
  it('asks the reason of a refusal next to the field before sending it', async () => {
    const calls = stubFetch([
      [/GET \/api\/transfers/, () => ({ items: [transfer], nextCursor: null })],
      [/GET \/api\/organisations/, () => [{ id: 'org-93', name: 'Association Aide TEH 93', kind: 'association', national: false, territories: ['93'] }]],
      [/POST \/api\/transfers\/t1\/transitions/, () => ({ ...transfer, status: 'refused', answerReasonCode: 'no_capacity' })],
    ]);
    const user = userEvent.setup();
    renderApp(<TransfersHome />, meWith('case_worker', 'association', CASE_WORKER_RULES, ['13']));
    expect(await screen.findByText(/motif : Déménagement de la personne/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Refuser le transfert' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer le refus' }));
    expect(screen.getByText('Choisissez le motif du refus.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: /Motif du refus/ }), 'no_capacity');
    await user.click(screen.getByRole('button', { name: 'Confirmer le refus' }));
    expect(await screen.findByText(/Transfert refusé/)).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ action: 'refuse', reasonCode: 'no_capacity' });
  }, 30_000);

  it('asks a user with an authenticator app for its code and sends it with the reason', async () => {
    const calls = stubFetch([[/POST \/api\/break-glass/, () => ({ id: 'b1', caseId: 'c9', reference: '93-2026-000009', organisationId: 'org-1', expiresAt: '2026-12-01T13:00:00Z' })]]);
    const me = { ...meWith('investigator', 'police', [{ action: 'create', subject: 'BreakGlass' }]), totpEnabled: true };
    let opened = '';
    const user = userEvent.setup();
    renderApp(<BreakGlassDialog target={{ reference: '93-2026-000009' }} onClose={() => undefined} onOpened={(a) => (opened = a.caseId)} />, me);
    expect(screen.getByText(/en lecture seule/)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: /Motif de l’urgence/, hidden: true }), 'missing_person');
    await user.type(screen.getByLabelText(/Justification/), 'Disparition signalée ce matin par la famille');
    await user.click(screen.getByRole('button', { name: 'Confirmer l’accès exceptionnel', hidden: true }));
    expect(screen.getByText('Saisissez les 6 chiffres du code.')).toBeTruthy();
    expect(calls).toHaveLength(0);
    await user.type(screen.getByLabelText(/Code de votre application/), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirmer l’accès exceptionnel', hidden: true }));
    await screen.findByRole('button', { name: 'Confirmer l’accès exceptionnel', hidden: true });
    await new Promise((r) => setTimeout(r, 0));
    expect(opened).toBe('c9');
    expect(await calls[0].json()).toEqual({ reference: '93-2026-000009', reasonCode: 'missing_person', justification: 'Disparition signalée ce matin par la famille', totpCode: '123456' });
  }, 30_000);
});
