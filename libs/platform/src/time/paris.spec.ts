import { endOfParisDay, inParis, parisToday, PARIS_TODAY_SQL } from './paris';

describe('Paris time', () => {
  it('gives the Paris calendar day, not the UTC one', () => {
    // Winter (UTC+1): 23:30Z on 14 January is already 15 January in Paris.
    expect(parisToday(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(parisToday(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    // Summer (UTC+2): 22:30Z on 14 July is already 15 July; 21:59Z is not.
    expect(parisToday(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15');
    expect(parisToday(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
  });

  it('turns the day at midnight Paris on the days the clocks change', () => {
    // 29 March 2026: clocks go forward at 02:00 (01:00Z); midnight of the 30th is 22:00Z on the 29th.
    expect(parisToday(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(parisToday(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(parisToday(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    // 25 October 2026: clocks go back at 03:00 (01:00Z); midnight of the 26th is 23:00Z on the 25th.
    expect(parisToday(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(parisToday(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(parisToday(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('answers from the day it remembers only within that day, forwards and backwards (midnight to the millisecond)', () => {
    expect(parisToday(new Date('2026-07-15T10:00:00Z'))).toBe('2026-07-15');
    expect(parisToday(new Date('2026-07-14T21:59:59.999Z'))).toBe('2026-07-14');
    expect(parisToday(new Date('2026-07-14T22:00:00.000Z'))).toBe('2026-07-15');
    expect(parisToday(new Date('2026-07-15T21:59:59.999Z'))).toBe('2026-07-15');
    expect(parisToday(new Date('2026-07-15T22:00:00.000Z'))).toBe('2026-07-16');
    expect(parisToday(new Date('2026-07-14T21:59:59.999Z'))).toBe('2026-07-14');
    expect(parisToday(new Date('2027-07-15T10:00:00Z'))).toBe('2027-07-15');
  });

  it('ends a Paris day at 23:59:59 local time, summer and winter', () => {
    expect(endOfParisDay('2026-01-15').toISOString()).toBe('2026-01-15T22:59:59.000Z');
    expect(endOfParisDay('2026-07-15').toISOString()).toBe('2026-07-15T21:59:59.000Z');
    // The change days themselves: the day of the change already ends on the new offset.
    expect(endOfParisDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.000Z');
    expect(endOfParisDay('2026-03-28').toISOString()).toBe('2026-03-28T22:59:59.000Z');
    expect(endOfParisDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.000Z');
    expect(endOfParisDay('2026-10-24').toISOString()).toBe('2026-10-24T21:59:59.000Z');
  });

  it('round-trips: the end of a day is still that day in Paris, one second later is the next', () => {
    for (const day of ['2026-03-29', '2026-10-25', '2026-12-31', '2026-06-30']) {
      const end = endOfParisDay(day);
      expect(parisToday(end)).toBe(day);
      expect(parisToday(new Date(end.getTime() + 1000))).not.toBe(day);
    }
  });

  it('reads an instant on the Paris wall clock', () => {
    const d = inParis(new Date('2026-07-14T22:30:00Z'));
    expect([d.getDate(), d.getHours(), d.getMinutes()]).toEqual([15, 0, 30]);
    expect(inParis(new Date('2026-01-14T22:30:00Z')).getHours()).toBe(23);
  });

  it('names today in SQL with the same time zone', () => {
    expect(PARIS_TODAY_SQL).toBe(`(now() AT TIME ZONE 'Europe/Paris')::date`);
  });
});
