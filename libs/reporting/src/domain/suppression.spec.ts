import fc from 'fast-check';
import { findBridge, ReleaseLink, ReleaseTable, suppressRelease, suppressTable, Suppression, withMargins } from './suppression';

/**
 * An attacker's view: the published figures of the extended table are known, the suppressed ones are
 * unknowns; each extended row and column is an equation. A suppressed cell is recoverable when its unit
 * vector lies in the row space of the equations (by Gaussian elimination, independent of the graph method).
 */
function recoverable(marks: Suppression[][]): [number, number][] {
  const R = marks.length;
  const C = marks[0].length;
  const unknowns: [number, number][] = [];
  marks.forEach((row, i) => row.forEach((m, j) => m && unknowns.push([i, j])));
  const index = new Map(unknowns.map(([i, j], n) => [`${i},${j}`, n]));
  const equations: number[][] = [];
  const line = (cells: [number, number][], total: [number, number]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (const [i, j] of cells) if (index.has(`${i},${j}`)) eq[index.get(`${i},${j}`)!] += 1;
    if (index.has(`${total[0]},${total[1]}`)) eq[index.get(`${total[0]},${total[1]}`)!] -= 1;
    equations.push(eq);
  };
  for (let i = 0; i < R; i++) line(Array.from({ length: C - 1 }, (_, j) => [i, j] as [number, number]), [i, C - 1]);
  for (let j = 0; j < C; j++) line(Array.from({ length: R - 1 }, (_, i) => [i, j] as [number, number]), [R - 1, j]);
  const base = rank(equations);
  return unknowns.filter((_, n) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[n] = 1;
    return rank([...equations, unit]) === base;
  });
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let p = r;
    while (p < m.length && Math.abs(m[p][c]) < 1e-9) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i][c]) < 1e-9) continue;
      const f = m[i][c] / m[r][c];
      for (let k = c; k < cols; k++) m[i][k] -= f * m[r][k];
    }
    r++;
  }
  return r;
}

const table = (maxRows: number, maxCols: number, maxValue: number) =>
  fc.integer({ min: 1, max: maxRows }).chain((r) =>
    fc.integer({ min: 1, max: maxCols }).chain((c) => fc.array(fc.array(fc.integer({ min: 0, max: maxValue }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r })),
  );

describe('small-cell suppression', () => {
  it('suppresses every cell and margin between 1 and k-1, publishes zeros and cells of k or more as they are', () => {
    const { values, marks } = suppressTable([[0, 3, 12], [7, 20, 30]], 5);
    expect(values).toEqual([[0, 3, 12, 15], [7, 20, 30, 57], [7, 23, 42, 72]]);
    expect(marks[0][1]).toBe('primary');
    expect(marks[0][0]).not.toBe('primary');
    expect(marks[2][3]).toBeNull();
  });

  it('hides a second cell of the row and column of a lone small cell (complementary suppression)', () => {
    const { marks } = suppressTable([[3, 40], [50, 60]], 5);
    expect(marks[0][0]).toBe('primary');
    expect(marks.flat().filter((m) => m === 'complementary').length).toBeGreaterThanOrEqual(3);
    expect(recoverable(marks)).toEqual([]);
  });

  it('property: over random tables, no suppressed cell can be derived from the published cells and margins', () => {
    fc.assert(
      fc.property(table(6, 6, 30), fc.integer({ min: 2, max: 11 }), (cells, k) => {
        const { values, marks } = suppressTable(cells, k);
        // every small non-zero figure is hidden
        values.forEach((row, i) => row.forEach((v, j) => v > 0 && v < k && expect(marks[i][j]).toBe('primary')));
        expect(recoverable(marks)).toEqual([]);
        expect(findBridge(marks)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('exhaustive: every 2 × 2 table of values 0–6 and every 1 × 3 and 3 × 1 table of 0–6, at k = 5', () => {
    const V = [0, 1, 2, 3, 4, 5, 6];
    let checked = 0;
    for (const a of V) for (const b of V) for (const c of V) {
      for (const d of V) {
        const { marks } = suppressTable([[a, b], [c, d]], 5);
        expect(recoverable(marks)).toEqual([]);
        checked++;
      }
      expect(recoverable(suppressTable([[a, b, c]], 5).marks)).toEqual([]);
      expect(recoverable(suppressTable([[a], [b], [c]], 5).marks)).toEqual([]);
      checked += 2;
    }
    expect(checked).toBe(7 ** 4 + 2 * 7 ** 3);
  });

  it('the attacker model finds a lone suppressed cell (the test can fail)', () => {
    const marks: Suppression[][] = withMargins([[3, 40], [50, 60]]).map((row) => row.map(() => null));
    marks[0][0] = 'primary';
    expect(recoverable(marks)).toEqual([[0, 0]]);
    expect(findBridge(marks)).toEqual([0, 0]);
  });
});

/** The attacker over a whole release (independent of the production code: rank by `rank` above): every table's lines and every link. */
function releaseRecoverable(tables: ReleaseTable[], marks: Suppression[][][], links: ReleaseLink[]): string[] {
  const unknowns: string[] = [];
  marks.forEach((m, t) => m.forEach((row, i) => row.forEach((x, j) => x && unknowns.push(`${t},${i},${j}`))));
  const equations: number[][] = [];
  const add = (plus: number[][], minus: number[][]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (const p of plus) if (unknowns.includes(p.join(','))) eq[unknowns.indexOf(p.join(','))] += 1;
    for (const p of minus) if (unknowns.includes(p.join(','))) eq[unknowns.indexOf(p.join(','))] -= 1;
    equations.push(eq);
  };
  tables.forEach(({ values }, t) => {
    const R = values.length;
    const C = values[0].length;
    for (let i = 0; i < R; i++) add(Array.from({ length: C - 1 }, (_, j) => [t, i, j]), [[t, i, C - 1]]);
    for (let j = 0; j < C; j++) add(Array.from({ length: R - 1 }, (_, i) => [t, i, j]), [[t, R - 1, j]]);
  });
  for (const l of links) add(l.left, l.right);
  const base = rank(equations);
  return unknowns.filter((_, n) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[n] = 1;
    return rank([...equations, unit]) === base;
  });
}

describe('suppression across the tables of a release', () => {
  const k = 5;
  /**
   * Two tables of the same persons (as the survey's by sex and by age group): each a breakdown with its margins,
   * sharing the grand total, optionally their column totals too (the same columns, e.g. the EU tables' statuses).
   */
  const pair = fc.integer({ min: 1, max: 3 }).chain((c) =>
    fc.tuple(
      fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: c, maxLength: c }), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 1, max: 4 }),
      fc.boolean(),
      fc.integer({ min: 0, max: 1_000_000 }),
    ).map(([a, rowsB, shareColumns, seed]) => {
      // a second breakdown of the same column totals: spread each column of A over rowsB rows (deterministic by seed)
      const totals = withMargins(a)[a.length];
      const b = Array.from({ length: rowsB }, () => new Array<number>(c).fill(0));
      let s = seed;
      for (let j = 0; j < c; j++) {
        for (let n = 0; n < totals[j]; n++) {
          s = (s * 1103515245 + 12345) % 2147483648;
          b[s % rowsB][j] += 1;
        }
      }
      return { a, b, c, shareColumns };
    }),
  );

  const links = (a: number[][], b: number[][], c: number, shareColumns: boolean): ReleaseLink[] => {
    const ra = a.length;
    const rb = b.length;
    const out: ReleaseLink[] = [{ left: [[0, ra, c]], right: [[1, rb, c]] }];
    if (shareColumns) for (let j = 0; j < c; j++) out.push({ left: [[0, ra, j]], right: [[1, rb, j]] });
    return out;
  };

  it('never lets a suppressed figure be recomputed from the published figures of both tables together (property)', () => {
    fc.assert(
      fc.property(pair, ({ a, b, c, shareColumns }) => {
        const tables: ReleaseTable[] = [{ values: withMargins(a), additive: true }, { values: withMargins(b), additive: true }];
        const l = links(a, b, c, shareColumns);
        const marks = suppressRelease(tables, l, k);
        // every small figure is hidden, and nothing hidden can be derived across the two tables
        tables.forEach((t, n) => t.values.forEach((row, i) => row.forEach((v, j) => v > 0 && v < k && expect(marks[n][i][j]).toBeTruthy())));
        expect(releaseRecoverable(tables, marks, l)).toEqual([]);
        // a shared figure is published in both tables or in neither
        for (const { left, right } of l) expect(!!marks[left[0][0]][left[0][1]][left[0][2]]).toBe(!!marks[right[0][0]][right[0][1]][right[0][2]]);
      }),
      { numRuns: 300 },
    );
  });

  it('closes the leak that protecting each table on its own leaves: an age band recomputed from the count of minors (the test can fail)', () => {
    // by age group: 0–12: 3, 13–14: 0, 15–17: 10, 18–24: 2, 25–34: 20; by minor / adult: 13 and 22. Each protected on its own hides
    // 3 and 2 in the first and nothing in the second: but 13 minors = 3 + 0 + 10 gives the 3 away.
    const byAge = [[3], [0], [10], [2], [20]];
    const byMinor = [[13], [22]];
    const tables: ReleaseTable[] = [{ values: withMargins(byAge), additive: true }, { values: withMargins(byMinor), additive: true }];
    const l: ReleaseLink[] = [
      { left: [[0, 0, 0], [0, 1, 0], [0, 2, 0]], right: [[1, 0, 0]] },
      { left: [[0, 3, 0], [0, 4, 0]], right: [[1, 1, 0]] },
      { left: [[0, 5, 1]], right: [[1, 2, 1]] },
    ];
    const apart = [suppressTable(byAge, k).marks, suppressTable(byMinor, k).marks];
    expect(releaseRecoverable(tables, apart, l)).toContain('0,0,0');
    const together = suppressRelease(tables, l, k);
    expect(releaseRecoverable(tables, together, l)).toEqual([]);
    expect(together[0][0][0]).toBeTruthy();
    expect(together[0][3][0]).toBeTruthy();
  });

  it('never lets a figure be recomputed through a hierarchy of two tables (age groups and minors, property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 4, maxLength: 6 }), fc.integer({ min: 1, max: 3 }), (bands, minorBands) => {
        const byAge = bands.map((v) => [v]);
        const minors = bands.slice(0, minorBands).reduce((x, y) => x + y, 0);
        const byMinor = [[minors], [bands.reduce((x, y) => x + y, 0) - minors]];
        const n = bands.length;
        const tables: ReleaseTable[] = [{ values: withMargins(byAge), additive: true }, { values: withMargins(byMinor), additive: true }];
        const l: ReleaseLink[] = [
          { left: Array.from({ length: minorBands }, (_, i) => [0, i, 0] as [number, number, number]), right: [[1, 0, 0]] },
          { left: Array.from({ length: n - minorBands }, (_, i) => [0, minorBands + i, 0] as [number, number, number]), right: [[1, 1, 0]] },
          { left: [[0, n, 1]], right: [[1, 2, 1]] },
        ];
        const marks = suppressRelease(tables, l, k);
        expect(releaseRecoverable(tables, marks, l)).toEqual([]);
        tables.forEach((t, x) => t.values.forEach((row, i) => row.forEach((v, j) => v > 0 && v < k && expect(marks[x][i][j]).toBeTruthy())));
      }),
      { numRuns: 300 },
    );
  });
});
