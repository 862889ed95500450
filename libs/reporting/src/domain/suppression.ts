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

/**
 * Primary then complementary suppression of `cells` and its margins at threshold `k`. `forced` (extended
 * positions) are suppressed from the start, as complementary: a figure another table of the release hides.
 */
export function suppressTable(cells: number[][], k: number, forced: [number, number][] = []): SuppressedGrid {
  return closeExtended(withMargins(cells), k, forced);
}

/**
 * Suppression over an extended table (margins included) given as is. `avoid`: cells never chosen as
 * complementary (figures the release's structure determines: hiding them would protect nothing).
 */
function closeExtended(values: number[][], k: number, forced: [number, number][], avoid: (i: number, j: number) => boolean = () => false): SuppressedGrid {
  const R = values.length;
  const C = values[0].length;
  const marks: Suppression[][] = values.map((row) => row.map((v) => (isPrimary(v, k) ? 'primary' : null)));
  for (const [i, j] of forced) if (!marks[i][j]) marks[i][j] = 'complementary';
  if (!marks.some((row) => row.some(Boolean))) return { values, marks };
  // Cost of suppressing a free cell: its value, totals last (they carry the most information).
  const cost = (i: number, j: number) => values[i][j] + (i === R - 1 || j === C - 1 ? 1e9 : 0);
  const suppress = (i: number, j: number) => (marks[i][j] = 'complementary');

  for (let guard = 0; guard < R * C + 1; guard++) {
    if (fixSingleLine()) continue;
    const bridge = findBridge(marks);
    if (!bridge || !joinSides(bridge)) break; // an unjoinable bridge is left to the release's attacker
  }
  return { values, marks };

  function fixSingleLine(): boolean {
    for (let i = 0; i < R; i++) {
      const on = marks[i].filter(Boolean).length;
      if (on === 1 && pick(Array.from({ length: C }, (_, j) => [i, j] as const))) return true;
    }
    for (let j = 0; j < C; j++) {
      const on = marks.filter((row) => row[j]).length;
      if (on === 1 && pick(Array.from({ length: R }, (_, i) => [i, j] as const))) return true;
    }
    return false;
  }

  function pick(candidates: (readonly [number, number])[]): boolean {
    const free = candidates.filter(([i, j]) => !marks[i][j] && !avoid(i, j)).sort((a, b) => cost(a[0], a[1]) - cost(b[0], b[1]));
    if (!free.length) return false;
    suppress(free[0][0], free[0][1]);
    return true;
  }

  function joinSides([bi, bj]: [number, number]): boolean {
    // The component of row bi once the bridge is removed; any free cell from it to the other side closes a cycle.
    const side = component(marks, bi, [bi, bj]);
    const candidates: [number, number][] = [];
    for (let i = 0; i < R; i++) {
      for (let j = 0; j < C; j++) {
        if (!marks[i][j] && side.rows.has(i) !== side.cols.has(j)) candidates.push([i, j]);
      }
    }
    return pick(candidates);
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

/**
 * A table of a release: its figures, extended with margins when `additive` (each extended row and column is an
 * equation), as they are before suppression.
 */
export interface ReleaseTable {
  values: number[][];
  additive: boolean;
}
/** A figure of a release: table index, extended row and column. */
export type Position = [number, number, number];
/** Two sets of figures of a release whose sums are equal (the same persons counted in two tables). */
export interface ReleaseLink {
  left: Position[];
  right: Position[];
}

/**
 * Suppression across the tables of one release (issue 13 §3): a suppressed figure must not be recoverable from
 * the published figures of **all** the tables together. Each table is protected on its own, then:
 * 1. a figure two tables share (a link of one figure each side: the same total) is suppressed in both as soon
 *    as one hides it, and both are closed again, until nothing changes;
 * 2. an attacker (Gaussian elimination over every table's equations and every link) looks for a suppressed
 *    figure it can recompute; while it finds one, one more published figure is hidden — the cheapest (an inner
 *    figure before a total, the smallest, on its row or column first, then in its table, then in the equations
 *    that reach it, then anywhere) **whose hiding makes that figure unrecoverable** (checked, not assumed: the
 *    derivation may go through another table, e.g. a group of the coarser table recomputed as the sum of zeros
 *    published in the finer one), and the tables are closed again.
 * Figures the structure alone determines (recoverable even when every figure of the release is hidden: a group
 * no row of the finer table belongs to), and are 0 as it says, are never chosen as complementary: hiding them
 * protects nothing. The hidden set only grows (each round forces one more figure), so it ends. Non-additive tables carry
 * no equation (primary suppression, and what links force).
 */
export function suppressRelease(tables: ReleaseTable[], links: ReleaseLink[], k: number): Suppression[][][] {
  const key = (p: Position) => p.join(',');
  const everything: Suppression[][][] = tables.map((t) => t.values.map((row) => row.map((): Suppression => 'complementary')));
  // (0 when the data agree with the links; a figure the structure determines but that is not 0 means a link true only usually —
  // the minors' age groups — and is protected as any other)
  const determined = recoverable(tables, everything, links);
  const structural = new Set(determined.filter(([t, i, j]) => tables[t].values[i][j] === 0).map(key));
  // nothing protects a figure the structure determines: hiding more around it would only hide more
  const hopeless = new Set(determined.map(key));
  const avoid = tables.map((_, t) => (i: number, j: number) => structural.has(key([t, i, j])));
  const forced: [number, number][][] = tables.map(() => []);
  const close = (t: number): Suppression[][] => {
    const { values, additive } = tables[t];
    if (additive && values.length && values[0].length) return closeExtended(values, k, forced[t], avoid[t]).marks;
    const marks: Suppression[][] = values.map((row) => row.map((v) => (isPrimary(v, k) ? 'primary' : null)));
    for (const [i, j] of forced[t]) if (!marks[i][j]) marks[i][j] = 'complementary';
    return marks;
  };
  let marks = tables.map((_, t) => close(t));
  const force = (t: number, i: number, j: number) => {
    if (marks[t][i][j] || structural.has(key([t, i, j]))) return false;
    forced[t].push([i, j]);
    return true;
  };
  const size = tables.reduce((n, t) => n + t.values.reduce((m, row) => m + row.length, 0), 0);
  for (let guard = 0; guard <= size + 1; guard++) {
    let changed = false;
    for (const l of links) {
      if (l.left.length !== 1 || l.right.length !== 1) continue;
      const [a, b] = [l.left[0], l.right[0]];
      if (marks[a[0]][a[1]][a[2]] && !marks[b[0]][b[1]][b[2]]) changed = force(...b) || changed;
      if (marks[b[0]][b[1]][b[2]] && !marks[a[0]][a[1]][a[2]]) changed = force(...a) || changed;
    }
    if (!changed) {
      const exposed = recoverable(tables, marks, links).find((p) => !hopeless.has(key(p)));
      if (!exposed) return marks;
      changed = widen(exposed);
      if (!changed) return marks; // every figure that reaches it is hidden already: it is determined by the structure
    }
    marks = tables.map((_, t) => close(t));
  }
  return marks;

  /** Hides one more figure so that the exposed one can no longer be recomputed (see above for the order tried). */
  function widen(u: Position): boolean {
    const [t, i, j] = u;
    const isTotal = ([a, b, c]: Position) => tables[a].additive && (b === tables[a].values.length - 1 || c === tables[a].values[0].length - 1);
    const reach = new Set<string>();
    for (const l of links) {
      const sides = [...l.left, ...l.right];
      if (sides.some((p) => key(p) === key(u))) sides.forEach((p) => reach.add(key(p)));
    }
    const tier = (p: Position) => (p[0] === t && (p[1] === i || p[2] === j) ? 0 : p[0] === t ? 1 : reach.has(key(p)) ? 2 : 3);
    const free: Position[] = [];
    tables.forEach((tb, a) => tb.values.forEach((row, b) => row.forEach((_, c) => {
      if (!marks[a][b][c] && !structural.has(key([a, b, c]))) free.push([a, b, c]);
    })));
    const value = (p: Position) => tables[p[0]].values[p[1]][p[2]];
    free.sort((x, y) => tier(x) - tier(y) || Number(isTotal(x)) - Number(isTotal(y)) || value(x) - value(y));
    if (!free.length) return false;
    const hides = free.find((p) => {
      const trial = marks.map((m) => m.map((row) => [...row]));
      trial[p[0]][p[1]][p[2]] = 'complementary';
      return !derivableFrom(tables, trial, links, u);
    });
    const chosen = hides ?? free.find((p) => tier(p) === 2) ?? free[0];
    return force(...chosen);
  }
}

/** Whether the suppressed figure `u` can be recomputed from the published figures (see `recoverable`). */
function derivableFrom(tables: ReleaseTable[], marks: Suppression[][][], links: ReleaseLink[], u: Position): boolean {
  return recoverable(tables, marks, links).some((p) => p[0] === u[0] && p[1] === u[1] && p[2] === u[2]);
}

/**
 * The suppressed figures of a release an attacker recomputes from the published ones: each additive table's
 * extended rows and columns, and each link, are linear equations; an unknown is recoverable when its unit
 * vector lies in their row space. Exported for the property tests.
 */
export function recoverable(tables: ReleaseTable[], marks: Suppression[][][], links: ReleaseLink[]): Position[] {
  const unknowns: Position[] = [];
  marks.forEach((m, t) => m.forEach((row, i) => row.forEach((x, j) => x && unknowns.push([t, i, j]))));
  if (!unknowns.length) return [];
  const index = new Map(unknowns.map((p, n) => [p.join(','), n]));
  const equations: number[][] = [];
  const add = (plus: Position[], minus: Position[]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    let any = false;
    for (const [sign, ps] of [[1, plus], [-1, minus]] as const) {
      for (const p of ps) {
        const n = index.get(p.join(','));
        if (n !== undefined) {
          eq[n] += sign;
          any = true;
        }
      }
    }
    if (any) equations.push(eq);
  };
  tables.forEach(({ values, additive }, t) => {
    if (!additive || !values.length) return;
    const R = values.length;
    const C = values[0].length;
    for (let i = 0; i < R; i++) add(Array.from({ length: C - 1 }, (_, j) => [t, i, j] as Position), [[t, i, C - 1]]);
    for (let j = 0; j < C; j++) add(Array.from({ length: R - 1 }, (_, i) => [t, i, j] as Position), [[t, R - 1, j]]);
  });
  for (const l of links) add(l.left, l.right);
  if (!equations.length) return [];
  const reduced = rowReduce(equations);
  return unknowns.filter((_, n) => inRowSpace(reduced, n, unknowns.length));
}

/** Reduced row echelon form (pivot columns recorded), by Gaussian elimination. */
function rowReduce(matrix: number[][]): { rows: number[][]; pivots: number[] } {
  const m = matrix.map((row) => [...row]);
  const cols = m[0].length;
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let p = r;
    while (p < m.length && Math.abs(m[p][c]) < 1e-9) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p], m[r]];
    const lead = m[r][c];
    for (let x = c; x < cols; x++) m[r][x] /= lead;
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i][c]) < 1e-9) continue;
      const f = m[i][c];
      for (let x = c; x < cols; x++) m[i][x] -= f * m[r][x];
    }
    pivots.push(c);
    r++;
  }
  return { rows: m.slice(0, r), pivots };
}

/** Whether the unit vector of `n` lies in the row space of a reduced matrix. */
function inRowSpace({ rows, pivots }: { rows: number[][]; pivots: number[] }, n: number, size: number): boolean {
  // e_n = Σ a_r · row_r; in RREF the coefficient a_r is e_n's entry at row r's pivot: 1 if the pivot is n, else 0.
  const r = pivots.indexOf(n);
  if (r < 0) return false;
  const row = rows[r];
  for (let c = 0; c < size; c++) if (c !== n && Math.abs(row[c]) > 1e-9) return false;
  return true;
}
