import { TZDate } from '@date-fns/tz';

/**
 * France's legal time, the one clock of deadlines, reminders and "today": every calendar day the domain speaks of is
 * a day in Paris, summer time included. The one place that turns instants into Paris days and back.
 */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/** Today in Paris as a SQL date, for queries that compare with `due_on`-like date columns (evaluated by PostgreSQL). */
export const PARIS_TODAY_SQL = `(now() AT TIME ZONE '${PARIS_TIME_ZONE}')::date`;

// Built once: an Intl formatter is costly to create and is safe to share ('en-CA' formats as YYYY-MM-DD).
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

// The last day formatted and the instants it spans ([from, to[): formatting is costly (a few tens of µs, on every
// write's path), and almost every call falls within the same day as the one before.
let lastDay: { day: string; from: number; to: number } | undefined;

/** The calendar day (`YYYY-MM-DD`) it is in Paris at `now`. */
export function parisToday(now: Date = new Date()): string {
  const t = now.getTime();
  if (lastDay && t >= lastDay.from && t < lastDay.to) return lastDay.day;
  const day = PARIS_DAY.format(now);
  const [y, m, d] = day.split('-').map(Number);
  lastDay = { day, from: new TZDate(y, m - 1, d, 0, 0, 0, PARIS_TIME_ZONE).getTime(), to: endOfParisDay(day).getTime() + 1000 };
  return day;
}

/** The last second (23:59:59) of a Paris calendar day (`YYYY-MM-DD`), as an instant: 21:59:59Z in summer, 22:59:59Z in winter. */
export function endOfParisDay(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y, m - 1, d, 23, 59, 59, PARIS_TIME_ZONE).getTime());
}

/** The instant as a Paris wall-clock date (for formatting hours and days as people in France read them). */
export function inParis(instant: Date): TZDate {
  return new TZDate(instant, PARIS_TIME_ZONE);
}
