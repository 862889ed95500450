import { ReleaseLink, suppressCells, suppressRelease, suppressTable } from './suppression';

/** One published figure: the count, or null when suppressed (a suppressed figure is never shown as 0). */
export interface Figure {
  value: number | null;
  suppressed: boolean;
}

/**
 * A table of counts: rows of one dimension (codes, labelled by the pages and exports) by columns (codes).
 * `additive` tables (each case in one row) carry their row and column totals, protected together with
 * the cells; others (a case may count under several forms) carry cells only.
 */
export interface ReportTable {
  key: string;
  rowDimension: string;
  columns: string[];
  additive: boolean;
  rows: { code: string; cells: Figure[]; total: Figure | null }[];
  totals: { cells: Figure[]; total: Figure } | null;
  /**
   * The table's words in French, added when the report is served (`exports/labels-fr.ts`, the one source of the
   * statistics' labels: the pages show these, the files use the same): title, row dimension, columns, one per row.
   */
  labels?: TableLabels;
}

export interface TableLabels {
  title: string;
  dimension: string;
  columns: string[];
  rows: string[];
}

/** Counts as the read model's queries return them: the rows of one dimension, by column. */
export interface DimCount {
  dim: string;
  code: string;
  col: string;
  n: number;
}

export interface BuildOptions {
  /** Threshold k; 0 (or 1) publishes every figure (an organisation's own figures). */
  k: number;
}

/** Builds a table from counts; the row order is `rowOrder` then any other code seen, columns as given. */
export function buildTable(
  key: string,
  dim: string,
  columns: string[],
  counts: DimCount[],
  opts: BuildOptions & { additive: boolean; rowOrder?: readonly string[]; keepEmptyRows?: boolean },
): ReportTable {
  const mine = counts.filter((c) => c.dim === dim);
  const seen = [...new Set(mine.map((c) => c.code))];
  const order = opts.rowOrder ? [...opts.rowOrder.filter((c) => opts.keepEmptyRows || seen.includes(c)), ...seen.filter((c) => !opts.rowOrder!.includes(c)).sort()] : seen.sort();
  const grid = order.map((code) => columns.map((col) => mine.filter((c) => c.code === code && c.col === col).reduce((a, c) => a + c.n, 0)));
  const k = opts.k > 1 ? opts.k : 0;
  const fig = (value: number, suppressed: boolean): Figure => (suppressed ? { value: null, suppressed: true } : { value, suppressed: false });
  if (!opts.additive) {
    const marks = k ? suppressCells(grid, k) : grid.map((r) => r.map(() => null));
    return { key, rowDimension: dim, columns, additive: false, rows: order.map((code, i) => ({ code, cells: grid[i].map((v, j) => fig(v, !!marks[i][j])), total: null })), totals: null };
  }
  if (!order.length) return { key, rowDimension: dim, columns, additive: true, rows: [], totals: { cells: columns.map(() => fig(0, false)), total: fig(0, false) } };
  const { values, marks } = k ? suppressTable(grid, k) : { values: withTotals(grid), marks: withTotals(grid).map((r) => r.map(() => null)) };
  const C = columns.length;
  const last = values.length - 1;
  return {
    key,
    rowDimension: dim,
    columns,
    additive: true,
    rows: order.map((code, i) => ({ code, cells: values[i].slice(0, C).map((v, j) => fig(v, !!marks[i][j])), total: fig(values[i][C], !!marks[i][C]) })),
    totals: { cells: values[last].slice(0, C).map((v, j) => fig(v, !!marks[last][j])), total: fig(values[last][C], !!marks[last][C]) },
  };
}

function withTotals(grid: number[][]): number[][] {
  const rows = grid.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  return [...rows, rows[0].map((_, j) => rows.reduce((a, r) => a + r[j], 0))];
}

/** The `top` most frequent codes of a dimension, the rest summed as `other` (ties broken by code). */
export function topCodes(counts: DimCount[], dim: string, top: number): DimCount[] {
  const mine = counts.filter((c) => c.dim === dim);
  const byCode = new Map<string, number>();
  const fixed = (code: string) => code === 'unknown' || code === 'other';
  for (const c of mine) if (!fixed(c.code)) byCode.set(c.code, (byCode.get(c.code) ?? 0) + c.n);
  const kept = new Set([...byCode.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top).map(([code]) => code));
  return mine.map((c) => (fixed(c.code) || kept.has(c.code) ? c : { ...c, code: 'other' }));
}

/** A figure of a release named by its table, row code (or `total`) and column (or `total`). */
export type FigureRef = [tableKey: string, row: string, column: string];
/** Two sets of figures of a release that count the same persons (their sums are equal). */
export interface Link {
  left: FigureRef[];
  right: FigureRef[];
}

/**
 * Suppression across the tables of one release (`suppressRelease`): `tables` built with every figure (k = 0),
 * `links` the figures two tables share. Tables that are not counts (delays) are left as they are.
 */
export function protectRelease(tables: ReportTable[], links: Link[], k: number): ReportTable[] {
  if (k <= 1) return tables;
  const counted = tables.filter((t) => t.rowDimension !== 'delay');
  const grids = counted.map((t) => {
    const rows = t.rows.map((r) => [...r.cells.map((f) => f.value ?? 0), ...(t.additive ? [r.total?.value ?? 0] : [])]);
    return t.additive ? [...rows, [...t.totals!.cells.map((f) => f.value ?? 0), t.totals!.total.value ?? 0]] : rows;
  });
  const position = ([key, row, col]: FigureRef): [number, number, number] | null => {
    const n = counted.findIndex((t) => t.key === key);
    if (n < 0) return null;
    const t = counted[n];
    const i = row === 'total' ? (t.additive ? t.rows.length : -1) : t.rows.findIndex((r) => r.code === row);
    const j = col === 'total' ? (t.additive ? t.columns.length : -1) : t.columns.indexOf(col);
    return i < 0 || j < 0 ? null : [n, i, j];
  };
  const resolved: ReleaseLink[] = links
    .map((l) => ({ left: l.left.map(position).filter((p) => p !== null), right: l.right.map(position).filter((p) => p !== null) }))
    .filter((l) => l.left.length + l.right.length > 0);
  const marks = suppressRelease(grids.map((values, n) => ({ values, additive: counted[n].additive })), resolved, k);
  const fig = (v: number, m: unknown): Figure => (m ? { value: null, suppressed: true } : { value: v, suppressed: false });
  return tables.map((t) => {
    const n = counted.indexOf(t);
    if (n < 0) return t;
    const g = grids[n];
    const mk = marks[n];
    const C = t.columns.length;
    return {
      ...t,
      rows: t.rows.map((r, i) => ({ code: r.code, cells: r.cells.map((_, j) => fig(g[i][j], mk[i][j])), total: t.additive ? fig(g[i][C], mk[i][C]) : null })),
      totals: t.additive ? { cells: t.columns.map((_, j) => fig(g[t.rows.length][j], mk[t.rows.length][j])), total: fig(g[t.rows.length][C], mk[t.rows.length][C]) } : null,
    };
  });
}
