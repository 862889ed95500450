import type { ReactNode } from 'react';

/**
 * A DSFR table (current markup). Its scrolling container is focusable and named, so that keyboard users can
 * scroll a wide table on a phone (axe: scrollable-region-focusable); the caption is kept for screen readers.
 */
export function DataTable({ caption, headers, rows, rowKeys }: { caption: string; headers: ReactNode[]; rows: ReactNode[][]; rowKeys?: string[] }) {
  return (
    <div className="fr-table fr-table--no-caption">
      <div className="fr-table__wrapper" style={{ maxWidth: '100%' }}>
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  {headers.map((h, i) => (
                    <th key={i} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={rowKeys?.[i] ?? i}>
                    {r.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
