import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { AdminPage } from '../admin/AdminPage';
import { MembershipRequestsPanel } from '../home/MembershipRequestsPanel';
import { EnrolmentPage } from './EnrolmentPage';

const TOKEN = '0b9b9433-27ba-4c7b-98e7-a89508574601.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

const pendingRequest = {
  id: 'r1', organisationId: 'org-1', organisationName: 'Association Aide TEH 93', role: 'case_worker', territories: [], status: 'pending',
  user: { id: 'u9', displayName: 'Nina Recrue', email: 'nina@demo.mnio.test', enrolled: true }, requestedBy: { id: 'a1', displayName: 'Admin mnio' },
  createdAt: '2026-12-06T10:00:00.000Z', decidedAt: null,
};

function renderSignedOut(ui: React.ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('enrolment page', () => {
  it('reads the token from the fragment, wipes it from the address, and posts it in the body', async () => {
    window.history.replaceState(null, '', `/inscription#${TOKEN}`);
    const calls = stubFetch([[/POST \/api\/auth\/enrolment/, () => ({ email: 'nina@demo.mnio.test' })]]);
    const done = vi.fn();
    renderSignedOut(<EnrolmentPage onDone={done} />);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/inscription');
    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: 'short' } });
    expect(screen.queryByText('Le mot de passe doit compter au moins 12 caractères.')).not.toBeNull();
    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: 'Une phrase assez longue' } });
    fireEvent.change(screen.getByLabelText('Confirmez le mot de passe'), { target: { value: 'Une phrase assez longue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon mot de passe' }));
    await screen.findByText('Votre mot de passe est enregistré');
    expect(calls).toHaveLength(1);
    expect(calls[0].url).not.toContain(TOKEN.split('.')[1]);
    expect(await calls[0].json()).toEqual({ token: TOKEN, password: 'Une phrase assez longue' });
    fireEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(done).toHaveBeenCalled();
  });

  it('says in French when the link is spent', async () => {
    window.history.replaceState(null, '', `/inscription#${TOKEN}`);
    stubFetch([[/POST \/api\/auth\/enrolment/, () => json(410, { code: 'ENROLMENT_LINK_INVALID', message: 'x', correlationId: 'c' })]]);
    renderSignedOut(<EnrolmentPage onDone={() => undefined} />);
    fireEvent.change(screen.getByLabelText(/^Mot de passe/), { target: { value: 'Une phrase assez longue' } });
    fireEvent.change(screen.getByLabelText('Confirmez le mot de passe'), { target: { value: 'Une phrase assez longue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer mon mot de passe' }));
    await screen.findByText(/Ce lien d’inscription n’est plus valable/);
  });

  it('asks for the whole link when the fragment is missing', () => {
    window.history.replaceState(null, '', '/inscription');
    renderSignedOut(<EnrolmentPage onDone={() => undefined} />);
    expect(screen.queryByText('Lien incomplet')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Enregistrer mon mot de passe' })).toBeNull();
  });
});

describe('membership requests', () => {
  it('a coordinator sees the pending request and approves it', async () => {
    const calls = stubFetch([
      [/GET \/api\/membership-requests/, () => [pendingRequest]],
      [/POST \/api\/membership-requests\/r1\/decision/, () => ({ id: 'r1', status: 'approved', membershipId: 'm9' })],
    ]);
    renderApp(<MembershipRequestsPanel />, meAs('coord.93'));
    await screen.findByRole('heading', { name: 'Demandes d’accès à approuver' });
    await screen.findByText('Nina Recrue');
    fireEvent.click(screen.getByRole('button', { name: /Approuver/ }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(await post.json()).toEqual({ decision: 'approve' });
  });

  it('shows nothing to a case worker', () => {
    const calls = stubFetch([]);
    renderApp(<MembershipRequestsPanel />, meAs('asso.93'));
    expect(screen.queryByRole('heading', { name: 'Demandes d’accès à approuver' })).toBeNull();
    expect(calls).toHaveLength(0);
  });
});

describe('administration', () => {
  it('creates an account without a password field and shows the enrolment link once', async () => {
    const calls = stubFetch([
      [/GET \/api\/admin\/users/, () => ({ items: [], nextCursor: null })],
      [/GET \/api\/membership-requests/, () => []],
      [/GET \/api\/organisations/, () => [{ id: 'org-1', name: 'Association Aide TEH 93', kind: 'association', national: false, territories: ['93'] }]],
      [/GET \/api\/admin\/organisations$/, () => [{ id: 'org-1', name: 'Association Aide TEH 93', kind: 'association', national: false, territories: ['93'], siret: null, passwordSignIn: true, attributes: {}, active: true, version: 1, members: 0, cellMembers: [] }]],
      [/POST \/api\/admin\/users/, () => ({ id: 'u9', enrolment: { token: TOKEN, path: `/inscription#${TOKEN}`, expiresAt: '2026-12-09T10:00:00.000Z' }, memberships: [], requests: [{ id: 'r1', organisationId: 'org-1', role: 'case_worker' }] })],
    ]);
    // The accounts are the « Comptes et rattachements » tab of the administration (/administration/comptes).
    renderApp(<Routes><Route path="/administration/:section" element={<AdminPage />} /></Routes>, meAs('admin'), '/administration/comptes');
    await screen.findByRole('heading', { name: 'Créer un compte' });
    expect(document.querySelector('input[type="password"]')).toBeNull();
    fireEvent.change(screen.getByLabelText('Nom affiché'), { target: { value: 'Nina Recrue' } });
    fireEvent.change(screen.getByLabelText('Adresse électronique'), { target: { value: 'nina@demo.mnio.test' } });
    await screen.findAllByRole('option', { name: 'Association Aide TEH 93' });
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'org-1' } });
    fireEvent.change(screen.getByLabelText('Rôle'), { target: { value: 'case_worker' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer le compte' }));
    await screen.findByText('Compte créé pour Nina Recrue');
    expect(screen.queryByText(`${window.location.origin}/inscription#${TOKEN}`)).not.toBeNull();
    expect(screen.queryByText(/envoyés pour approbation/)).not.toBeNull();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(Object.keys(await post.json()).sort()).toEqual(['displayName', 'email', 'memberships']);
    fireEvent.click(screen.getByRole('button', { name: 'J’ai transmis le lien' }));
    expect(screen.queryByText(`${window.location.origin}/inscription#${TOKEN}`)).toBeNull();
  });
});
