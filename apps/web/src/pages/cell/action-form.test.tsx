import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { ActionForm, todayInFrance } from './ActionForm';

const OWNERS = { 'org-ase': 'ASE Seine-Saint-Denis', 'org-police': 'Police nationale, Seine-Saint-Denis' };
const CELL = meAs('clav.93');
const inDays = (n: number) => new Date(Date.parse(`${todayInFrance()}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

// DSFR components under jsdom are slow on a shared machine: room beyond Vitest's 5 s default.
vi.setConfig({ testTimeout: 20_000 });

describe('the action form of a decision', () => {
  it('says next to each field what is missing or wrong, and sends nothing until it is right', async () => {
    const calls = stubFetch([]);
    const user = userEvent.setup();
    renderApp(<ActionForm decisionId="d1" owners={OWNERS} onDone={() => undefined} />, CELL);
    await user.click(screen.getByRole('button', { name: 'Donner l’action' }));
    expect(screen.queryByText('Choisissez l’organisation responsable.')).not.toBeNull();
    expect(screen.queryByText('Indiquez ce qu’il faut faire.')).not.toBeNull();
    expect(screen.queryByText('Indiquez la date d’échéance.')).not.toBeNull();
    await user.type(screen.getByLabelText('Échéance'), inDays(-2));
    await user.click(screen.getByRole('button', { name: 'Donner l’action' }));
    expect(screen.queryByText('L’échéance ne peut pas être dans le passé.')).not.toBeNull();
    expect(calls).toHaveLength(0);
  });

  it('gives the action to the chosen organisation with its title and due date, then empties itself', async () => {
    const onDone = vi.fn();
    const calls = stubFetch([[/POST \/api\/decisions\/d1\/actions/, () => ({ id: 'a1', decisionId: 'd1', ownerOrganisationId: 'org-ase', dueOn: inDays(7), deadlineId: 'dl' })]]);
    const user = userEvent.setup();
    renderApp(<ActionForm decisionId="d1" owners={OWNERS} onDone={onDone} />, CELL);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Choisir une organisation', 'ASE Seine-Saint-Denis', 'Police nationale, Seine-Saint-Denis']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation responsable' }), 'org-ase');
    await user.type(screen.getByRole('textbox', { name: /Action à mener/ }), '  Évaluer la mise à l’abri ');
    await user.type(screen.getByLabelText('Échéance'), inDays(7));
    await user.click(screen.getByRole('button', { name: 'Donner l’action' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(1);
    expect(await calls[0].json()).toEqual({ ownerOrganisationId: 'org-ase', title: 'Évaluer la mise à l’abri', dueOn: inDays(7) });
    expect((screen.getByRole('textbox', { name: /Action à mener/ }) as HTMLInputElement).value).toBe('');
  });

  it('puts the API’s refusal of the owner next to the owner field', async () => {
    stubFetch([[/POST \/api\/decisions\/d1\/actions/, () => json(422, { code: 'ACTION_OWNER_NOT_ALLOWED', message: 'x', correlationId: 'c' })]]);
    const user = userEvent.setup();
    renderApp(<ActionForm decisionId="d1" owners={OWNERS} onDone={() => undefined} />, CELL);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation responsable' }), 'org-police');
    await user.type(screen.getByRole('textbox', { name: /Action à mener/ }), 'Audition');
    await user.type(screen.getByLabelText('Échéance'), inDays(3));
    await user.click(screen.getByRole('button', { name: 'Donner l’action' }));
    const message = await screen.findByText(/Une action est confiée à la cellule/);
    expect(message.closest('.fr-select-group')).not.toBeNull();
    expect(screen.queryByText('L’action n’a pas abouti')).toBeNull();
  });

  it('during a brief outage (503) says so in French, keeps what was typed and sends nothing again by itself', async () => {
    const onDone = vi.fn();
    const calls = stubFetch([[/POST \/api\/decisions\/d1\/actions/, () => new Response(JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message: 'x', correlationId: 'c' }), { status: 503, headers: { 'content-type': 'application/json', 'Retry-After': '5' } })]]);
    const user = userEvent.setup();
    renderApp(<ActionForm decisionId="d1" owners={OWNERS} onDone={onDone} />, CELL);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation responsable' }), 'org-ase');
    await user.type(screen.getByRole('textbox', { name: /Action à mener/ }), 'Évaluer la mise à l’abri');
    await user.type(screen.getByLabelText('Échéance'), inDays(7));
    await user.click(screen.getByRole('button', { name: 'Donner l’action' }));
    await screen.findByText('Service momentanément indisponible');
    expect(screen.queryByText(/Réessayez dans quelques instants\. Ce que vous avez saisi sur cette page est conservé/)).not.toBeNull();
    expect((screen.getByRole('textbox', { name: /Action à mener/ }) as HTMLInputElement).value).toBe('Évaluer la mise à l’abri');
    expect((screen.getByRole('combobox', { name: 'Organisation responsable' }) as HTMLSelectElement).value).toBe('org-ase');
    expect((screen.getByLabelText('Échéance') as HTMLInputElement).value).toBe(inDays(7));
    expect(onDone).not.toHaveBeenCalled();
    expect(calls).toHaveLength(1);
  });
});
