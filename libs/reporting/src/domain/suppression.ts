/**
 * Small-cell suppression for count tables with published margins (pure functions).
 *
 * A table of r × c counts is published with its row totals, column totals and grand total. Seen as an
 * extended (r+1) × (c+1) table, each extended row and column is a linear equation (cells sum to the total
 * cell). A suppressed cell can be recovered from the published figures exactly when it is a **bridge** of the
 * graph whose vertices are the extended rows and columns and whose edges are the suppressed cells (a cell
 * on no cycle of suppressed cells). So:
 * 1. primary suppression: every cell (margins included) with 0 < value < k;
 * 2. complementary suppression: while a line holds exactly one suppressed cell, suppress its smallest other
 *    cell (inner cells before totals); then while a suppressed cell is a bridge, suppress the smallest cell
 *    joining the two sides, which puts it on a cycle. Each step adds a suppression, so it ends.
 * Zeros are published (a zero cell discloses nobody); a zero may be chosen as a complementary cell.
 */

export type Suppression = 'primary' | 'complementary' | null;

export interface SuppressedGrid {
  /** (r+1) × (c+1): inner cells, the last column the row totals, the last row the column totals. */
  values: number[][];
  marks: Suppression[][];
}

/** The extended table of `cells` (r × c) with its margins. */
export function withMargins(cells: number[][]): number[][] {
  const cols = cells[0]?.length ?? 0;
  const rows = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: cols + 1 }, (_, j) => rows.reduce((a, row) => a + row[j], 0));
  return [...rows, totals];
}

const isPrimary = (v: number, k: number) => v > 0 && v < k;

/** Primary then complementary suppression of `cells` and its margins at threshold `k`. */
export function suppressTable(cells: number[][], k: number): SuppressedGrid {
  const values = withMargins(cells);
  const R = values.length;
  const C = values[0].length;
  const marks: Suppression[][] = values.map((row) => row.map((v) => (isPrimary(v, k) ? 'primary' : null)));
  if (!marks.some((row) => row.some(Boolean))) return { values, marks };
  // Cost of suppressing a free cell: its value, totals last (they carry the most information).
  const cost = (i: number, j: number) => values[i][j] + (i === R - 1 || j === C - 1 ? 1e9 : 0);
  const suppress = (i: number, j: number) => (marks[i][j] = 'complementary');

  for (let guard = 0; guard < R * C + 1; guard++) {
    if (fixSingleLine()) continue;
    const bridge = findBridge(marks);
    if (!bridge) break;
    joinSides(bridge);
  }
  return { values, marks };

  function fixSingleLine(): boolean {
    for (let i = 0; i < R; i++) {
      const on = marks[i].filter(Boolean).length;
      if (on === 1) return pick(Array.from({ length: C }, (_, j) => [i, j] as const));
    }
    for (let j = 0; j < C; j++) {
      const on = marks.filter((row) => row[j]).length;
      if (on === 1) return pick(Array.from({ length: R }, (_, i) => [i, j] as const));
    }
    return false;
  }

  function pick(candidates: (readonly [number, number])[]): boolean {
    const free = candidates.filter(([i, j]) => !marks[i][j]).sort((a, b) => cost(a[0], a[1]) - cost(b[0], b[1]));
    if (!free.length) return false;
    suppress(free[0][0], free[0][1]);
    return true;
  }

  function joinSides([bi, bj]: [number, number]): void {
    // The component of row bi once the bridge is removed; any free cell from it to the other side closes a cycle.
    const side = component(marks, bi, [bi, bj]);
    const candidates: [number, number][] = [];
    for (let i = 0; i < R; i++) {
      for (let j = 0; j < C; j++) {
        if (!marks[i][j] && side.rows.has(i) !== side.cols.has(j)) candidates.push([i, j]);
      }
    }
    pick(candidates);
  }
}

/** Rows and columns reachable from row `start` through suppressed cells, without the cell `without`. */
function component(marks: Suppression[][], start: number, without: [number, number]): { rows: Set<number>; cols: Set<number> } {
  const rows = new Set<number>([start]);
  const cols = new Set<number>();
  const queue: ['r' | 'c', number][] = [['r', start]];
  while (queue.length) {
    const [kind, n] = queue.pop()!;
    if (kind === 'r') {
      marks[n].forEach((m, j) => {
        if (m && !(n === without[0] && j === without[1]) && !cols.has(j)) {
          cols.add(j);
          queue.push(['c', j]);
        }
      });
    } else {
      marks.forEach((row, i) => {
        if (row[n] && !(i === without[0] && n === without[1]) && !rows.has(i)) {
          rows.add(i);
          queue.push(['r', i]);
        }
      });
    }
  }
  return { rows, cols };
}

/** A suppressed cell that lies on no cycle of suppressed cells (recoverable from the margins), or null. */
export function findBridge(marks: Suppression[][]): [number, number] | null {
  for (let i = 0; i < marks.length; i++) {
    for (let j = 0; j < marks[i].length; j++) {
      if (marks[i][j] && !component(marks, i, [i, j]).cols.has(j)) return [i, j];
    }
  }
  return null;
}

/** Primary suppression only, for figures without additive margins (a case may count under several forms). */
export function suppressCells(values: number[][], k: number): Suppression[][] {
  return values.map((row) => row.map((v) => (isPrimary(v, k) ? 'primary' : null)));
}
