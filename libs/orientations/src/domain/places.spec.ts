import { DomainError } from '@mnio/platform';
import { addMonths, placeKindFor } from './places';
import type { PlaceKind, TargetKind } from './targets';

const kind = (target: TargetKind, given: PlaceKind | undefined, sex: string) => {
  try {
    return placeKindFor(target, given, sex);
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('place kinds', () => {
  it.each([
    ['acse', undefined, 'female', 'women'],
    ['acse', undefined, 'male', 'men'],
    ['acse', undefined, 'unknown', 'PLACE_KIND_REQUIRED'],
    ['acse', 'family', 'female', 'family'],
    ['acse', 'minors', 'female', 'PLACE_KIND_INVALID'],
    ['dna', undefined, 'female', 'women'],
    ['dna', 'men', 'female', 'PLACE_KIND_INVALID'],
    ['minors_centre', undefined, 'male', 'minors'],
    ['crp', undefined, 'female', null],
    ['crp', 'women', 'female', 'PLACE_KIND_INVALID'],
  ] as [TargetKind, PlaceKind | undefined, string, string | null][])('%s, given %s, for sex %s: %s', (target, given, sex, expected) => {
    expect(kind(target, given, sex)).toBe(expected);
  });

  it('counts PSP authorisations in calendar months', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
