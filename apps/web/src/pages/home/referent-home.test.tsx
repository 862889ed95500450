import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeadlineView, ReferredCase } from '../../api/views';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { HomePage } from './HomePage';

const ORGS = [{ id: 'asso', kind: 'association', name: 'Association Aide TEH 93', national: false, territories: ['93'] }];
const REFERRED: ReferredCase = {
  caseId: 'c1', reference: '93-2026-000011', territory: '93', minor: false, identificationStatus: 'presumed_victim', caseStatus: 'active',
  organisationId: 'org-1', referredAt: '2026-11-30T10:00:00Z', referredByOrganisationId: 'asso',
};
const PERMIT: DeadlineView = {
  id: 'd1', caseId: 'c2', reference: '93-2026-000012', territory: '93', kind: 'permit_expiry', dueOn: '2027-01-10', alertOn: '2026-11-11', overdue: false, alerting: true,
  responsibleOrganisationId: 'org-1', responsibleOrganisationKind: null,
};

describe('the préfecture’s home', () => {
  it('shows the situations referred to it, the requests to answer and only its own deadlines, in words', async () => {
    const calls = stubFetch([
      [/GET \/api\/referrals\/received/, () => ({ items: [REFERRED], nextCursor: null })],
      [/GET \/api\/deadlines/, () => ({ items: [PERMIT], nextCursor: null })],
      [/GET \/api\/orientations/, () => ({ items: [], nextCursor: null })],
      // The préfecture may own actions of the cell: its home lists them.
      [/GET \/api\/actions/, () => ({ items: [], nextCursor: null })],
      [/GET \/api\/organisations/, () => ORGS],
    ]);
    renderApp(<HomePage />, meAs('prefecture.93'));
    const referred = await screen.findByRole('row', { name: /93-2026-000011/ });
    expect(referred.textContent).toContain('Association Aide TEH 93');
    expect(referred.textContent).toContain('30 novembre 2026');
    expect(referred.textContent).toContain('Victime présumée');
    expect(screen.queryByRole('heading', { name: 'Demandes à traiter' })).not.toBeNull();
    const permit = await screen.findByRole('row', { name: /93-2026-000012/ });
    expect(permit.textContent).toContain('Expiration du titre de séjour');
    expect(permit.textContent).toContain('10 janvier 2027');
    expect(permit.textContent).toContain('Renouvellement à demander');
    // One « Mes échéances », asking for the organisation's own deadlines only.
    expect(screen.getAllByRole('heading', { name: 'Mes échéances' })).toHaveLength(1);
    const deadlines = calls.filter((r) => new URL(r.url).pathname === '/api/deadlines');
    expect(deadlines.length).toBeGreaterThan(0);
    for (const r of deadlines) expect(new URL(r.url).searchParams.get('responsible')).toBe('mine');
    expect(screen.queryByRole('link', { name: /Enregistrer une nouvelle situation/ })).toBeNull();
  });
});
