import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../api/views';
import { meAs, renderApp, stubFetch } from '../test/render';
import { CasesListPage } from './CasesListPage';

const summary = (n: number): CaseSummary => ({
  id: `c${n}`, reference: `93-2026-${String(n).padStart(6, '0')}`, territory: '93', ownerOrganisationId: 'org-1', sex: 'female', ageBand: '25-34', minor: false,
  nationality: 'NG', exploitationForms: ['sexual_exploitation'],
  statuses: { identification: 'presumed_victim', residence: 'none', childProtection: 'none', criminal: 'none', case: 'active' },
  nextDeadline: null, createdAt: '2026-11-30T10:00:00Z', updatedAt: '2026-11-30T10:00:00Z',
});

/** The colleagues of « Suivies par » (GET /api/colleagues): the signed-in worker herself and one colleague. */
const COLLEAGUES: [RegExp, () => unknown] = [/GET \/api\/colleagues$/, () => [
  { userId: '00000000-0000-4000-8000-0000000000aa', displayName: 'Awa Colleague', organisationId: 'org-1' },
]];

/** The list's own requests (the colleagues are asked once, beside them). */
const listCalls = (calls: Request[]) => calls.filter((r) => new URL(r.url).pathname === '/api/cases');

describe('the cases list', () => {
  it('reads the list to its last page, one page at a time, when asked', async () => {
    const calls = stubFetch([
      COLLEAGUES,
      [/GET \/api\/cases\?.*cursor=p2/, () => ({ items: [summary(3)], nextCursor: null })],
      [/GET \/api\/cases\?/, () => ({ items: [summary(1), summary(2)], nextCursor: 'p2' })],
    ]);
    renderApp(<CasesListPage />, meAs('asso.93'), '/situations');
    await screen.findByRole('row', { name: /93-2026-000002/ });
    expect(screen.queryByRole('row', { name: /93-2026-000003/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Afficher les situations suivantes' }));
    await screen.findByRole('row', { name: /93-2026-000003/ });
    // The first two rows stay; the button goes once the API has nothing more.
    expect(screen.getByRole('row', { name: /93-2026-000001/ })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Afficher les situations suivantes' })).toBeNull();
    expect(listCalls(calls).map((r) => new URL(r.url).searchParams.get('cursor'))).toEqual([null, 'p2']);
  });

  it('sends the filters of the address to the API, the last day included, and says when nothing matches', async () => {
    const calls = stubFetch([
      COLLEAGUES,
      [/GET \/api\/cases\?/, () => ({ items: [], nextCursor: null })]]);
    renderApp(<CasesListPage />, meAs('asso.93'), '/situations?suivi=active&forme=forced_begging&mineur=oui&echeance=non&du=2026-01-01&au=2026-03-31&inconnu=x');
    await screen.findByText('Aucune situation ne correspond à ces filtres.');
    const query = new URL(listCalls(calls)[0].url).searchParams;
    expect(Object.fromEntries(query)).toEqual({
      limit: '50', caseStatus: 'active', exploitationForm: 'forced_begging', minor: 'true', hasOpenDeadline: 'false', createdFrom: '2026-01-01', createdTo: '2026-04-01',
    });
    const form = screen.getByRole('form', { name: 'Filtrer les situations' });
    expect((within(form).getByLabelText('Suivi') as HTMLSelectElement).value).toBe('active');
    expect((within(form).getByLabelText('Âge') as HTMLSelectElement).value).toBe('oui');
  });

  it('« Mes situations »: the cases I am assigned to, kept in the address, with its own title', async () => {
    const calls = stubFetch([
      COLLEAGUES,
      [/GET \/api\/cases\?/, () => ({ items: [summary(1)], nextCursor: null })]]);
    renderApp(<CasesListPage />, meAs('asso.93'), '/situations?suivies=moi');
    await screen.findByRole('row', { name: /93-2026-000001/ });
    expect(new URL(listCalls(calls)[0].url).searchParams.get('assignedTo')).toBe('me');
    expect(screen.getByRole('heading', { level: 1, name: 'Mes situations' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Suivies par'), { target: { value: '' } });
    await screen.findByRole('heading', { level: 1, name: 'Situations' });
    expect(new URL(listCalls(calls).at(-1)!.url).searchParams.get('assignedTo')).toBeNull();
  });

  it('ignores a filter value that is not a known code, and asks again when a filter changes', async () => {
    const calls = stubFetch([
      COLLEAGUES,
      [/GET \/api\/cases\?/, () => ({ items: [summary(1)], nextCursor: null })]]);
    renderApp(<CasesListPage />, meAs('asso.93'), '/situations?suivi=drop_table&du=31/12/2026');
    await screen.findByRole('row', { name: /93-2026-000001/ });
    expect(Object.fromEntries(new URL(listCalls(calls)[0].url).searchParams)).toEqual({ limit: '50' });
    fireEvent.change(screen.getByLabelText('Identification'), { target: { value: 'formally_identified' } });
    await screen.findByRole('button', { name: 'Effacer les filtres' });
    expect(new URL(listCalls(calls).at(-1)!.url).searchParams.get('identificationStatus')).toBe('formally_identified');
  });

  it('finds a person by exact name and birth year in a request body, never in the address, and shows references only', async () => {
    const calls = stubFetch([
      COLLEAGUES,
      [/POST \/api\/cases\/search-by-name/, () => ({ items: [summary(7)] })],
      [/GET \/api\/cases\?/, () => ({ items: [], nextCursor: null })],
    ]);
    renderApp(<CasesListPage />, meAs('asso.93'), '/situations');
    fireEvent.click(await screen.findByRole('button', { name: 'Retrouver une personne par son nom' }));
    const form = screen.getByRole('form', { name: 'Retrouver une personne par son nom' });
    fireEvent.click(within(form).getByRole('button', { name: 'Rechercher' }));
    expect(within(form).getByText('Indiquez le nom.')).toBeDefined();
    fireEvent.change(within(form).getByLabelText('Nom ou alias'), { target: { value: ' Okafor ' } });
    fireEvent.change(within(form).getByLabelText(/^Prénoms/), { target: { value: 'Blessing  Ada' } });
    fireEvent.change(within(form).getByLabelText(/^Année de naissance/), { target: { value: '1999' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Rechercher' }));
    await within(form).findByRole('row', { name: /93-2026-000007/ });
    const post = calls.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ lastName: 'Okafor', firstNames: ['Blessing', 'Ada'], birthYear: 1999 });
    for (const r of calls) expect(r.url).not.toMatch(/Okafor|Blessing/);
    expect(window.location.href).not.toMatch(/Okafor/);
  });

  it('offers no search by name to a role that never reads identity', async () => {
    stubFetch([
      COLLEAGUES,
      [/GET \/api\/cases\?/, () => ({ items: [], nextCursor: null })]]);
    renderApp(<CasesListPage />, meAs('clav.93'), '/situations');
    await screen.findByText('Aucune situation.');
    expect(screen.queryByRole('button', { name: 'Retrouver une personne par son nom' })).toBeNull();
  });

  it('« Suivies par » a colleague: her cases, her name in the title, her id (never a name) in the address', async () => {
    const calls = stubFetch([
      COLLEAGUES,
      [/GET \/api\/cases\?/, () => ({ items: [summary(1)], nextCursor: null })],
    ]);
    renderApp(<CasesListPage />, meAs('asso.93'), '/situations');
    await screen.findByRole('option', { name: 'Awa Colleague' });
    fireEvent.change(screen.getByLabelText('Suivies par'), { target: { value: '00000000-0000-4000-8000-0000000000aa' } });
    await screen.findByRole('heading', { level: 1, name: 'Situations suivies par Awa Colleague' });
    expect(new URL(listCalls(calls).at(-1)!.url).searchParams.get('assignedTo')).toBe('00000000-0000-4000-8000-0000000000aa');
  });
});
