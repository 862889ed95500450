import { activityWeeks, weeksOfMonth } from './weeks';

describe('activity weeks', () => {
  it('cuts a month into Monday-to-Sunday weeks clipped to the month', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    expect(weeksOfMonth('2026-12')).toEqual([
      { from: '2026-12-01', to: '2026-12-06' },
      { from: '2026-12-07', to: '2026-12-13' },
      { from: '2026-12-14', to: '2026-12-20' },
      { from: '2026-12-21', to: '2026-12-27' },
      { from: '2026-12-28', to: '2026-12-31' },
    ]);
    // February 2027 starts on a Monday: four whole weeks.
    expect(weeksOfMonth('2027-02').map((w) => w.from)).toEqual(['2027-02-01', '2027-02-08', '2027-02-15', '2027-02-22']);
    expect(weeksOfMonth('2028-02').at(-1)).toEqual({ from: '2028-02-28', to: '2028-02-29' });
  });

  it('sums day counts into their week and says unknown orientations as null', () => {
    const weeks = activityWeeks('2026-12', [{ day: '2026-12-06', n: 2 }, { day: '2026-12-07', n: 1 }], [{ day: '2026-12-31', n: 3 }], null);
    expect(weeks.map((w) => [w.situationsReceived, w.decisions, w.orientations])).toEqual([[2, 0, null], [1, 0, null], [0, 0, null], [0, 0, null], [0, 3, null]]);
    expect(activityWeeks('2026-12', [], [], [{ day: '2026-12-15', n: 4 }]).map((w) => w.orientations)).toEqual([0, 0, 4, 0, 0]);
  });
});
