import { isValidSiret } from './siret';

describe('isValidSiret', () => {
  it('accepts SIRETs whose Luhn checksum holds', () => {
    expect(isValidSiret('13002526500013')).toBe(true); // DINUM
    expect(isValidSiret('11000101300017')).toBe(true);
  });
  it('refuses a changed digit, a wrong length and anything but digits', () => {
    expect(isValidSiret('13002526500014')).toBe(false);
    expect(isValidSiret('1300252650001')).toBe(false);
    expect(isValidSiret('130025265000133')).toBe(false);
    expect(isValidSiret('1300252650001A')).toBe(false);
  });
  it("counts La Poste's establishments by the sum of their digits", () => {
    expect(isValidSiret('35600000000048')).toBe(true); // the head office follows Luhn
    expect(isValidSiret('35600000049201')).toBe(true); // digits add up to 30
    expect(isValidSiret('35600000049202')).toBe(false);
  });
});
