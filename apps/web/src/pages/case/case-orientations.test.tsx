import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../api/views';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { CaseOrientations } from './CasePage';

const c = {
  id: 'c1', reference: '93-2026-000001', territory: '93', ownerOrganisationId: 'org-1', version: 3,
  statuses: { identification: 'presumed_victim', residence: 'none', childProtection: 'none', criminal: 'none', case: 'active' },
} as CaseView;
const ORGS = [{ id: 'org-1', kind: 'association', name: 'Association Aide TEH 93', national: false, territories: ['93'] }];

function render(persona: Parameters<typeof meAs>[0], view: CaseView = c) {
  stubFetch([
    [/GET \/api\/cases\/c1\/orientations/, () => ({ items: [], nextCursor: null })],
    [/GET \/api\/organisations/, () => ORGS],
  ]);
  renderApp(<CaseOrientations c={view} />, meAs(persona));
}

describe('« Demander une orientation » on a case', () => {
  it('is offered to the organisation that follows the person', async () => {
    render('asso.93');
    expect(await screen.findByRole('link', { name: 'Demander une orientation' })).toBeDefined();
  });

  it('is not offered to a coordination that does not follow the person, though it may ask for its own cases', async () => {
    render('acse', { ...c, ownerOrganisationId: 'asso-93' });
    await screen.findByText('Aucune orientation dont votre organisation est partie.');
    expect(screen.queryByRole('link', { name: 'Demander une orientation' })).toBeNull();
  });

  it('is offered to the parquet on a case shared with it (orientation of a minor to a UAPED)', async () => {
    render('parquet.93', { ...c, ownerOrganisationId: 'asso-93' });
    expect(await screen.findByRole('link', { name: 'Demander une orientation' })).toBeDefined();
  });

  it('is not offered on a closed case', async () => {
    render('asso.93', { ...c, statuses: { ...c.statuses, case: 'closed' } });
    await screen.findByText('Aucune orientation dont votre organisation est partie.');
    expect(screen.queryByRole('link', { name: 'Demander une orientation' })).toBeNull();
  });
});
