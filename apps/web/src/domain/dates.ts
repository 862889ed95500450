/** Days and years as France counts them (Europe/Paris, summer time included): one formatter, built once. */
const DAY_IN_PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' });

/** Today in Paris, as YYYY-MM-DD (the date fields' default). */
export const todayInParis = (now: Date = new Date()): string => DAY_IN_PARIS.format(now);

/** This year in Paris (on 31 December at 23:30 UTC it is already next year there). */
export const thisYearInParis = (now: Date = new Date()): number => Number(todayInParis(now).slice(0, 4));

/** The calendar day `days` after `day` (YYYY-MM-DD), in the calendar alone: no time zone, no summer time. */
export const addDays = (day: string, days: number): string => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
