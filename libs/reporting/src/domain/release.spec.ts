import fc from 'fast-check';
import { buildActivity, buildEu, buildSurvey } from './reports';
import { ReleaseLink, ReleaseTable, suppressRelease, withMargins } from './suppression';
import type { DimCount, ReportTable } from './tables';

/**
 * Suppression across a release (issue 13 §3), checked by an attacker written here, independent of the production
 * code: it knows every published figure and the relations that are TRUE of the data by construction (each table's
 * rows and columns sum to their totals; the same persons counted in two tables), and solves for the suppressed
 * figures by Gaussian elimination. A suppressed figure is derivable when its unit vector is in the row space of the
 * relations once the published figures are moved to the constants.
 */
type Term = [key: string, coefficient: number];

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
      for (let x = c; x < cols; x++) m[i][x] -= f * m[r][x];
    }
    r++;
  }
  return r;
}

/** The suppressed figures (`hidden`) an attacker recomputes from `relations` (each a sum of terms equal to 0). */
function derivable(hidden: Set<string>, relations: Term[][]): string[] {
  const unknowns = [...hidden];
  const index = new Map(unknowns.map((u, n) => [u, n]));
  const equations = relations.map((terms) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (const [key, coef] of terms) if (index.has(key)) eq[index.get(key)!] += coef;
    return eq;
  }).filter((eq) => eq.some((x) => x !== 0));
  if (!equations.length) return [];
  const base = rank(equations);
  return unknowns.filter((_, n) => {
    const unit = new Array<number>(unknowns.length).fill(0);
    unit[n] = 1;
    return rank([...equations, unit]) === base;
  });
}

/** Keys of a report table's figures: `table|row|column` (`total` for the margins). */
const fkey = (table: string, row: string, col: string) => `${table}|${row}|${col}`;

/** The suppressed figures of published tables, and each additive table's own relations (rows and columns to their totals). */
function published(tables: ReportTable[], prefix = ''): { hidden: Set<string>; relations: Term[][]; value: Map<string, number | null> } {
  const hidden = new Set<string>();
  const relations: Term[][] = [];
  const value = new Map<string, number | null>();
  for (const t of tables) {
    const name = prefix + t.key;
    t.rows.forEach((r) => r.cells.forEach((f, j) => {
      value.set(fkey(name, r.code, t.columns[j]), f.value);
      if (f.suppressed) hidden.add(fkey(name, r.code, t.columns[j]));
      if (f.suppressed) expect(f.value).toBeNull();
    }));
    if (!t.additive || !t.totals) continue;
    t.rows.forEach((r) => {
      value.set(fkey(name, r.code, 'total'), r.total!.value);
      if (r.total!.suppressed) hidden.add(fkey(name, r.code, 'total'));
      relations.push([...t.columns.map((c): Term => [fkey(name, r.code, c), 1]), [fkey(name, r.code, 'total'), -1]]);
    });
    t.totals.cells.forEach((f, j) => {
      value.set(fkey(name, 'total', t.columns[j]), f.value);
      if (f.suppressed) hidden.add(fkey(name, 'total', t.columns[j]));
      relations.push([...t.rows.map((r): Term => [fkey(name, r.code, t.columns[j]), 1]), [fkey(name, 'total', t.columns[j]), -1]]);
    });
    value.set(fkey(name, 'total', 'total'), t.totals.total.value);
    if (t.totals.total.suppressed) hidden.add(fkey(name, 'total', 'total'));
    relations.push([...t.rows.map((r): Term => [fkey(name, r.code, 'total'), 1]), [fkey(name, 'total', 'total'), -1]]);
  }
  return { hidden, relations, value };
}

// ---------------------------------------------------------------------------------------------------------------
// The annual survey: accompanied persons generated one by one; the tables built and protected by the production code

const SEXES = ['female', 'male', 'unknown'];
const BANDS = ['0-12', '13-14', '15-17', '18-24', '25-34', 'unknown'];
const MINOR_BANDS = new Set(['0-12', '13-14', '15-17']);
const NATIONALITIES = ['FR', 'NG', 'RO', 'CN', 'AL'];
const REGION_OF: Record<string, string> = { FR: 'france', NG: 'sub_saharan_africa', RO: 'european_union', CN: 'asia', AL: 'europe_other' };

const person = fc.record({
  sex: fc.constantFrom(...SEXES),
  band: fc.constantFrom(...BANDS),
  nationality: fc.constantFrom(...NATIONALITIES),
  complaint: fc.boolean(),
  unaccompanied: fc.constantFrom(true, false, null),
});
type Person = { sex: string; band: string; nationality: string; complaint: boolean; unaccompanied: boolean | null };

/** The survey's counts of these accompanied persons, as the read model's query returns them. */
function surveyCounts(people: Person[], spottedOnly: number): DimCount[] {
  const out: DimCount[] = [];
  const count = (dim: string, code: (p: Person) => string, who = people) => {
    const by = new Map<string, number>();
    for (const p of who) by.set(code(p), (by.get(code(p)) ?? 0) + 1);
    for (const [c, n] of by) out.push({ dim, code: c, col: 'count', n });
  };
  out.push({ dim: 'summary', code: 'spotted', col: 'count', n: people.length + spottedOnly }, { dim: 'summary', code: 'accompanied', col: 'count', n: people.length });
  count('sex', (p) => p.sex);
  count('age_band', (p) => p.band);
  count('minor', (p) => (MINOR_BANDS.has(p.band) ? 'minor' : 'adult'));
  count('unaccompanied', (p) => (p.unaccompanied === true ? 'unaccompanied' : p.unaccompanied === false ? 'with_guardian' : 'unknown'), people.filter((p) => MINOR_BANDS.has(p.band)));
  count('nationality', (p) => p.nationality);
  count('world_region', (p) => REGION_OF[p.nationality]);
  count('place', () => 'france');
  count('complaint', (p) => (p.complaint ? 'yes' : 'no'));
  return out;
}

/** What is true of the survey whatever the data: every breakdown counts the accompanied; the minors three ways; FR is France. */
function surveyRelations(tables: ReportTable[]): Term[][] {
  const has = (key: string, row: string) => tables.find((t) => t.key === key)?.rows.some((r) => r.code === row) ?? false;
  const accompanied = fkey('survey.summary', 'accompanied', 'count');
  const rel: Term[][] = ['by_sex', 'by_age', 'by_minor', 'by_nationality', 'by_world_region', 'by_place', 'by_complaint'].map((b) => [
    [accompanied, 1], [fkey(`survey.${b}`, 'total', 'count'), -1],
  ]);
  const minors = fkey('survey.by_minor', 'minor', 'count');
  rel.push([...[...MINOR_BANDS].map((b): Term => [fkey('survey.by_age', b, 'count'), 1]), [minors, -1]]);
  rel.push([[fkey('survey.by_unaccompanied', 'total', 'count'), 1], [minors, -1]]);
  if (has('survey.by_nationality', 'FR')) rel.push([[fkey('survey.by_nationality', 'FR', 'count'), 1], [fkey('survey.by_world_region', 'france', 'count'), -1]]);
  return rel;
}

describe('the annual survey protected as one release (property, independent attacker)', () => {
  it.each([5, 11])('no suppressed figure of any table can be recomputed from the published figures of the whole survey (k = %i)', (k) => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 0, maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (people, spottedOnly) => {
        const tables = buildSurvey(surveyCounts(people, spottedOnly), k);
        const { hidden, relations } = published(tables);
        expect(derivable(hidden, [...relations, ...surveyRelations(tables)])).toEqual([]);
        // every figure from 1 to k − 1 is hidden; a hidden figure is never published as 0
        for (const t of tables) for (const r of t.rows) for (const f of [...r.cells, r.total]) if (f && f.value !== null) expect(f.value === 0 || f.value >= k).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('hides the unaccompanied minors with the minors they belong to: 2 unaccompanied of 12 minors (the test can fail)', () => {
    const people: Person[] = [
      ...Array.from({ length: 2 }, (): Person => ({ sex: 'female', band: '15-17', nationality: 'NG', complaint: false, unaccompanied: true })),
      ...Array.from({ length: 10 }, (): Person => ({ sex: 'female', band: '15-17', nationality: 'NG', complaint: false, unaccompanied: false })),
      ...Array.from({ length: 30 }, (): Person => ({ sex: 'female', band: '25-34', nationality: 'NG', complaint: true, unaccompanied: null })),
    ];
    const tables = buildSurvey(surveyCounts(people, 0), 5);
    const un = tables.find((t) => t.key === 'survey.by_unaccompanied')!;
    expect(un.rows.map((r) => r.code)).toEqual(['unaccompanied', 'with_guardian']);
    expect(un.rows[0].cells[0]).toEqual({ value: null, suppressed: true });
    // 12 minors published in by_minor would give 12 − 10 = 2: either the 10 or the 12 is hidden too
    const minors = tables.find((t) => t.key === 'survey.by_minor')!.rows.find((r) => r.code === 'minor')!.cells[0];
    expect(un.rows[1].cells[0].suppressed || minors.suppressed).toBe(true);
    const { hidden, relations } = published(tables);
    expect(derivable(hidden, [...relations, ...surveyRelations(tables)])).toEqual([]);
  });

  it('the attacker finds the 2 unaccompanied minors when the unaccompanied table is protected alone (the test can fail)', () => {
    const un: ReportTable = {
      key: 'survey.by_unaccompanied', rowDimension: 'unaccompanied', columns: ['count'], additive: true,
      rows: [{ code: 'unaccompanied', cells: [{ value: null, suppressed: true }], total: { value: null, suppressed: true } },
        { code: 'with_guardian', cells: [{ value: 10, suppressed: false }], total: { value: 10, suppressed: false } }],
      totals: { cells: [{ value: null, suppressed: true }], total: { value: null, suppressed: true } },
    };
    const minor: ReportTable = {
      key: 'survey.by_minor', rowDimension: 'minor', columns: ['count'], additive: true,
      rows: [{ code: 'minor', cells: [{ value: 12, suppressed: false }], total: { value: 12, suppressed: false } }], totals: { cells: [{ value: 12, suppressed: false }], total: { value: 12, suppressed: false } },
    };
    const { hidden, relations } = published([un, minor]);
    const link: Term[] = [[fkey('survey.by_unaccompanied', 'total', 'count'), 1], [fkey('survey.by_minor', 'minor', 'count'), -1]];
    expect(derivable(hidden, [...relations, link])).toContain(fkey('survey.by_unaccompanied', 'unaccompanied', 'count'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The EU / GRETA tables: registered victims generated one by one; the tables built and protected by the production code

const registered = fc.record({
  sex: fc.constantFrom('female', 'male', 'other_unknown'),
  child: fc.boolean(),
  citizenship: fc.constantFrom('france', 'other_eu', 'non_eu', 'unknown'),
  status: fc.constantFrom('formally_identified', 'presumed_victim'),
  unaccompanied: fc.constantFrom(true, false, null),
});
type Registered = { sex: string; child: boolean; citizenship: string; status: string; unaccompanied: boolean | null };

/** The EU counts of these registered victims, as the read model's query returns them. */
function euCounts(people: Registered[]): DimCount[] {
  const by = new Map<string, number>();
  const add = (dim: string, code: string, col: string) => by.set(`${dim}|${code}|${col}`, (by.get(`${dim}|${code}|${col}`) ?? 0) + 1);
  for (const p of people) {
    add('sex', p.sex, p.status);
    add('age', p.child ? 'child' : 'adult', p.status);
    add('citizenship', p.citizenship, p.status);
    add('form', 'sexual_exploitation', p.status);
    if (p.child) add('unaccompanied', p.unaccompanied === true ? 'unaccompanied' : p.unaccompanied === false ? 'with_guardian' : 'unknown', p.status);
  }
  return [...by].map(([key, n]) => {
    const [dim, code, col] = key.split('|');
    return { dim, code, col, n };
  });
}

/** True of the EU tables whatever the data: by sex, age and citizenship count the same persons; the unaccompanied table counts the children. */
function euRelations(): Term[][] {
  const cols = ['formally_identified', 'presumed_victim', 'total'];
  return cols.flatMap((col) => [
    ...['eu.by_age', 'eu.by_citizenship'].map((t): Term[] => [[fkey('eu.by_sex', 'total', col), 1], [fkey(t, 'total', col), -1]]),
    [[fkey('eu.by_unaccompanied', 'total', col), 1], [fkey('eu.by_age', 'child', col), -1]],
  ]);
}

describe('the EU / GRETA tables protected as one release (property, independent attacker)', () => {
  it.each([5, 11])('no suppressed figure, unaccompanied minors included, can be recomputed from the published figures (k = %i)', (k) => {
    fc.assert(
      fc.property(fc.array(registered, { maxLength: 60 }), (people) => {
        const tables = buildEu(euCounts(people), k);
        const { hidden, relations } = published(tables);
        expect(derivable(hidden, [...relations, ...euRelations()])).toEqual([]);
        for (const t of tables) for (const r of t.rows) for (const f of [...r.cells, r.total]) if (f && f.value !== null) expect(f.value === 0 || f.value >= k).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('counts the registered minors unaccompanied, and hides 2 of 12 with the children they belong to (the test can fail)', () => {
    const child = (unaccompanied: boolean | null): Registered => ({ sex: 'female', child: true, citizenship: 'non_eu', status: 'presumed_victim', unaccompanied });
    const people = [...Array.from({ length: 2 }, () => child(true)), ...Array.from({ length: 10 }, () => child(false)),
      ...Array.from({ length: 30 }, (): Registered => ({ sex: 'female', child: false, citizenship: 'non_eu', status: 'presumed_victim', unaccompanied: null }))];
    const tables = buildEu(euCounts(people), 5);
    const un = tables.find((t) => t.key === 'eu.by_unaccompanied')!;
    expect(un.columns).toEqual(['formally_identified', 'presumed_victim']);
    expect(un.rows.map((r) => r.code)).toEqual(['unaccompanied', 'with_guardian']);
    expect(un.rows[0].cells[1]).toEqual({ value: null, suppressed: true });
    // 12 children published in by_age would give 12 − 10 = 2: the 10 or the 12 is hidden too
    const children = tables.find((t) => t.key === 'eu.by_age')!.rows.find((r) => r.code === 'child')!.cells[1];
    expect(un.rows[1].cells[1].suppressed || children.suppressed).toBe(true);
    const { hidden, relations } = published(tables);
    expect(derivable(hidden, [...relations, ...euRelations()])).toEqual([]);
    // a protection safe for the table alone (the 2, its row total and the column's total hidden) but not beside the 12 children of
    // by_age: the attacker recomputes the 2 through the link (the test can fail)
    const S = { value: null, suppressed: true };
    const P = (value: number) => ({ value, suppressed: false });
    const alone: ReportTable = {
      key: 'eu.by_unaccompanied', rowDimension: 'unaccompanied', columns: ['formally_identified', 'presumed_victim'], additive: true,
      rows: [{ code: 'unaccompanied', cells: [P(0), S], total: S }, { code: 'with_guardian', cells: [P(0), P(10)], total: P(10) }],
      totals: { cells: [P(0), S], total: S },
    };
    const own = published([alone]);
    expect(derivable(own.hidden, own.relations)).toEqual([]);
    const age: ReportTable = {
      key: 'eu.by_age', rowDimension: 'age', columns: ['formally_identified', 'presumed_victim'], additive: true,
      rows: [{ code: 'child', cells: [P(0), P(12)], total: P(12) }, { code: 'adult', cells: [P(0), P(30)], total: P(30) }],
      totals: { cells: [P(0), P(42)], total: P(42) },
    };
    const a = published([alone, age]);
    const link = ['formally_identified', 'presumed_victim', 'total'].map((col): Term[] => [[fkey('eu.by_unaccompanied', 'total', col), 1], [fkey('eu.by_age', 'child', col), -1]]);
    expect(derivable(a.hidden, [...a.relations, ...link])).toContain(fkey('eu.by_unaccompanied', 'unaccompanied', 'presumed_victim'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Random linked tables: breakdowns of one population, one of them a coarsening of another (a hierarchy)

/**
 * Persons with a fine category a, another category b and a column c. Tables: A = a × c, B = b × c, G = group(a) × c
 * where group merges rows of A (as nationality → world region, age band → minor). Links, all true by construction:
 * the same column totals and grand total in the three tables; each row of G (each of its cells and its total) is
 * the sum of its rows of A.
 */
const linked = fc.record({
  ra: fc.integer({ min: 2, max: 5 }),
  rb: fc.integer({ min: 1, max: 3 }),
  cols: fc.integer({ min: 1, max: 2 }),
  groups: fc.integer({ min: 1, max: 3 }),
  people: fc.array(fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)), { maxLength: 50 }),
  k: fc.integer({ min: 2, max: 11 }),
});

function linkedRelease({ ra, rb, cols, groups, people }: { ra: number; rb: number; cols: number; groups: number; people: [number, number, number][] }) {
  const group = (a: number) => a % groups;
  const A = Array.from({ length: ra }, () => new Array<number>(cols).fill(0));
  const B = Array.from({ length: rb }, () => new Array<number>(cols).fill(0));
  const G = Array.from({ length: groups }, () => new Array<number>(cols).fill(0));
  for (const [x, y, z] of people) {
    const a = x % ra;
    A[a][z % cols] += 1;
    B[y % rb][z % cols] += 1;
    G[group(a)][z % cols] += 1;
  }
  const tables: ReleaseTable[] = [A, B, G].map((t) => ({ values: withMargins(t), additive: true }));
  const links: ReleaseLink[] = [];
  for (let j = 0; j <= cols; j++) {
    links.push({ left: [[0, ra, j]], right: [[1, rb, j]] }, { left: [[0, ra, j]], right: [[2, groups, j]] });
    for (let g = 0; g < groups; g++) {
      links.push({ left: Array.from({ length: ra }, (_, a) => a).filter((a) => group(a) === g).map((a): [number, number, number] => [0, a, j]), right: [[2, g, j]] });
    }
  }
  return { tables, links };
}

/** The attacker over a release of extended grids: each table's lines and each link. */
function gridDerivable(tables: ReleaseTable[], marks: unknown[][][], links: ReleaseLink[]): string[] {
  const hidden = new Set<string>();
  marks.forEach((m, t) => m.forEach((row, i) => row.forEach((x, j) => x && hidden.add(`${t},${i},${j}`))));
  const relations: Term[][] = [];
  tables.forEach(({ values }, t) => {
    const R = values.length;
    const C = values[0].length;
    for (let i = 0; i < R; i++) relations.push([...Array.from({ length: C - 1 }, (_, j): Term => [`${t},${i},${j}`, 1]), [`${t},${i},${C - 1}`, -1]]);
    for (let j = 0; j < C; j++) relations.push([...Array.from({ length: R - 1 }, (_, i): Term => [`${t},${i},${j}`, 1]), [`${t},${R - 1},${j}`, -1]]);
  });
  for (const l of links) relations.push([...l.left.map((p): Term => [p.join(','), 1]), ...l.right.map((p): Term => [p.join(','), -1])]);
  return derivable(hidden, relations);
}

type Linked = { ra: number; rb: number; cols: number; groups: number; people: [number, number, number][]; k: number };

/** Counterexamples the property once found (kept as fixed examples: each failed before its fix). */
const FOUND: Linked[] = [
  // G's group 1 (A's rows 1 and 3) hidden with 0 in column 0 while A published both its zeros there: 0 + 0 = 0
  // recomputed it across the tables (seed -696292409, run 381 of 4000); every figure on its row and column was
  // hidden already, so the old widening (its row, then its column) gave up.
  { ra: 5, rb: 1, cols: 2, groups: 2, people: [[0, 0, 9], [64, 0, 0], [0, 0, 0], [13, 0, 63], [2, 0, 3], [0, 0, 15], [0, 0, 0]], k: 3 },
];

function checkLinked(x: Linked): void {
  const { tables, links } = linkedRelease(x);
  const marks = suppressRelease(tables, links, x.k);
  expect(gridDerivable(tables, marks, links)).toEqual([]);
  tables.forEach((t, n) => t.values.forEach((row, i) => row.forEach((v, j) => v > 0 && v < x.k && expect(marks[n][i][j]).toBeTruthy())));
}

describe('random linked tables (property)', () => {
  it('no suppressed figure is derivable by subtraction from any published margin across the linked tables', () => {
    // Checked locally with numRuns 20,000 under several seeds; 250 keeps the suite fast.
    fc.assert(fc.property(linked, checkLinked), { numRuns: 250, examples: FOUND.map((x) => [x]) });
  });

  it.each(FOUND.map((x, n) => [n, x] as const))('the counterexample %i found by the property stays protected', (_, x) => {
    checkLinked(x);
  });

  it('the attacker recomputes the counterexample\'s hidden zero when the tables are widened along its row and column only (the test can fail)', () => {
    const x = FOUND[0];
    const { tables, links } = linkedRelease(x);
    // the marks the former algorithm returned: G's group 1 × column 0 hidden, its row and column all hidden
    const P = 'primary';
    const C = 'complementary';
    const _ = null;
    const marks = [
      [[P, P, _], [_, _, _], [_, P, P], [_, P, P], [P, _, P], [C, C, _]],
      [[C, C, _], [C, C, _]],
      [[C, _, C], [C, P, P], [C, C, _]],
    ];
    expect(gridDerivable(tables, marks, links)).toEqual(['2,1,0']);
  });

  it('a group no row of the finer table belongs to is 0 by construction: never hidden as a complementary figure', () => {
    // ra = 2, groups = 3: G's group 2 is always empty, whatever the data
    const x: Linked = { ra: 2, rb: 2, cols: 2, groups: 3, people: [[0, 0, 0], [0, 1, 0], [1, 0, 1], [1, 1, 1], [0, 0, 1], [1, 1, 0], [0, 1, 1]], k: 3 };
    const { tables, links } = linkedRelease(x);
    const marks = suppressRelease(tables, links, x.k);
    expect(marks[2][2]).toEqual([null, null, null]);
    checkLinked(x);
  });
});

describe('small linked tables (exhaustive)', () => {
  it('every pair of one-column tables of 0–6 sharing their total, and every hierarchy of three rows merged into two', () => {
    let checked = 0;
    const k = 5;
    for (let a1 = 0; a1 <= 6; a1++) for (let a2 = 0; a2 <= 6; a2++) for (let b1 = 0; b1 <= 6; b1++) {
      const b2 = a1 + a2 - b1;
      if (b2 < 0 || b2 > 6) continue;
      const tables: ReleaseTable[] = [{ values: withMargins([[a1], [a2]]), additive: true }, { values: withMargins([[b1], [b2]]), additive: true }];
      const links: ReleaseLink[] = [{ left: [[0, 2, 0]], right: [[1, 2, 0]] }];
      const marks = suppressRelease(tables, links, k);
      expect(gridDerivable(tables, marks, links)).toEqual([]);
      checked++;
    }
    for (let x = 0; x <= 6; x++) for (let y = 0; y <= 6; y++) for (let z = 0; z <= 6; z++) {
      // A: x, y, z; G: x + y, z (as the minors' age groups and the minors)
      const tables: ReleaseTable[] = [{ values: withMargins([[x], [y], [z]]), additive: true }, { values: withMargins([[x + y], [z]]), additive: true }];
      const links: ReleaseLink[] = [{ left: [[0, 0, 0], [0, 1, 0]], right: [[1, 0, 0]] }, { left: [[0, 2, 0]], right: [[1, 1, 0]] }, { left: [[0, 3, 0]], right: [[1, 2, 0]] }];
      const marks = suppressRelease(tables, links, k);
      expect(gridDerivable(tables, marks, links)).toEqual([]);
      for (const [t, i] of [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1]]) {
        const v = tables[t].values[i][0];
        if (v > 0 && v < k) expect(marks[t][i][0]).toBeTruthy();
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The current period and the previous one, published together (activity, capacity)

describe('the current and the previous period in one release', () => {
  /** A period's counts, consistent as the read model's are: the refusals by reason are the refused orientations. */
  const counts = fc
    .record({
      decisions: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 2, maxLength: 2 }),
      targets: fc.array(fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 2 }),
      split: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ decisions, targets, split }): DimCount[] => {
      const refused = targets.reduce((x, t) => x + t[2], 0);
      const noPlace = Math.round(refused * split);
      return [
        ...['review_done', 'close'].map((code, i) => ({ dim: 'decision', code, col: 'count', n: decisions[i] })),
        ...['acse', 'dna'].flatMap((code, i) => ['pending', 'admitted', 'refused'].map((col, j) => ({ dim: 'target', code, col, n: targets[i][j] }))),
        { dim: 'refusal', code: 'no_place', col: 'count', n: noPlace }, { dim: 'refusal', code: 'no_danger', col: 'count', n: refused - noPlace },
      ].filter((c) => c.n > 0);
    });

  it('no figure of either period is derivable from the figures of both: they count different events, and share no margin (property)', () => {
    fc.assert(
      fc.property(counts, counts, (now, before) => {
        const current = buildActivity(now, [], 5);
        const previous = buildActivity(before, [], 5);
        const a = published(current.filter((t) => t.rowDimension !== 'delay'));
        const b = published(previous.filter((t) => t.rowDimension !== 'delay'), 'previous:');
        // the refusals by reason are the refused orientations, in each period
        const links: Term[][] = ['', 'previous:'].map((p) => [[fkey(`${p}activity.orientations`, 'total', 'refused'), 1], [fkey(`${p}activity.refusals`, 'total', 'count'), -1]]);
        expect(derivable(new Set([...a.hidden, ...b.hidden]), [...a.relations, ...b.relations, ...links])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
