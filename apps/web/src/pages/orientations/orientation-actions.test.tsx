import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Orientation } from '../../api/views';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { OrientationActions } from './OrientationActions';

const base: Orientation = {
  id: 'o1', caseId: 'c1', reference: '93-2026-000001', territory: '93', targetKind: 'acse', channel: null, targetOrganisationId: 'acse', requesterOrganisationId: 'org-1',
  hostOrganisationId: null, state: 'requested', open: true, reasonCode: 'local_danger', placeKind: 'women', placeStatus: 'none', legalBasis: null, asylumStatus: null,
  outcomeCode: null, authorisations: 0, authorisedUntil: null, version: 3, requestedAt: '2026-11-28T10:00:00Z', answeredAt: null, closedAt: null, updatedAt: '2026-11-28T10:00:00Z',
  parties: ['target'], allowedActions: ['start_assessment', 'refuse'],
};

describe('orientation actions', () => {
  it('offers only what the API allows, asks a reason before refusing, and sends the version read', async () => {
    const calls = stubFetch([
      [/GET \/api\/organisations/, () => []],
      [/POST \/api\/orientations\/o1\/transitions/, () => ({ ...base, state: 'refused', allowedActions: [] })],
    ]);
    const user = userEvent.setup();
    renderApp(<OrientationActions orientation={base} />, meAs('acse'));
    expect(screen.queryByRole('button', { name: 'Commencer l’évaluation' })).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Annuler la demande' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Refuser' }));
    const confirm = screen.getByRole('button', { name: /Confirmer/ }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Motif' }), 'no_danger');
    await user.click(confirm);
    await screen.findByText('Étape enregistrée : Refusée.');
    const post = calls.find((r) => r.method === 'POST')!;
    expect(post.headers.get('if-match')).toBe('"3"');
    expect(await post.json()).toEqual({ action: 'refuse', reasonCode: 'no_danger' });
  });

  it('shows nothing to do for a party with no step left', () => {
    stubFetch([[/GET \/api\/organisations/, () => []]]);
    renderApp(<OrientationActions orientation={{ ...base, allowedActions: [] }} />, meAs('host.13'));
    expect(screen.queryByText('Aucune action ne vous revient à cette étape.')).not.toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
