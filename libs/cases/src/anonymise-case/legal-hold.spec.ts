import { CHILD_PROTECTION_STATES, CRIMINAL_STATES } from '../domain/tracks';
import { LEGAL_HOLDS_SQL, legalHoldsOf } from './legal-hold';

describe('legal holds', () => {
  it.each([
    ['none', 'none', []],
    ['complaint_filed', 'none', ['criminal_proceedings']],
    ['proceedings', 'none', ['criminal_proceedings']],
    ['convicted', 'none', []],
    ['no_further_action', 'none', []],
    ['none', 'placed', ['minor_protection']],
    ['none', 'ase_reception', ['minor_protection']],
    ['proceedings', 'judge_seized', ['criminal_proceedings', 'minor_protection']],
  ])('criminal %s, child protection %s → %j', (criminalStatus, childProtectionStatus, holds) => {
    expect(legalHoldsOf({ criminalStatus, childProtectionStatus })).toEqual(holds);
  });

  it('names only states the tracks know, in the SQL as in the function', () => {
    const named = [...LEGAL_HOLDS_SQL.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).filter((s) => !['criminal_proceedings', 'minor_protection'].includes(s));
    const known: string[] = [...CRIMINAL_STATES, ...CHILD_PROTECTION_STATES];
    expect(named.filter((s) => !known.includes(s))).toEqual([]);
    expect(named.length).toBe(7);
  });
});
