import { crossedThresholds, lookaheadMs, parseThresholds } from './reminder-thresholds';

const DAY = 86_400_000;
const due = new Date('2026-03-10T09:00:00Z');
const at = (msBefore: number) => new Date(due.getTime() - msBefore);
const defaults = parseThresholds('7d,1d,overdue');

describe('reminder thresholds', () => {
  it('parses and orders thresholds from the earliest to the most urgent', () => {
    expect(parseThresholds('overdue, 1d ,12h,7d').map((t) => t.code)).toEqual(['7d', '1d', '12h', 'overdue']);
    expect(lookaheadMs(defaults)).toBe(7 * DAY);
  });

  it.each(['', 'soon', '0d', '7d,7d', '1w', '24h,1d'])('refuses %p', (raw) => {
    expect(() => parseThresholds(raw)).toThrow();
  });

  it.each([
    ['8 days before', 8 * DAY, [], null],
    ['exactly 7 days before', 7 * DAY, ['7d'], '7d'],
    ['3 days before', 3 * DAY, ['7d'], '7d'],
    ['exactly 1 day before', DAY, ['7d', '1d'], '1d'],
    ['1 hour before', 3_600_000, ['7d', '1d'], '1d'],
    ['at the deadline', 0, ['7d', '1d', 'overdue'], 'overdue'],
    ['2 days late', -2 * DAY, ['7d', '1d', 'overdue'], 'overdue'],
  ])('%s', (_label, msBefore, crossed, notify) => {
    expect(crossedThresholds(due, at(msBefore as number), defaults)).toEqual({ crossed, notify });
  });
});
