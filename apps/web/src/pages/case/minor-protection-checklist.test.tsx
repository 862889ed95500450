import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meAs, renderApp, stubFetch } from '../../test/render';
import { AseHome } from '../home/AseHome';
import type { MinorProtectionStep } from './minor-protection';
import { MinorProtectionChecklist } from './MinorProtectionChecklist';

const actor = (organisationKind: string, organisationName: string | null = null) => ({ organisationKind, organisationId: organisationName ? 'o1' : null, organisationName });
const step = (over: Partial<MinorProtectionStep> & Pick<MinorProtectionStep, 'step' | 'state'>): MinorProtectionStep => ({
  doneOn: null, doneBy: null, dueOn: null, deadlineId: null, actor: actor('ase'), escalated: false, ...over,
});

describe('a minor’s protection checklist', () => {
  it('shows each step in French with who acts, by when and its state, and says the parquet is alerted of the late one', async () => {
    stubFetch([
      [/GET \/api\/cases\/c1\/minor-protection/, () => ({
        caseId: 'c1', reference: '93-2026-000001', applicable: true, today: '2026-12-06', nextClock: null,
        steps: [
          step({ step: 'report', state: 'done', doneOn: '2026-12-01', doneBy: 'report_made', actor: actor('association', 'Association Aide TEH 93') }),
          step({ step: 'ase_reception', state: 'done', doneOn: '2026-12-01', doneBy: 'ase_provisional_reception', actor: actor('ase', 'ASE Seine-Saint-Denis') }),
          step({ step: 'parquet_informed', state: 'overdue', dueOn: '2026-12-05', escalated: true, actor: actor('ase', 'ASE Seine-Saint-Denis') }),
          step({ step: 'judge_seized', state: 'not_applicable_yet', actor: actor('parquet', 'Parquet de Bobigny') }),
          step({ step: 'uaped_hearing', state: 'to_do', actor: actor('parquet', 'Parquet de Bobigny') }),
        ],
      })],
    ]);
    renderApp(<MinorProtectionChecklist caseId="c1" version={3} />, meAs('ase.93'));
    const list = await screen.findByRole('list', { name: 'Étapes de protection de l’enfant' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((r) => r.querySelector('strong')?.textContent)).toEqual([
      '1. Signalement à la CRIP ou au parquet', '2. Accueil provisoire par l’ASE', '3. Parquet avisé dans les 5 jours suivant l’accueil',
      '4. Juge des enfants saisi dans les 8 jours suivant l’ordonnance de placement', '5. Audition de l’enfant en UAPED',
    ]);
    expect(items[0].textContent).toContain('Fait le 1 décembre 2026 par Association Aide TEH 93 (Association) — Signalement transmis (CRIP ou parquet).');
    expect(items[2].textContent).toContain('En retard');
    expect(items[2].textContent).toContain('À faire par ASE Seine-Saint-Denis (Aide sociale à l’enfance) : l’échéance du 5 décembre 2026 est dépassée.');
    expect(items[3].textContent).toContain('Pas encore applicable');
    expect(items[3].textContent).toContain('Seulement après une ordonnance de placement provisoire : par Parquet de Bobigny (Parquet).');
    expect(items[4].textContent).toContain('À faire par Parquet de Bobigny (Parquet) — sur décision du parquet.');
    expect(screen.queryByText(/Une étape est en retard : Parquet avisé dans les 5 jours suivant l’accueil\. Le parquet des mineurs du département en est alerté\./)).not.toBeNull();
    expect(document.body.textContent).not.toMatch(/overdue|not_applicable_yet|parquet_informed|·/);
  });

  it('shows nothing for an adult’s case', async () => {
    const calls = stubFetch([[/minor-protection/, () => ({ caseId: 'c2', reference: '93-2026-000002', applicable: false, today: '2026-12-06', steps: [], nextClock: null })]]);
    const { container } = renderApp(<MinorProtectionChecklist caseId="c2" version={1} />, meAs('asso.93'));
    await waitFor(() => expect(calls).toHaveLength(1));
    await waitFor(() => expect(container.textContent).toBe(''));
  });
});

describe('the ASE’s home', () => {
  it('lists the children with their age band in words and the next clock, late ones flagged', async () => {
    stubFetch([
      [/GET \/api\/minor-protection\/cases/, () => ({
        items: [
          { caseId: 'a', reference: '93-2026-000010', territory: '93', ageBand: '15-17', childProtectionStatus: 'ase_reception', nextClock: { deadlineId: 'd1', kind: 'parquet_referral', dueOn: '2026-12-01', overdue: true, responsibleOrganisationId: 'org-1' } },
          { caseId: 'b', reference: '93-2026-000011', territory: '93', ageBand: '0-12', childProtectionStatus: 'none', nextClock: null },
        ],
      })],
    ]);
    renderApp(<AseHome />, meAs('ase.93'));
    await screen.findByRole('heading', { name: 'Enfants confiés à l’ASE' });
    const rows = within(await screen.findByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0].textContent).toContain('93-2026-000010');
    expect(rows[0].textContent).toContain('15 à 17 ans');
    expect(rows[0].textContent).toContain('Avis au parquet');
    expect(rows[0].textContent).toContain('1 décembre 2026');
    expect(rows[0].textContent).toContain('En retard');
    expect(within(rows[0]).getByRole('link', { name: '93-2026-000010' }).getAttribute('href')).toBe('/cases/a');
    expect(rows[1].textContent).toContain('Aucun délai en cours');
    expect(rows[1].textContent).not.toContain('En retard');
  });
});
