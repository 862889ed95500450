import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { HomePage } from '../home/HomePage';
import { AccessJournalPage } from './AccessJournalPage';

const ORGS = [
  { id: 'org-1', kind: 'association', name: 'Association Aide TEH 93', national: false, territories: ['93'] },
  { id: 'org-2', kind: 'association', name: 'Association Paris Accueil', national: false, territories: ['75'] },
];
const ENTRY = {
  id: '12', at: '2026-11-03T09:15:00.000Z', kind: 'identity_read', action: 'case.identity_read', userId: 'u9', userName: 'Awa Diallo', organisationId: 'org-1',
  organisationName: 'Association Aide TEH 93', caseId: 'c1', caseReference: '93-2026-000042', caseOwnerOrganisationId: 'org-1', caseOwnerOrganisationName: 'Association Aide TEH 93',
  reason: 'follow_up', detail: null,
};

describe('the data-protection officer’s pages', () => {
  it('home: a « Protection des données » section linking to the journal, and no case work asked of the API', async () => {
    const calls = stubFetch([[/GET \/api\/organisations/, () => ORGS]]);
    renderApp(<HomePage />, meAs('dpo.93'));
    expect(await screen.findByRole('heading', { name: 'Protection des données' })).not.toBeNull();
    expect(screen.getByRole('link', { name: /Ouvrir le journal des accès/ }).getAttribute('href')).toBe('/protection-des-donnees/journal');
    expect(calls.map((r) => new URL(r.url).pathname).filter((p) => /\/api\/(cases|actions|deadlines|transfers|orientations)/.test(p))).toEqual([]);
  });

  it('journal: the reads in French, by case reference; the kind filter asks the API again', async () => {
    const calls = stubFetch([
      [/GET \/api\/privacy\/access-journal/, (req) => ({ items: new URL(req.url).searchParams.get('kinds') === 'break_glass' ? [] : [ENTRY], nextCursor: null })],
      [/GET \/api\/organisations/, () => ORGS],
    ]);
    renderApp(<AccessJournalPage />, meAs('dpo.93'));
    const row = await screen.findByRole('row', { name: /93-2026-000042/ });
    expect(row.textContent).toContain('Lecture de l’identité');
    expect(row.textContent).toContain('Awa Diallo');
    expect(row.textContent).toContain('Suivi de la personne');
    expect(row.textContent).not.toContain('follow_up');
    // An organisation's DPO has one organisation: no organisation filter.
    expect(screen.queryByLabelText('Organisation')).toBeNull();
    fireEvent.change(screen.getByLabelText('Nature'), { target: { value: 'break_glass' } });
    expect(await screen.findByText('Aucune consultation pour ces critères.')).not.toBeNull();
    expect(calls.some((r) => new URL(r.url).searchParams.get('kinds') === 'break_glass')).toBe(true);
  });

  it('journal: the platform’s DPO may narrow to one organisation', async () => {
    const calls = stubFetch([
      [/GET \/api\/privacy\/access-journal/, () => ({ items: [ENTRY], nextCursor: null })],
      [/GET \/api\/organisations/, () => ORGS],
    ]);
    renderApp(<AccessJournalPage />, meAs('dpo'));
    await screen.findByRole('row', { name: /93-2026-000042/ });
    await waitFor(() => expect(screen.getByRole('option', { name: 'Association Paris Accueil' })).not.toBeNull());
    fireEvent.change(screen.getByLabelText('Organisation'), { target: { value: 'org-2' } });
    await waitFor(() => expect(calls.some((r) => new URL(r.url).searchParams.get('organisationId') === 'org-2')).toBe(true));
  });
});
