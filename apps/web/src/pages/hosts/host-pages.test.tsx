import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Orientation, PlaceBoard } from '../../api/views';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { HostPlacesPage } from './HostPlacesPage';
import { PlaceBoardPage } from './PlaceBoardPage';

const places = (women: number) => [
  { placeKind: 'family', capacity: 1, reserved: 0, occupied: 1, free: 0 }, { placeKind: 'men', capacity: 0, reserved: 0, occupied: 0, free: 0 },
  { placeKind: 'minors', capacity: 0, reserved: 0, occupied: 0, free: 0 }, { placeKind: 'women', capacity: women, reserved: 1, occupied: 0, free: women - 1 },
];

describe('a host declares its places and its secret address', () => {
  it('shows its places, saves the new numbers, says who will read the address and reads it only on demand', async () => {
    const calls = stubFetch([
      [/GET \/api\/hosts\/org-1\/capacity/, () => ({ hostId: 'org-1', places: places(2).map(({ placeKind, capacity }) => ({ placeKind, capacity })), locationReaders: ['host', 'acse_coordination'] })],
      [/GET \/api\/hosts\/org-1\/occupancy/, () => ({ hostId: 'org-1', places: places(2), orientations: [] })],
      [/PUT \/api\/hosts\/org-1\/capacity/, () => ({ hostId: 'org-1', places: [] })],
      [/GET \/api\/hosts\/org-1\/location/, () => json(404, { code: 'NOT_FOUND', message: 'Host location not found' })],
      [/PUT \/api\/hosts\/org-1\/location/, () => ({ hostId: 'org-1', updatedAt: '2026-12-06T10:00:00Z' })],
    ]);
    const user = userEvent.setup();
    renderApp(<HostPlacesPage />, meAs('host.13'));
    expect(await screen.findByRole('heading', { name: 'Places et adresse de Organisation test', level: 1 })).toBeTruthy();
    const women = (await screen.findByLabelText(/Places pour des femmes/)) as HTMLInputElement;
    expect(women.value).toBe('2');
    expect(await screen.findByText('1 réservée, 0 occupée')).toBeTruthy();
    expect(screen.getByText(/Seules les personnes de votre structure .* et la coordination nationale Ac\.Sé .* pourront lire cette adresse\./)).toBeTruthy();
    // Nothing read before the user asks: each read of the address is audited.
    expect(calls.some((r) => r.url.includes('/location'))).toBe(false);

    await user.clear(women);
    await user.type(women, '4');
    await user.click(screen.getByRole('button', { name: 'Enregistrer les places' }));
    await screen.findByText(/Places enregistrées/);
    expect(await calls.find((r) => r.method === 'PUT' && r.url.includes('/capacity'))!.json()).toEqual({ women: 4, men: 0, family: 1, minors: 0 });

    await user.click(screen.getByRole('button', { name: 'Afficher l’adresse enregistrée' }));
    await screen.findByText('Aucune adresse n’est encore enregistrée.');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’adresse' }));
    expect(screen.getByText('Indiquez l’adresse.')).toBeTruthy();
    await user.type(screen.getByLabelText('Adresse'), '3 rue des Lilas');
    await user.type(screen.getByLabelText('Code postal'), '13001');
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’adresse' }));
    await screen.findByText(/Adresse enregistrée le/);
    expect(await calls.find((r) => r.method === 'PUT' && r.url.includes('/location'))!.json()).toEqual({ address: '3 rue des Lilas', postalCode: '13001' });
  });

  it('tells a role that may not declare places so, without a form', () => {
    stubFetch([]);
    renderApp(<HostPlacesPage />, meAs('asso.93'));
    expect(screen.getByText(/Votre rôle ne permet pas de déclarer des places/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

const host = (hostId: string, name: string, territories: string[], regionCodes: string[], women: number, selectable: boolean | null, excludedBecause: PlaceBoard['hosts'][number]['excludedBecause']) => ({
  hostId, name, kind: 'host', national: territories.length === 0, territories, regionCodes, places: [], free: { women, men: 0, family: 0, minors: 0 }, selectable, excludedBecause,
});
const orientation = {
  id: 'o1', caseId: 'c1', reference: '93-2026-000001', targetKind: 'acse', state: 'searching_place', version: 3, placeKind: 'women',
  nextSteps: [{ action: 'agree_in_principle', party: 'target', allowed: true, deniedCode: null, reasonCodes: [], reasonRequired: false, host: 'required', date: null }],
} as unknown as Orientation;

describe('the place board', () => {
  it('lists free places by region and kind, never an address', async () => {
    stubFetch([
      [/GET \/api\/hosts\/board/, () => ({
        orientation: null,
        hosts: [host('h1', 'Foyer Horizon', ['13'], ['93'], 2, null, null), host('h2', 'Foyer Armor', ['29'], ['53'], 0, null, null)],
        regions: [{ regionCode: '53', regionName: 'Bretagne', free: { women: 0, men: 0, family: 0, minors: 0 } }, { regionCode: '93', regionName: "Provence-Alpes-Côte d'Azur", free: { women: 2, men: 0, family: 0, minors: 0 } }],
      })],
    ]);
    renderApp(<PlaceBoardPage />, meAs('acse'), '/places');
    const byRegion = await screen.findByRole('table', { name: 'Places libres par région' });
    expect(within(byRegion).getByRole('row', { name: /Provence-Alpes-Côte d'Azur 2 0 0 0/ })).toBeTruthy();
    const hosts = screen.getByRole('table', { name: 'Structures et places libres' });
    expect(within(hosts).getByRole('row', { name: /Foyer Horizon Provence-Alpes-Côte d'Azur \(13\) 2/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Choisir/ })).toBeNull();
  });

  it('from an orientation: greys out the hosts too close with the reason, and chooses an allowed one', async () => {
    const calls = stubFetch([
      [/GET \/api\/hosts\/board\?orientationId=o1/, () => ({
        orientation: { id: 'o1', reference: '93-2026-000001', targetKind: 'acse', state: 'searching_place', version: 3, placeKind: 'women', distancing: { applied: true, regions: true } },
        hosts: [host('h1', 'Foyer Horizon', ['13'], ['93'], 2, true, null), host('h2', 'Foyer Brie', ['77'], ['11'], 3, false, 'region'), host('h3', 'Foyer Rhône', ['69'], ['84'], 1, false, 'departement')],
        regions: [],
      })],
      // After the choice the page goes to the orientation (not rendered here): the board reads again, without it.
      [/GET \/api\/hosts\/board$/, () => ({ orientation: null, hosts: [], regions: [] })],
      [/GET \/api\/orientations\/o1/, () => orientation],
      [/POST \/api\/orientations\/o1\/transitions/, () => ({ ...orientation, state: 'agreed_in_principle', hostOrganisationId: 'h1' })],
    ]);
    const user = userEvent.setup();
    renderApp(<PlaceBoardPage />, meAs('acse'), '/places?orientation=o1');
    expect(await screen.findByText(/Règle d’éloignement appliquée/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Structures et places libres' });
    expect(within(table).getByRole('row', { name: /Foyer Brie .* Exclue Trop proche : région d’exploitation ou de résidence/ })).toBeTruthy();
    expect(within(table).getByRole('row', { name: /Foyer Rhône .* Exclue Trop proche : département d’exploitation ou de résidence/ })).toBeTruthy();
    // Only an allowed host can be chosen.
    expect(within(table).getAllByRole('button', { name: /Choisir cette structure/ })).toHaveLength(1);
    await user.click(within(table).getByRole('button', { name: /Choisir cette structure.*Foyer Horizon/ }));
    await user.click(screen.getByRole('button', { name: /Confirmer : accepter \(accord de principe\) avec Foyer Horizon/ }));
    await screen.findByText('Aucune structure à afficher.');
    const post = calls.find((r) => r.method === 'POST')!;
    expect(post.headers.get('if-match')).toBe('"3"');
    expect(await post.json()).toEqual({ action: 'agree_in_principle', hostId: 'h1' });
  });
});
