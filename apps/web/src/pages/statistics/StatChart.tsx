import { BarChart } from '@codegouvfr/react-dsfr/Chart/BarChart';
import { STAT_COLUMNS, statCodeLabel } from '../../domain/labels';
import type { ReportTable } from './types';

/**
 * A DSFR bar chart of the published figures. Suppressed figures are left out of the chart (never drawn as 0);
 * the table beside it holds every figure, and the chart is hidden from assistive technologies (the table says it all).
 */
export function StatChart({ table, title }: { table: ReportTable; title: string }) {
  // delays mix counts and days: the table says it better than a chart
  if (table.key === 'activity.delays' || table.rows.length === 0) return null;
  const rows = table.rows.filter((r) => r.cells.some((c) => !c.suppressed));
  const left = table.rows.length - rows.length;
  if (!rows.length) return <p className="fr-text--sm">Aucun effectif publiable à représenter : voir le tableau.</p>;
  if (rows.every((r) => r.cells.every((c) => c.suppressed || !c.value))) return <p className="fr-text--sm">Aucune personne à représenter pour ces filtres.</p>;
  const x = rows.map((r) => statCodeLabel(table.rowDimension, r.code));
  return (
    <figure className="fr-m-0" aria-hidden="true">
      <BarChart
        x={table.columns.map(() => x)}
        y={table.columns.map((_, j) => rows.map((r) => (r.cells[j].suppressed ? Number.NaN : (r.cells[j].value ?? 0))))}
        name={table.columns.map((c) => STAT_COLUMNS[c] ?? c)}
        horizontal={rows.length > 4}
      />
      <figcaption className="fr-text--xs fr-mt-1w">
        {title}
        {left > 0 ? ` — ${left} ligne${left > 1 ? 's' : ''} masquée${left > 1 ? 's' : ''} par le secret statistique` : ''}
      </figcaption>
    </figure>
  );
}
