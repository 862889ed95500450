import { ageBand, ageFacts, ageOn } from './age';

describe('age', () => {
  const at = new Date('2026-06-15T12:00:00Z');

  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2008-06-15', at)).toBe(18);
    expect(ageOn('2008-06-16', at)).toBe(17);
    expect(ageOn('1999-04-12', at)).toBe(27);
  });

  it.each([[0, '0-12'], [12, '0-12'], [13, '13-14'], [15, '15-17'], [17, '15-17'], [18, '18-24'], [30, '25-34'], [60, '55+'], [null, 'unknown']])(
    'age %p is band %s',
    (age, band) => expect(ageBand(age as number | null)).toBe(band),
  );

  it('presumes minority when the age is uncertain, whatever the stated age', () => {
    expect(ageFacts({ estimatedAge: 19, ageUncertain: true }, at).minor).toBe(true);
    expect(ageFacts({ birthDate: '2010-01-01' }, at).minor).toBe(true);
    expect(ageFacts({ birthDate: '2000-01-01' }, at)).toEqual({ age: 26, band: '25-34', minor: false });
    expect(ageFacts({}, at)).toEqual({ age: null, band: 'unknown', minor: false });
  });
});
