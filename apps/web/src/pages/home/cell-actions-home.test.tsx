import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { CellActionsHome } from './CellActionsHome';

const ASE = meAs('ase.93');
const action = (id: string, status: string, overdue: boolean, extra: Record<string, unknown> = {}) => ({
  id, decisionId: 'd1', decisionType: 'follow_up', cellId: 'cell', caseId: `case-${id}`, reference: `93-2026-00000${id.slice(-1)}`, ownerOrganisationId: 'org-1',
  title: `Action ${id}`, dueOn: '2026-12-10', overdue, status, version: 3, ...extra,
});

// DSFR components under jsdom are slow on a shared machine: room beyond Vitest's 5 s default.
vi.setConfig({ testTimeout: 20_000 });

describe('« Actions de la cellule » on the owner’s home', () => {
  it('lists the organisation’s open actions with reference, title, due date and an overdue badge; done ones and others’ are left out', async () => {
    const calls = stubFetch([[/GET \/api\/actions/, () => ({
      items: [action('a1', 'open', true), action('a2', 'in_progress', false), action('a3', 'done', false), action('a4', 'open', false, { ownerOrganisationId: 'other' })],
      nextCursor: null,
    })]]);
    renderApp(<CellActionsHome />, ASE);
    const table = await screen.findByRole('table', { name: 'Actions de la cellule confiées à mon organisation' });
    expect(new URL(calls[0].url).search).toContain('owner=mine');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['93-2026-000001', '93-2026-000002']);
    expect(within(rows[0]).queryByText('Action a1')).not.toBeNull();
    expect(within(rows[0]).queryByText('En retard')).not.toBeNull();
    expect(within(rows[1]).queryByText('En retard')).toBeNull();
    expect(within(rows[0]).queryByText('10 décembre 2026', { exact: false })).not.toBeNull();
    expect(within(rows[0]).getByRole('link', { name: '93-2026-000001' }).getAttribute('href')).toBe('/cases/case-a1');
    // Started already: no « Commencer », still closable.
    expect(within(rows[1]).queryByRole('button', { name: /^Commencer/ })).toBeNull();
    expect(within(rows[1]).queryByRole('button', { name: /^Marquer comme réalisée/ })).not.toBeNull();
  });

  it('shows « Intitulé effacé » for an action whose case was anonymised (its title came back empty)', async () => {
    stubFetch([[/GET \/api\/actions/, () => ({ items: [action('a1', 'open', false, { title: '' })], nextCursor: null })]]);
    renderApp(<CellActionsHome />, ASE);
    const table = await screen.findByRole('table', { name: 'Actions de la cellule confiées à mon organisation' });
    expect(within(table).queryByText('Intitulé effacé')).not.toBeNull();
    expect(within(table).getByRole('button', { name: 'Marquer comme réalisée : « Intitulé effacé » (93-2026-000001)' })).not.toBeNull();
  });

  it('closes an action with the version read, then shows the list again without it', async () => {
    let done = false;
    const calls = stubFetch([
      [/POST \/api\/actions\/a1\/transitions/, () => {
        done = true;
        return { id: 'a1', status: 'done', version: 4 };
      }],
      [/GET \/api\/actions/, () => ({ items: done ? [action('a2', 'open', false)] : [action('a1', 'open', false), action('a2', 'open', false)], nextCursor: null })],
    ]);
    const user = userEvent.setup();
    renderApp(<CellActionsHome />, ASE);
    await user.click(await screen.findByRole('button', { name: 'Marquer comme réalisée : « Action a1 » (93-2026-000001)' }));
    await vi.waitFor(() => expect(screen.queryByText('Action a1')).toBeNull());
    expect(screen.queryByText('Action a2')).not.toBeNull();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ action: 'complete', version: 3 });
  });

  it('shows nothing when the organisation has no open action', async () => {
    let answered!: () => void;
    const answer = new Promise<void>((r) => (answered = r));
    stubFetch([[/GET \/api\/actions/, () => (answered(), { items: [action('a3', 'done', false)], nextCursor: null })]]);
    const { container } = renderApp(<CellActionsHome />, ASE);
    // Empty while loading proves nothing: look once the list has been answered and rendered.
    await act(() => answer);
    await act(async () => undefined);
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('heading', { name: 'Actions de la cellule' })).toBeNull();
  });
});
