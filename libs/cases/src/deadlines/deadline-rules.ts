// eslint-disable-next-line @typescript-eslint/no-require-imports
const joursFeries: (year: number, options?: { alsace?: boolean }) => Record<string, Date> = require('@socialgouv/jours-feries');

export const DEADLINE_KINDS = [
  'reflection_period_end', 'permit_expiry', 'parquet_referral', 'judge_seizure', 'cell_review', 'orientation_answer', 'action_due',
  'minor_report', 'ase_reception',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface DeadlineRule {
  kind: DeadlineKind;
  /** Length of the period. */
  amount: number;
  unit: 'days' | 'working_days' | 'years';
  /** Days before the due date when the responsible organisation is alerted. */
  alertBeforeDays: number;
}

/** National defaults; a territory may override any of them (table `deadline_rules`). */
export const DEFAULT_RULES: Record<DeadlineKind, DeadlineRule> = {
  reflection_period_end: { kind: 'reflection_period_end', amount: 30, unit: 'days', alertBeforeDays: 7 },
  permit_expiry: { kind: 'permit_expiry', amount: 1, unit: 'years', alertBeforeDays: 60 },
  parquet_referral: { kind: 'parquet_referral', amount: 5, unit: 'days', alertBeforeDays: 1 },
  judge_seizure: { kind: 'judge_seizure', amount: 8, unit: 'days', alertBeforeDays: 2 },
  cell_review: { kind: 'cell_review', amount: 5, unit: 'working_days', alertBeforeDays: 1 },
  orientation_answer: { kind: 'orientation_answer', amount: 3, unit: 'working_days', alertBeforeDays: 1 },
  action_due: { kind: 'action_due', amount: 0, unit: 'days', alertBeforeDays: 2 },
  // A minor in danger is reported and taken in without delay: by the end of the day after the case is recorded.
  minor_report: { kind: 'minor_report', amount: 1, unit: 'days', alertBeforeDays: 0 },
  ase_reception: { kind: 'ase_reception', amount: 1, unit: 'days', alertBeforeDays: 0 },
};

/** The clocks that protect a child: overdue, they are escalated to the territory's parquet (des mineurs). */
export const MINOR_CLOCK_KINDS: readonly DeadlineKind[] = ['minor_report', 'ase_reception', 'parquet_referral', 'judge_seizure'];

/** Alsace-Moselle keeps two extra public holidays (Good Friday, St Stephen's Day). */
const ALSACE_MOSELLE = new Set(['57', '67', '68']);

const holidayCache = new Map<string, Set<string>>();

export function publicHolidays(year: number, territory: string): Set<string> {
  const alsace = ALSACE_MOSELLE.has(territory);
  const key = `${year}:${alsace}`;
  let set = holidayCache.get(key);
  if (!set) {
    set = new Set(Object.values(joursFeries(year, { alsace })).map((d) => d.toISOString().slice(0, 10)));
    holidayCache.set(key, set);
  }
  return set;
}

/** Dates are calendar days (`YYYY-MM-DD`) in France: no time of day, no time-zone drift. */
function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, territory: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(day.slice(0, 4)), territory).has(day);
}

/** The due date of a period starting on `from` (the day of the event). */
export function dueDate(from: string, rule: Pick<DeadlineRule, 'amount' | 'unit'>, territory: string): string {
  if (rule.unit === 'days') return addDays(from, rule.amount);
  if (rule.unit === 'years') {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() + rule.amount);
    return d.toISOString().slice(0, 10);
  }
  let day = from;
  let left = rule.amount;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, territory)) left--;
  }
  return day;
}

export function alertDate(due: string, rule: Pick<DeadlineRule, 'alertBeforeDays'>): string {
  return addDays(due, -rule.alertBeforeDays);
}

