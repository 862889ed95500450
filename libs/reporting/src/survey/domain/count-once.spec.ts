import fc from 'fast-check';
import { countOnce, CountedCase } from './count-once';

const c = (caseId: string, organisationId: string, personKeys: string[], accompanied = true): CountedCase => ({ caseId, organisationId, accompanied, personKeys });

describe('countOnce: each person once across organisations', () => {
  it('counts two organisations following the same person once, and says so', () => {
    const r = countOnce([c('a1', 'asso-a', ['k1', 'k2']), c('b1', 'asso-b', ['k2']), c('b2', 'asso-b', ['k9'])]);
    expect(r).toEqual({ cases: 3, persons: 2, accompaniedPersons: 2, severalOrganisations: 1, representatives: ['a1', 'b2'] });
  });

  it('joins persons transitively (an alias in a third file links the first two)', () => {
    const r = countOnce([c('x', 'o1', ['name1']), c('y', 'o2', ['name2']), c('z', 'o3', ['name1', 'name2'])]);
    expect(r.persons).toBe(1);
    expect(r.severalOrganisations).toBe(1);
  });

  it('keeps cases without a key apart (recorded without a name), and a person twice in one organisation is not « several organisations »', () => {
    const r = countOnce([c('a', 'o1', []), c('b', 'o1', []), c('d', 'o1', ['k']), c('e', 'o1', ['k'])]);
    expect(r).toMatchObject({ cases: 4, persons: 3, severalOrganisations: 0 });
  });

  it('represents a person by an accompanied case when there is one', () => {
    const r = countOnce([c('a', 'police', ['k'], false), c('b', 'asso', ['k'], true), c('c', 'police', ['j'], false)]);
    expect(r.representatives).toEqual(['b', 'c']);
    expect(r.accompaniedPersons).toBe(1);
  });

  it('counts a case listed twice once', () => {
    expect(countOnce([c('a', 'o1', ['k']), c('a', 'o1', ['k'])]).cases).toBe(1);
  });

  it('property: persons ≤ cases, equal when no key is shared; several organisations ≤ persons; order does not matter', () => {
    const arb = fc.array(fc.record({ org: fc.constantFrom('o1', 'o2', 'o3'), keys: fc.array(fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6'), { maxLength: 2 }), acc: fc.boolean() }), { maxLength: 30 });
    fc.assert(
      fc.property(arb, (rows) => {
        const cases = rows.map((r, i) => c(`c${String(i).padStart(2, '0')}`, r.org, r.keys, r.acc));
        const r = countOnce(cases);
        const reversed = countOnce([...cases].reverse());
        expect(reversed).toEqual(r);
        expect(r.persons).toBeLessThanOrEqual(r.cases);
        expect(r.severalOrganisations).toBeLessThanOrEqual(r.persons);
        expect(r.representatives).toHaveLength(r.persons);
        const distinctKeys = new Set(rows.flatMap((x) => x.keys));
        const keyed = rows.filter((x) => x.keys.length).length;
        // persons: the unkeyed cases, plus at most one per distinct key, at least one when any keyed case
        expect(r.persons).toBeLessThanOrEqual(rows.length - keyed + distinctKeys.size);
        if (rows.every((x, i) => x.keys.every((k) => rows.every((y, j) => j === i || !y.keys.includes(k))))) expect(r.persons).toBe(r.cases);
      }),
    );
  });
});
