import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Orientation, OrientationNextStep } from '../../api/views';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { OrientationActions } from './OrientationActions';

const step = (action: string, party: OrientationNextStep['party'], more: Partial<OrientationNextStep> = {}): OrientationNextStep => ({
  action, party, allowed: true, deniedCode: null, reasonCodes: [], reasonRequired: false, host: null, date: null, ...more,
});
const denied = (s: OrientationNextStep, deniedCode = 'ACTION_NOT_ALLOWED_FOR_PARTY'): OrientationNextStep => ({ ...s, allowed: false, deniedCode });

/** As the API gives an Ac.Sé orientation just asked to its target's coordinator. */
const base: Orientation = {
  id: 'o1', caseId: 'c1', reference: '93-2026-000001', territory: '93', targetKind: 'acse', channel: null, targetOrganisationId: 'acse', requesterOrganisationId: 'org-1',
  hostOrganisationId: null, state: 'requested', open: true, reasonCode: 'local_danger', placeKind: 'women', placeStatus: 'none', legalBasis: null, asylumStatus: null,
  outcomeCode: null, authorisations: 0, authorisedUntil: null, version: 3, requestedAt: '2026-11-28T10:00:00Z', answeredAt: null, preAdmissionAt: null, transferAt: null, closedAt: null, updatedAt: '2026-11-28T10:00:00Z',
  parties: ['target'], allowedActions: ['start_assessment', 'refuse'],
  nextSteps: [
    step('start_assessment', 'target'),
    // The reasons are the API's: the page offers exactly these.
    step('refuse', 'target', { reasonCodes: ['no_danger', 'no_place'], reasonRequired: true }),
    denied(step('cancel', 'requester', { reasonCodes: ['no_longer_needed'] })),
  ],
};

describe('orientation actions', () => {
  it('offers only the steps the API allows, asks the reasons it lists before refusing, and sends the version read', async () => {
    const calls = stubFetch([
      [/GET \/api\/organisations/, () => []],
      [/POST \/api\/orientations\/o1\/transitions/, () => ({ ...base, state: 'refused', allowedActions: [], nextSteps: [] })],
    ]);
    const user = userEvent.setup();
    renderApp(<OrientationActions orientation={base} />, meAs('acse'));
    expect(screen.queryByRole('button', { name: 'Commencer l’évaluation' })).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Annuler la demande' })).toBeNull();
    expect(screen.getByText('Annuler la demande : revient à la structure qui a demandé l’orientation.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Refuser' }));
    const confirm = screen.getByRole('button', { name: /Confirmer/ }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    const motif = screen.getByRole('combobox', { name: 'Motif' });
    expect([...motif.querySelectorAll('option')].map((o) => o.value).filter(Boolean)).toEqual(['no_danger', 'no_place']);
    await user.selectOptions(motif, 'no_danger');
    await user.click(confirm);
    await screen.findByText('Étape enregistrée : Refusée.');
    const post = calls.find((r) => r.method === 'POST')!;
    expect(post.headers.get('if-match')).toBe('"3"');
    expect(await post.json()).toEqual({ action: 'refuse', reasonCode: 'no_danger' });
  });

  it('asks the host a step requires before sending it, among those the place board says the person may go to', async () => {
    const boardHost = (hostId: string, name: string, selectable: boolean, excludedBecause: string | null) => ({
      hostId, name, kind: 'host', national: false, territories: ['13'], regionCodes: ['93'], places: [], free: { women: 1 }, selectable, excludedBecause,
    });
    const calls = stubFetch([
      [/GET \/api\/hosts\/board\?orientationId=o1/, () => ({ orientation: null, regions: [], hosts: [boardHost('h1', 'Foyer du Sud', true, null), boardHost('h2', 'Foyer trop proche', false, 'region')] })],
      [/POST \/api\/orientations\/o1\/transitions/, () => ({ ...base, state: 'agreed_in_principle', nextSteps: [] })],
    ]);
    const user = userEvent.setup();
    const searching = { ...base, state: 'searching_place', nextSteps: [step('agree_in_principle', 'target', { host: 'required' })] };
    renderApp(<OrientationActions orientation={searching} />, meAs('acse'));
    await user.click(screen.getByRole('button', { name: 'Accepter (accord de principe)' }));
    const confirm = screen.getByRole('button', { name: /Confirmer/ }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    const select = await screen.findByRole('combobox', { name: 'Structure d’hébergement' });
    await screen.findByRole('option', { name: 'Foyer du Sud' });
    // A host too close (or full) is not offered at all.
    expect(screen.queryByRole('option', { name: 'Foyer trop proche' })).toBeNull();
    await user.selectOptions(select, 'h1');
    await user.click(confirm);
    expect(await screen.findByText('Étape enregistrée : Accord de principe.')).toBeTruthy();
    expect(await calls.find((r) => r.method === 'POST')!.json()).toEqual({ action: 'agree_in_principle', hostId: 'h1' });
  });

  it('asks the date and time of the pre-admission video meeting and sends it', async () => {
    const calls = stubFetch([[/POST \/api\/orientations\/o1\/transitions/, () => ({ ...base, state: 'pre_admission_scheduled', nextSteps: [] })]]);
    const user = userEvent.setup();
    const agreed = { ...base, state: 'agreed_in_principle', nextSteps: [step('schedule_pre_admission', 'target', { date: 'pre_admission' })] };
    renderApp(<OrientationActions orientation={agreed} />, meAs('acse'));
    await user.click(screen.getByRole('button', { name: 'Programmer la pré-admission' }));
    const confirm = screen.getByRole('button', { name: /Confirmer/ }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    await user.type(screen.getByLabelText(/Date et heure de la visioconférence de pré-admission/), '2026-12-10T10:00');
    await user.click(confirm);
    await screen.findByText(/Étape enregistrée/);
    const body = await calls.find((r) => r.method === 'POST')!.json();
    expect(body).toEqual({ action: 'schedule_pre_admission', scheduledAt: new Date('2026-12-10T10:00').toISOString() });
  });

  it('shows nothing to do for a reader who may take no step, and says whose steps they are or why not', () => {
    stubFetch([[/GET \/api\/organisations/, () => []]]);
    const psp = {
      ...base, targetKind: 'psp' as const, state: 'authorised', authorisations: 4, allowedActions: [],
      nextSteps: [
        denied(step('renew', 'target'), 'PSP_MAX_DURATION_REACHED'), denied(step('decline_renewal', 'target')),
        denied(step('end', 'requester', { reasonCodes: ['completed'], reasonRequired: true })),
      ],
    };
    renderApp(<OrientationActions orientation={psp} />, meAs('asso.93'));
    expect(screen.queryByText('Aucune action ne vous revient à cette étape.')).not.toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByText('Renouveler : Le parcours de sortie de la prostitution a atteint sa durée maximale de 24 mois.')).toBeTruthy();
    expect(screen.getByText('Refuser le renouvellement : revient au destinataire.')).toBeTruthy();
    expect(screen.getByText('Terminer : revient à la structure qui a demandé l’orientation.')).toBeTruthy();
  });

  it('says nothing in the compact inbox row when no step is the reader\u2019s', () => {
    stubFetch([[/GET \/api\/organisations/, () => []]]);
    const { container } = renderApp(<OrientationActions orientation={{ ...base, allowedActions: [], nextSteps: [denied(step('cancel', 'requester'))] }} compact />, meAs('host.13'));
    expect(container.textContent).toBe('');
  });
});
