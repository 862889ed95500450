import type { ReactNode } from 'react';
import { DataTable } from './DataTable';

/**
 * A table from 768 px, one card per row below it (each value under its column's name): a work queue reads on a
 * phone without scrolling sideways. Only one of the two is displayed (and read) at a time.
 */
export function CardTable({ caption, headers, rows, rowKeys }: { caption: string; headers: string[]; rows: ReactNode[][]; rowKeys?: string[] }) {
  return (
    <>
      <div className="fr-hidden fr-unhidden-md">
        <DataTable caption={caption} headers={headers} rows={rows} rowKeys={rowKeys} />
      </div>
      <ul className="fr-hidden-md fr-raw-list" aria-label={caption}>
        {rows.map((row, i) => (
          <li key={rowKeys?.[i] ?? i} className="fr-mb-2w fr-p-2w" style={{ border: '1px solid var(--border-default-grey)' }}>
            <dl className="fr-m-0">
              {row.map((cell, j) => (
                <div key={j} className="fr-grid-row fr-mb-1v">
                  <dt className="fr-col-5 fr-text--sm fr-text--bold fr-m-0">{headers[j]}</dt>
                  <dd className="fr-col-7 fr-text--sm fr-m-0">{cell}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
