import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, meAs, renderApp, stubFetch } from '../../test/render';
import { SurveyQuestionnairePage } from './SurveyQuestionnairePage';
import type { Questionnaire } from './types';

vi.setConfig({ testTimeout: 20_000 });
vi.mock('../statistics/StatChart', () => ({ StatChart: () => null, hasChart: () => false }));

const draft: Questionnaire = {
  id: '7f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', year: 2026, campaignStatus: 'open', organisationName: 'Association Aide TEH 93', status: 'draft', version: 4,
  tables: [{
    key: 'survey.summary', rowDimension: 'summary', columns: ['count'], additive: false, totals: null,
    labels: { title: 'Victimes repérées et accompagnées', dimension: 'Victimes', columns: ['Effectif'], rows: ['Victimes repérées', 'Victimes accompagnées'] },
    rows: [{ code: 'spotted', cells: [{ value: 3, suppressed: false }], total: null }, { code: 'accompanied', cells: [{ value: 2, suppressed: false }], total: null }],
  }],
  corrections: [], submittedAt: null, submittedByName: null, freshness: { lastEventAt: '2026-12-06T10:00:00Z' },
};
const mine = [{ id: draft.id, year: 2026, campaignStatus: 'open', organisationId: 'org-1', organisationName: draft.organisationName, status: 'draft', submittedAt: null }];

describe('the association’s annual survey questionnaire', () => {
  it('shows its pre-filled figures and saves a correction as a count and a reason code, with the version read', async () => {
    const bodies: unknown[] = [];
    stubFetch([
      [/GET \/api\/survey-questionnaires$/, () => mine],
      [/GET \/api\/survey-questionnaires\/[0-9a-f-]+$/, () => draft],
      [/PUT \/api\/survey-questionnaires\/[0-9a-f-]+\/corrections$/, async (req) => {
        const body = await req.json();
        bodies.push(body);
        return { ...draft, version: 5, corrections: body.corrections };
      }],
    ]);
    renderApp(<SurveyQuestionnairePage />, meAs('coord.93'));
    const summary = await screen.findByRole('table', { name: 'Victimes repérées et accompagnées' });
    expect(within(summary).getByRole('row', { name: /Victimes repérées/ }).textContent).toBe('Victimes repérées3');
    fireEvent.change(screen.getByLabelText('Personnes'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Motif'), { target: { value: 'anonymous' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la correction' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ version: 4, corrections: [{ dim: 'summary', code: 'spotted', col: 'count', count: 2, reason: 'anonymous' }] });
    const corrections = await screen.findByRole('table', { name: 'Corrections du questionnaire' });
    expect(within(corrections).getByRole('row', { name: /Accompagnement anonyme/ }).textContent).toContain('Victimes : Victimes repérées');
    // signing waits for the certification
    expect((screen.getByRole('button', { name: 'Signer et envoyer' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says in French when another coordinator saved in between', async () => {
    stubFetch([
      [/GET \/api\/survey-questionnaires$/, () => mine],
      [/GET \/api\/survey-questionnaires\/[0-9a-f-]+$/, () => draft],
      [/PUT /, () => json(409, { code: 'VERSION_CONFLICT', message: 'The questionnaire was changed by someone else; reload it' })],
    ]);
    renderApp(<SurveyQuestionnairePage />, meAs('coord.93'));
    await screen.findByRole('table', { name: 'Victimes repérées et accompagnées' });
    fireEvent.change(screen.getByLabelText('Motif'), { target: { value: 'no_consent' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la correction' }));
    await screen.findByText(/Quelqu’un a modifié cet élément entre-temps/);
  });

  it('shows a signed questionnaire read-only, with who signed and when', async () => {
    const signed = { ...draft, status: 'submitted', submittedAt: '2026-03-02T09:30:00Z', submittedByName: 'Claire Martin', corrections: [{ dim: 'summary', code: 'spotted', col: 'count', count: 2, reason: 'no_consent' }] };
    stubFetch([
      [/GET \/api\/survey-questionnaires$/, () => [{ ...mine[0], status: 'submitted' }]],
      [/GET \/api\/survey-questionnaires\/[0-9a-f-]+$/, () => signed],
    ]);
    renderApp(<SurveyQuestionnairePage />, meAs('coord.93'));
    await screen.findByText('Signé par Claire Martin le 2 mars 2026 à 10:30. Il ne peut plus être modifié.');
    expect(screen.queryByRole('button', { name: 'Ajouter la correction' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retirer' })).toBeNull();
  });
});
