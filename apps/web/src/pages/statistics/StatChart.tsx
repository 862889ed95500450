import { BarChart } from '@codegouvfr/react-dsfr/Chart/BarChart';
import type { ReportTable } from './types';

/**
 * A DSFR bar chart of the published figures. Suppressed figures are left out of the chart (never drawn as 0);
 * the table beside it holds every figure, and the chart is hidden from assistive technologies (the table says it all).
 */
/** Whether a table gets a chart: counts, and more than one published row (or one compared with the previous period). */
export function hasChart(table: ReportTable, previous?: ReportTable): boolean {
  if (table.rowDimension === 'delay' || table.rows.length === 0) return false;
  const rows = table.rows.filter((r) => r.cells.some((c) => !c.suppressed));
  return rows.length >= 2 || (rows.length === 1 && !!previous && table.columns.length === 1);
}

export function StatChart({ table, title, previous }: { table: ReportTable; title: string; previous?: ReportTable }) {
  // delays mix counts and days: the table says it better than a chart
  if (table.rowDimension === 'delay' || table.rows.length === 0) return null;
  const rows = table.rows.filter((r) => r.cells.some((c) => !c.suppressed));
  const left = table.rows.length - rows.length;
  if (!rows.length) return <p className="fr-text--sm">Aucun effectif publiable à représenter : voir le tableau.</p>;
  if (rows.every((r) => r.cells.every((c) => c.suppressed || !c.value))) return <p className="fr-text--sm">Aucune personne à représenter pour ces filtres.</p>;
  // one bar group says nothing the table does not: no chart
  if (rows.length < 2 && !(previous && table.columns.length === 1)) return null;
  const x = rows.map((r) => table.labels.rows[table.rows.indexOf(r)]);
  const value = (f: { value: number | null; suppressed: boolean } | undefined) => (!f ? 0 : f.suppressed ? Number.NaN : (f.value ?? 0));
  // one column: this period beside the previous one
  const compare = previous && table.columns.length === 1;
  const series = compare
    ? { y: [rows.map((r) => value(r.cells[0])), rows.map((r) => value(previous.rows.find((p) => p.code === r.code)?.cells[0]))], name: ['Période', 'Période précédente'] }
    : { y: table.columns.map((_, j) => rows.map((r) => value(r.cells[j]))), name: table.labels.columns };
  return (
    <figure className="fr-m-0" aria-hidden="true">
      <BarChart x={series.y.map(() => x)} y={series.y} name={series.name} horizontal={rows.length > 4} />
      <figcaption className="fr-text--xs fr-mt-1w">
        {title}
        {left > 0 ? ` — ${left} ligne${left > 1 ? 's' : ''} masquée${left > 1 ? 's' : ''} par le secret statistique` : ''}
      </figcaption>
    </figure>
  );
}
