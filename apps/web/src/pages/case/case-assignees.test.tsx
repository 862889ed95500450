import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { CaseAssignees } from './CaseAssignees';

const c = { id: 'c1', ownerOrganisationId: 'org-1', anonymisedAt: null };

describe('« Suivie par » on the case', () => {
  it('names who follows the case and lets a worker of the owner assign herself', async () => {
    let assigned = false;
    const calls = stubFetch([
      [/GET \/api\/cases\/c1\/assignments/, () => (assigned
        ? { caseId: 'c1', assignees: [{ userId: 'u1', displayName: 'Test User', assignedAt: '2026-12-07T09:00:00Z' }], candidates: [{ userId: 'u2', displayName: 'Bruno Petit' }] }
        : { caseId: 'c1', assignees: [], candidates: [{ userId: 'u1', displayName: 'Test User' }, { userId: 'u2', displayName: 'Bruno Petit' }] })],
      [/POST \/api\/cases\/c1\/assignments/, () => ((assigned = true), { caseId: 'c1', userId: 'u1', assignedAt: '2026-12-07T09:00:00Z' })],
    ]);
    renderApp(<CaseAssignees c={c} />, meAs('asso.93'));
    await screen.findByText('Personne n’est encore affecté à cette situation.');
    fireEvent.click(screen.getByRole('button', { name: 'M’affecter' }));
    await screen.findByText('Suivie par Test User (vous).');
    const post = calls.find((r) => r.method === 'POST')!;
    expect(await post.json()).toEqual({ userId: 'u1' });
    expect(screen.getByRole('button', { name: 'Ne plus suivre cette situation' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'M’affecter' })).toBeNull();
  });

  it('shows nothing, and asks nothing, to an organisation that does not own the case', async () => {
    const calls = stubFetch([]);
    const { container } = renderApp(<CaseAssignees c={{ ...c, ownerOrganisationId: 'other-org' }} />, meAs('asso.93'));
    await new Promise((r) => setTimeout(r, 50));
    expect(container.textContent).toBe('');
    expect(calls).toEqual([]);
  });
});
