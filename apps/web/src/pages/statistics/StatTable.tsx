import { hasChart, StatChart } from './StatChart';
import { type Figure, type ReportTable, SUPPRESSED } from './types';

function Value({ f }: { f: Figure }) {
  if (f.suppressed) {
    return <abbr title="Secret statistique : effectif trop petit pour être publié, ou masqué pour qu’un petit effectif ne puisse pas être recalculé">{SUPPRESSED}</abbr>;
  }
  if (f.value === null) return <abbr title="Sans objet">—</abbr>;
  return <>{f.value.toLocaleString('fr-FR')}</>;
}

/** A figure, and under it the same figure over the previous period when there is one. */
function Cell({ f, before }: { f: Figure | null; before?: Figure | null }) {
  if (!f) return <td />;
  return (
    <td className="mnio-stat-num">
      <Value f={f} />
      {before !== undefined && (
        <span className="mnio-stat-prev">
          <abbr title="période précédente">préc.</abbr> {before ? <Value f={before} /> : '0'}
        </span>
      )}
    </td>
  );
}

/**
 * One table of counts: a chart of the published figures beside the accessible table that holds them all; with
 * `previous`, each figure has the previous period's under it (« préc. »).
 */
export function StatTable({ table, previous }: { table: ReportTable; previous?: ReportTable }) {
  const prevRow = (code: string) => previous?.rows.find((r) => r.code === code);
  const prevCell = (code: string, j: number): Figure | null | undefined => (previous ? (prevRow(code)?.cells[j] ?? null) : undefined);
  const prevTotal = (code: string): Figure | null | undefined => (previous ? (prevRow(code)?.total ?? null) : undefined);
  const { title } = table.labels;
  const withTotal = table.additive && table.columns.length > 1;
  const id = `stat-${table.key.replace(/[^a-z_]/g, '-')}`;
  // a narrow table with its chart beside it; a wide one (or one without a chart) takes the whole width, its chart below at half width
  const chart = hasChart(table, previous);
  const narrow = table.columns.length <= 2 && chart;
  const [tableCol, chartCol] = narrow ? ['fr-col-12 fr-col-lg-6', 'fr-col-12 fr-col-lg-6'] : ['fr-col-12', 'fr-col-12 fr-col-lg-6'];
  return (
    <section className="fr-mb-6w mnio-stat" aria-labelledby={id}>
      <h3 id={id} className="fr-h5">{title}</h3>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className={tableCol}>
          <div className="fr-table fr-table--no-caption fr-mb-0">
            <div className="fr-table__wrapper" style={{ maxWidth: '100%' }}>
              {/* focusable and named like components/DataTable, so that a keyboard can scroll it on a phone; row headers need this markup */}
              <div className="fr-table__container" tabIndex={0} role="region" aria-label={title}>
                <div className="fr-table__content">
                  <table>
                    <caption>{title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{table.labels.dimension}</th>
                        {table.columns.map((c, j) => (
                          <th key={c} scope="col" className="mnio-stat-num">{table.labels.columns[j]}</th>
                        ))}
                        {withTotal && <th scope="col" className="mnio-stat-num">Total</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {table.rows.length === 0 && (
                        <tr>
                          <td colSpan={table.columns.length + (withTotal ? 2 : 1)}>Rien à compter pour ces filtres.</td>
                        </tr>
                      )}
                      {table.rows.map((r, i) => (
                        <tr key={r.code}>
                          <th scope="row">{table.labels.rows[i]}</th>
                          {r.cells.map((f, j) => (
                            <Cell key={j} f={f} before={prevCell(r.code, j)} />
                          ))}
                          {withTotal && <Cell f={r.total} before={prevTotal(r.code)} />}
                        </tr>
                      ))}
                      {table.totals && table.rows.length > 0 && (
                        <tr>
                          <th scope="row">Total</th>
                          {table.totals.cells.map((f, j) => (
                            <Cell key={j} f={f} before={previous ? (previous.totals?.cells[j] ?? null) : undefined} />
                          ))}
                          {withTotal && <Cell f={table.totals.total} before={previous ? (previous.totals?.total ?? null) : undefined} />}
                        </tr>
                      )}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        </div>
        {chart && (
          <div className={chartCol}>
            <StatChart table={table} title={title} previous={previous} />
          </div>
        )}
      </div>
    </section>
  );
}
