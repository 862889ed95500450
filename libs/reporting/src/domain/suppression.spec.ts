import fc from 'fast-check';
import { findBridge, suppressTable, Suppression, withMargins } from './suppression';

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
