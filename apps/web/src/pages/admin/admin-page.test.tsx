import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../api/views';
import { isValidSiret } from '../../domain/siret';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { AdminPage } from './AdminPage';

const ASSO: Organisation = { id: 'o-asso', kind: 'association', name: 'Association Aide TEH 93', national: false, territories: ['93'], siret: '99900000100001', passwordSignIn: true };
const PREF: Organisation = { id: 'o-pref', kind: 'prefecture', name: 'Préfecture de la Seine-Saint-Denis', national: false, territories: ['93'], siret: null, passwordSignIn: true };
const EMPTY_PAGE = { items: [], nextCursor: null };

/** The admin page's other sections ask for their lists: empty here. */
function stubAdmin(orgs: () => Organisation[], patch: (id: string, body: unknown) => unknown) {
  return stubFetch([
    [/GET \/api\/organisations$/, () => orgs()],
    [/GET \/api\/admin\/organisations$/, () => []],
    [/GET \/api\/admin\/users\?/, () => EMPTY_PAGE],
    [/GET \/api\/admin\/membership-requests/, () => EMPTY_PAGE],
    [/GET \/api\/membership-requests/, () => EMPTY_PAGE],
    [/PATCH \/api\/admin\/organisations\/[^/]+\/sign-in$/, async (req) => patch(new URL(req.url).pathname.split('/')[4], await req.json())],
  ]);
}

const itemOf = async (name: string) => (await screen.findByRole('heading', { name, level: 3 })).closest('li')!;

describe('the platform sets each organisation’s SIRET and password sign-in', () => {
  it('checks the SIRET in the page: a wrong checksum is told in French and nothing is sent', async () => {
    const sent: unknown[] = [];
    stubAdmin(() => [ASSO, PREF], (_id, body) => (sent.push(body), {}));
    renderApp(<AdminPage />, meAs('admin'));
    const item = await itemOf(PREF.name);
    fireEvent.change(within(item).getByLabelText(/^SIRET/), { target: { value: '999 000 002 00008' } });
    fireEvent.click(within(item).getByRole('button', { name: /Enregistrer le SIRET/ }));
    expect(await within(item).findByText(/Ce numéro SIRET n’est pas valide : il faut 14 chiffres/)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('shows the current values and saves a valid SIRET, typed with spaces', async () => {
    const sent: [string, unknown][] = [];
    let pref = PREF;
    stubAdmin(() => [ASSO, pref], (id, body) => {
      sent.push([id, body]);
      pref = { ...pref, siret: '99900000200009' };
      return { id, siret: pref.siret, passwordSignIn: true };
    });
    renderApp(<AdminPage />, meAs('admin'));
    const asso = await itemOf(ASSO.name);
    expect(within(asso).getByText(/SIRET enregistré : 999 000 001 00001 ; connexion par mot de passe autorisée/)).toBeTruthy();
    expect((within(asso).getByLabelText(/^SIRET/) as HTMLInputElement).value).toBe('999 000 001 00001');
    const item = await itemOf(PREF.name);
    expect(within(item).getByText(/SIRET enregistré : aucun/)).toBeTruthy();
    fireEvent.change(within(item).getByLabelText(/^SIRET/), { target: { value: '999 000 002 00009' } });
    fireEvent.click(within(item).getByRole('button', { name: /Enregistrer le SIRET/ }));
    await waitFor(() => expect(sent).toEqual([['o-pref', { siret: '99900000200009' }]]));
    // The list read again: the saved value is shown.
    expect(await screen.findByText(/SIRET enregistré : 999 000 002 00009/)).toBeTruthy();
  });

  it('switches password sign-in off with « Connexion par mot de passe autorisée »', async () => {
    const sent: [string, unknown][] = [];
    let asso = ASSO;
    stubAdmin(() => [asso, PREF], (id, body) => {
      sent.push([id, body]);
      asso = { ...asso, passwordSignIn: false };
      return { id, siret: asso.siret, passwordSignIn: false };
    });
    renderApp(<AdminPage />, meAs('admin'));
    const item = await itemOf(ASSO.name);
    const toggle = within(item).getByRole('checkbox', { name: /Connexion par mot de passe autorisée/ }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(sent).toEqual([['o-asso', { passwordSignIn: false }]]));
    expect(await within(item).findByText(/connexion par mot de passe désactivée/)).toBeTruthy();
    expect((within(item).getByRole('checkbox', { name: /Connexion par mot de passe autorisée/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('tells the API’s refusal in French', async () => {
    stubAdmin(() => [ASSO], () => json(422, { code: 'INVALID_SIRET', message: 'A SIRET is 14 digits with a valid checksum', correlationId: 'c1' }));
    renderApp(<AdminPage />, meAs('admin'));
    const item = await itemOf(ASSO.name);
    // Valid in the page (checked again by the API, which may still refuse it).
    fireEvent.change(within(item).getByLabelText(/^SIRET/), { target: { value: '99900000300007' } });
    fireEvent.click(within(item).getByRole('button', { name: /Enregistrer le SIRET/ }));
    expect(await within(item).findByText(/Ce numéro SIRET n’est pas valide/)).toBeTruthy();
  });

  it('is not shown to anyone but the platform', () => {
    const calls = stubFetch([]);
    renderApp(<AdminPage />, meAs('coord.93'));
    expect(screen.queryByText('Connexion des organisations')).toBeNull();
    expect(screen.getByText('Réservé aux administrateurs de la plateforme.')).toBeTruthy();
    expect(calls).toEqual([]);
  });
});

describe('the platform deactivates an organisation', () => {
  it('tells what deactivation does, then sends it with the version read', async () => {
    const sent: unknown[] = [];
    const host = { ...ASSO, id: 'o-host', kind: 'host', name: 'Structure « Les Tilleuls »', territories: ['84'], attributes: { acseNetwork: true }, active: true, version: 3, members: 2, cellMembers: [] };
    stubFetch([
      [/GET \/api\/organisations$/, () => [ASSO]],
      [/GET \/api\/admin\/organisations$/, () => [host]],
      [/PATCH \/api\/admin\/organisations\/o-host$/, async (req) => (sent.push(await req.json()), { id: 'o-host', version: 4, active: false, revokedSessions: 1 })],
    ]);
    renderApp(<AdminPage />, meAs('admin'));
    const row = (await screen.findAllByText('Structure « Les Tilleuls »'))[0].closest('tr')!;
    expect(within(row).getByText('Membre du réseau Ac.Sé')).toBeTruthy();
    expect(within(row).getByText('Départements 84')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: /Désactiver/ }));
    expect(await screen.findByText(/Ses 2 comptes rattachés ne pourront plus se connecter/)).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Confirmer la désactivation' }));
    await waitFor(() => expect(sent).toEqual([{ active: false, version: 3 }]));
  });
});

describe('SIRET checksum', () => {
  it.each([
    ['99900000100001', true], ['99900000200009', true], ['73282932000074', true], ['35600000000048', true], ['35600000049837', true],
    ['99900000100002', false], ['9990000010000', false], ['9990000010000a', false], ['', false],
  ])('%s → %s', (siret, ok) => expect(isValidSiret(siret)).toBe(ok));
});
