import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { TransfersHome } from '../home/TransfersHome';
import type { CaseView } from '../../api/views';
import { BreakGlassDialog } from './BreakGlassDialog';
import { CaseReaders } from './CaseReaders';
import { TransferredAwayNotice } from './CaseTransfer';

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
    renderApp(<TransfersHome />, meAs('asso.93'));
    await screen.findByText(/motif : Déménagement de la personne/);
    await user.click(screen.getByRole('button', { name: 'Refuser le transfert' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer le refus' }));
    expect(screen.queryByText('Choisissez le motif du refus.')).not.toBeNull();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: /Motif du refus/ }), 'no_capacity');
    await user.click(screen.getByRole('button', { name: 'Confirmer le refus' }));
    await screen.findByText(/Transfert refusé/);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ action: 'refuse', reasonCode: 'no_capacity' });
  }, 30_000);

  it('asks a user with an authenticator app for its code and sends it with the reason', async () => {
    const calls = stubFetch([[/POST \/api\/break-glass/, () => ({ id: 'b1', caseId: 'c9', reference: '93-2026-000009', organisationId: 'org-1', expiresAt: '2026-12-01T13:00:00Z' })]]);
    const me = meAs('police.93', { totpEnabled: true });
    let opened = '';
    const user = userEvent.setup();
    renderApp(<BreakGlassDialog target={{ reference: '93-2026-000009' }} onClose={() => undefined} onOpened={(a) => (opened = a.caseId)} />, me);
    expect(screen.queryByText(/en lecture seule/)).not.toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: /Motif de l’urgence/, hidden: true }), 'missing_person');
    await user.type(screen.getByLabelText(/Justification/), 'Disparition signalée ce matin par la famille');
    await user.click(screen.getByRole('button', { name: 'Confirmer l’accès exceptionnel', hidden: true }));
    expect(screen.queryByText('Saisissez les 6 chiffres du code.')).not.toBeNull();
    expect(calls).toHaveLength(0);
    await user.type(screen.getByLabelText(/Code de votre application/), '123456');
    await user.click(screen.getByRole('button', { name: 'Confirmer l’accès exceptionnel', hidden: true }));
    await screen.findByRole('button', { name: 'Confirmer l’accès exceptionnel', hidden: true });
    await vi.waitFor(() => expect(opened).toBe('c9'));
    expect(await calls[0].json()).toEqual({ reference: '93-2026-000009', reasonCode: 'missing_person', justification: 'Disparition signalée ce matin par la famille', totpCode: '123456' });
  }, 30_000);

  it('tells the former owner who follows the person now, and only the former owner', async () => {
    stubFetch([
      [/GET \/api\/transfers/, () => ({ items: [{ ...transfer, fromOrganisationId: 'org-1', toOrganisationId: 'org-13', status: 'accepted', answeredAt: '2026-12-02T09:00:00Z' }], nextCursor: null })],
      [/GET \/api\/organisations/, () => [{ id: 'org-13', name: 'Association Accueil Marseille', kind: 'association', national: false, territories: ['13'] }]],
    ]);
    const c = { id: 'c1', ownerOrganisationId: 'org-13' } as CaseView;
    renderApp(<TransferredAwayNotice c={c} />, meAs('asso.93'));
    await screen.findByText('Le suivi a été transféré à Association Accueil Marseille le 2 décembre 2026');
    expect(screen.queryByText(/Vous conservez une vue sans identité/)).not.toBeNull();
  }, 30_000);

  it('shows « Qui a consulté ce dossier » to the owner’s coordinators only, and loads it when unfolded', async () => {
    const calls = stubFetch([
      [/GET \/api\/cases\/c1\/readers/, () => ({
        items: [
          { kind: 'identity_read', at: '2026-12-01T10:05:00Z', userId: 'u9', userName: 'Jean Martin', organisationId: 'p', organisationName: 'Police nationale', reason: 'emergency', expiresAt: null },
          { kind: 'break_glass', at: '2026-12-01T10:00:00Z', userId: 'u9', userName: 'Jean Martin', organisationId: 'p', organisationName: 'Police nationale', reason: 'imminent_danger', expiresAt: '2026-12-01T13:00:00Z' },
        ],
        nextCursor: null,
      })],
    ]);
    const c = { id: 'c1', ownerOrganisationId: 'org-1' } as CaseView;
    const user = userEvent.setup();
    const { unmount } = renderApp(<CaseReaders c={c} />, meAs('coord.93'));
    expect(calls).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Qui a consulté ce dossier' }));
    await screen.findByText('jusqu’au 1 décembre 2026 à 14:00');
    expect(screen.queryByText('Danger imminent pour la personne')).not.toBeNull();
    expect(screen.queryByText('Urgence')).not.toBeNull();
    unmount();
    renderApp(<CaseReaders c={c} />, meAs('asso.93'));
    expect(screen.queryByRole('button', { name: 'Qui a consulté ce dossier' })).toBeNull();
  }, 30_000);
});
