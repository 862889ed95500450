import { addDays } from '../domain/dates';

export interface ActivityWeek {
  /** First and last day of the week inside the month (Monday to Sunday, cut at the month's edges). */
  from: string;
  to: string;
  situationsReceived: number;
  decisions: number;
  /** null when no orientations context answers (unknown, not zero). */
  orientations: number | null;
}

type DayCounts = { day: string; n: number }[];

/** The month's weeks, Monday first, clipped to the month: [{from, to}], days as `YYYY-MM-DD`. */
export function weeksOfMonth(month: string): { from: string; to: string }[] {
  const first = `${month}-01`;
  const next = new Date(`${first}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const last = addDays(next.toISOString().slice(0, 10), -1);
  const weeks: { from: string; to: string }[] = [];
  let from = first;
  while (from <= last) {
    const weekday = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    const sunday = addDays(from, 6 - weekday);
    const to = sunday < last ? sunday : last;
    weeks.push({ from, to });
    from = addDays(to, 1);
  }
  return weeks;
}

const sumIn = (counts: DayCounts, from: string, to: string) => counts.filter((c) => c.day >= from && c.day <= to).reduce((n, c) => n + c.n, 0);

/** Per-day counts summed into the month's weeks. */
export function activityWeeks(month: string, received: DayCounts, decisions: DayCounts, orientations: DayCounts | null): ActivityWeek[] {
  return weeksOfMonth(month).map(({ from, to }) => ({
    from,
    to,
    situationsReceived: sumIn(received, from, to),
    decisions: sumIn(decisions, from, to),
    orientations: orientations ? sumIn(orientations, from, to) : null,
  }));
}
