import { onceTable } from './once-table';

const values = (t: ReturnType<typeof onceTable>) => Object.fromEntries(t.rows.map((r) => [r.code, r.cells[0].suppressed ? 's' : r.cells[0].value]));

describe('onceTable: the persons counted once, with their secret', () => {
  it('publishes every figure at or over the threshold', () => {
    expect(values(onceTable({ cases: 40, persons: 30, accompaniedPersons: 25, severalOrganisations: 8 }, 6, 5))).toEqual({
      files: 40, persons: 30, accompanied_persons: 25, several_organisations: 8, outside_mnio: 6, total: 36,
    });
  });

  it('hides a small count of persons followed by several organisations, and the files that would give it away', () => {
    const v = values(onceTable({ cases: 32, persons: 30, accompaniedPersons: 25, severalOrganisations: 2 }, 0, 5));
    expect(v.several_organisations).toBe('s');
    // files − persons = 2 would tell it: one more figure of that equation is hidden
    expect([v.files, v.persons].filter((x) => x === 's')).toHaveLength(1);
    // total = persons + outside (0): closed too when persons is hidden
    if (v.persons === 's') expect([v.total, v.outside_mnio]).toContain('s');
  });

  it('hides the persons met outside mnio when few, and what recomputes them', () => {
    const v = values(onceTable({ cases: 20, persons: 20, accompaniedPersons: 20, severalOrganisations: 0 }, 3, 5));
    expect(v.outside_mnio).toBe('s');
    expect([v.persons, v.total].filter((x) => x === 's')).toHaveLength(1);
  });

  it('suppresses nothing inside an organisation (k = 0)', () => {
    expect(values(onceTable({ cases: 2, persons: 1, accompaniedPersons: 1, severalOrganisations: 1 }, 1, 0))).toMatchObject({ several_organisations: 1, persons: 1 });
  });
});
