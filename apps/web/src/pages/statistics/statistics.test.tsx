import { act, render, renderHook, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { StatTable } from './StatTable';
import type { ReportTable, StatFilters } from './types';
import { apiQuery, useStatFilters } from './useStatFilters';

vi.setConfig({ testTimeout: 20_000 });
// the DSFR chart is a web component: nothing to check here, the table holds every figure
vi.mock('./StatChart', () => ({ StatChart: () => null, hasChart: () => false }));

const base: StatFilters = { report: 'activity', year: 2026, from: '', to: '', region: '', territory: '', form: '', minor: '', publication: false };

describe('statistics filters', () => {
  it('asks the API for the period when one is chosen, else for the year', () => {
    expect(apiQuery(base)).toEqual({ year: 2026 });
    expect(apiQuery({ ...base, from: '2026-03-01', to: '2026-03-31', form: 'sexual_exploitation', minor: 'true' })).toEqual({
      from: '2026-03-01', to: '2026-03-31', form: 'sexual_exploitation', minor: true,
    });
  });
});

describe('statistics filters in the address', () => {
  const inRouter = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={['/statistiques?annee=2026']}>{children}</MemoryRouter>;

  it('keeps a first change when a second one comes before the page re-rendered (CI lost the form for the region)', () => {
    const { result } = renderHook(() => ({ filters: useStatFilters(), location: useLocation() }), { wrapper: inRouter });
    const [, update] = result.current.filters;
    act(() => {
      // both from the same render, as a quick second choice sees it
      update({ form: 'sexual_exploitation' });
      update({ region: '11', territory: '' });
    });
    expect(result.current.location.search).toBe('?annee=2026&region=11&forme=sexual_exploitation');
    expect(result.current.filters[0]).toMatchObject({ form: 'sexual_exploitation', region: '11', year: 2026 });
    // then a change from the new render starts from the address as it is, not from the one sent earlier
    act(() => result.current.filters[1]({ region: '' }));
    expect(result.current.location.search).toBe('?annee=2026&forme=sexual_exploitation');
  });
});

describe('a statistics table with the previous period', () => {
  const table: ReportTable = {
    key: 'activity.decisions', rowDimension: 'decision', columns: ['count'], additive: true,
    rows: [
      { code: 'review_done', cells: [{ value: 12, suppressed: false }], total: { value: 12, suppressed: false } },
      { code: 'close', cells: [{ value: null, suppressed: true }], total: { value: null, suppressed: true } },
    ],
    totals: { cells: [{ value: 15, suppressed: false }], total: { value: 15, suppressed: false } },
    // the words come from the API with the report (one source: libs/reporting's labels)
    labels: { title: 'Décisions de la cellule par type', dimension: 'Décision', columns: ['Effectif'], rows: ['Examen de la situation réalisé', 'Fin du suivi par la cellule'] },
  };
  const previous: ReportTable = { ...table, labels: { ...table.labels, rows: ['Examen de la situation réalisé'] }, rows: [{ code: 'review_done', cells: [{ value: 9, suppressed: false }], total: null }], totals: { cells: [{ value: 9, suppressed: false }], total: { value: 9, suppressed: false } } };

  it('shows each figure in French with the previous one under it, « s » for a suppressed figure, never 0', () => {
    render(<StatTable table={table} previous={previous} />);
    const t = screen.getByRole('table', { name: 'Décisions de la cellule par type' });
    expect(within(t).getByRole('columnheader', { name: 'Décision' })).toBeTruthy();
    expect(within(t).getByRole('row', { name: /Examen de la situation réalisé/ }).textContent).toBe('Examen de la situation réalisé12préc. 9');
    // no such decision the period before: 0, said so; this period's is suppressed
    expect(within(t).getByRole('row', { name: /Fin du suivi/ }).textContent).toBe('Fin du suivi par la cellulespréc. 0');
    expect(within(t).getByRole('row', { name: /Total/ }).textContent).toBe('Total15préc. 9');
  });

  it('shows no comparison without a previous period', () => {
    render(<StatTable table={table} />);
    expect(screen.queryByText(/préc\./)).toBeNull();
  });

  it('keeps no copy of the statistics’ words: they come with the report', async () => {
    const labels = await import('../../domain/labels');
    expect(Object.keys(labels).filter((k) => /^STAT_(TABLES|COLUMNS|DIMENSIONS|CODES|REGIONS)$|^statCodeLabel$/.test(k))).toEqual([]);
  });
});
