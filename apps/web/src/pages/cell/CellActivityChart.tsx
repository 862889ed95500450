import { useQuery } from '@tanstack/react-query';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import type { CellActivity } from '../../api/views';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading } from '../../components/common';

/** DSFR's chart (the @gouvfr/dsfr-chart web component through react-dsfr), loaded only where it is shown. */
const BarChart = lazy(() => import('@codegouvfr/react-dsfr/Chart/BarChart'));

const shortDay = (d: string) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
const monthName = (m: string) => new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m}-01T00:00:00Z`));
export const weekLabel = (w: { from: string; to: string }) => (w.from === w.to ? shortDay(w.from) : `${shortDay(w.from)} – ${shortDay(w.to)}`);

/** If the chart cannot load, the table alone tells the same. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** The month's activity of the cell, week by week: a small DSFR bar chart and, beside it, the same figures as a table. */
export function CellActivityChart({ cellId }: { cellId: string }) {
  const q = useQuery({ queryKey: ['cell', cellId, 'activity'], queryFn: () => unwrap<CellActivity>(api.GET('/api/cells/{id}/activity', { params: { path: { id: cellId } } })) });
  if (q.isPending) return <Loading />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const { weeks, month } = q.data;
  const labels = weeks.map(weekLabel);
  const series: [string, number[]][] = [
    ['Situations reçues', weeks.map((w) => w.situationsReceived)],
    ['Décisions', weeks.map((w) => w.decisions)],
    ...(weeks.every((w) => w.orientations !== null) ? [['Orientations demandées', weeks.map((w) => w.orientations ?? 0)] as [string, number[]]] : []),
  ];
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
      <div className="fr-col-12 fr-col-lg-6" role="img" aria-label={`Graphique de l’activité de ${monthName(month)} par semaine ; les mêmes chiffres figurent dans le tableau.`}>
        <ChartBoundary>
          <Suspense fallback={<Loading what="Chargement du graphique…" />}>
            <BarChart x={series.map(() => labels)} y={series.map(([, v]) => v)} name={series.map(([n]) => n)} color={['blue-france', 'green-emeraude', 'orange-terre-battue'].slice(0, series.length) as never} />
          </Suspense>
        </ChartBoundary>
      </div>
      <div className="fr-col-12 fr-col-lg-6">
        <DataTable
          caption={`Activité de ${monthName(month)}, par semaine`}
          headers={['Semaine', ...series.map(([n]) => n)]}
          rowKeys={weeks.map((w) => w.from)}
          rows={weeks.map((_w, i) => [labels[i], ...series.map(([, v]) => v[i])])}
        />
      </div>
    </div>
  );
}
