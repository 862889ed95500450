import { describe, expect, it } from 'vitest';
import { addDays, thisYearInParis, todayInParis } from './dates';

describe('days and years in Paris', () => {
  it('counts the day as France does, summer time included', () => {
    expect(todayInParis(new Date('2026-07-14T21:59:00Z'))).toBe('2026-07-14');
    expect(todayInParis(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(todayInParis(new Date('2026-01-14T22:59:00Z'))).toBe('2026-01-14');
    expect(todayInParis(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
  });

  it('is already next year in Paris on 31 December late in the evening (UTC)', () => {
    expect(thisYearInParis(new Date('2026-12-31T22:59:00Z'))).toBe(2026);
    expect(thisYearInParis(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
  });
});

describe('adding days to a calendar day', () => {
  it('crosses months, years and leap days without a time zone', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });
});
