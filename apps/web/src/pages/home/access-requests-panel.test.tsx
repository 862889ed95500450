import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { AccessRequestsPanel, type AccessRequest } from './AccessRequestsPanel';

const pending: AccessRequest = {
  id: 'r1', organisationId: 'org-1', organisationName: 'Association Aide TEH 93', email: 'agent.nouveau@exemple.fr', displayName: 'Agent Nouveau',
  status: 'pending', role: null, createdAt: '2026-12-05T09:00:00Z', decidedAt: null,
};

describe('people who signed in with ProConnect without an mnio account, for the coordinator', () => {
  it('lists them and accepts one with the role the coordinator chose', async () => {
    const bodies: unknown[] = [];
    stubFetch([
      [/GET \/api\/access-requests$/, () => (bodies.length ? [{ ...pending, status: 'accepted', role: 'coordinator' }] : [pending])],
      [/POST \/api\/access-requests\/r1\/decision$/, async (req) => (bodies.push(await req.json()), { id: 'r1', status: 'accepted' })],
    ]);
    renderApp(<AccessRequestsPanel />, meAs('coord.93'));
    await screen.findByText(/S’est identifiée avec ProConnect le 5 décembre 2026/);
    fireEvent.change(screen.getByLabelText('Rôle à donner à Agent Nouveau'), { target: { value: 'coordinator' } });
    fireEvent.click(screen.getByRole('button', { name: /^Accepter/ }));
    await waitFor(() => expect(bodies).toEqual([{ decision: 'accept', role: 'coordinator' }]));
    // Decided: the panel has nothing left to show.
    await waitFor(() => expect(screen.queryByText('Agent Nouveau', { exact: false })).toBeNull());
  });

  it('refuses without a role', async () => {
    const bodies: unknown[] = [];
    stubFetch([
      [/GET \/api\/access-requests$/, () => [pending]],
      [/POST \/api\/access-requests\/r1\/decision$/, async (req) => (bodies.push(await req.json()), { id: 'r1', status: 'refused' })],
    ]);
    renderApp(<AccessRequestsPanel />, meAs('coord.93'));
    fireEvent.click(await screen.findByRole('button', { name: /^Refuser/ }));
    await waitFor(() => expect(bodies).toEqual([{ decision: 'refuse' }]));
  });

  it('shows nothing, and asks nothing, to someone who coordinates no organisation', () => {
    const calls = stubFetch([]);
    const { container } = renderApp(<AccessRequestsPanel />, meAs('asso.93'));
    expect(container.textContent).toBe('');
    expect(calls).toHaveLength(0);
  });
});
