/** A reminder point before a deadline: `7d` is seven days before, `overdue` is once the deadline has passed. */
export interface ReminderThreshold {
  code: string;
  offsetMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Parses `7d,1d,12h,overdue`; sorted from the earliest reminder to the most urgent. */
export function parseThresholds(raw: string): ReminderThreshold[] {
  const codes = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (codes.length === 0) throw new Error('needs at least one threshold');
  const thresholds = codes.map((code) => {
    if (code === 'overdue') return { code, offsetMs: 0 };
    const m = /^([1-9]\d{0,2})([dh])$/.exec(code);
    if (!m) throw new Error(`has an invalid threshold (use e.g. 7d, 12h or overdue)`);
    return { code, offsetMs: Number(m[1]) * (m[2] === 'd' ? DAY : HOUR) };
  });
  if (new Set(thresholds.map((t) => t.offsetMs)).size !== thresholds.length) throw new Error('has duplicate thresholds');
  return thresholds.sort((a, b) => b.offsetMs - a.offsetMs);
}

/** How far ahead the scan must look. */
export function lookaheadMs(thresholds: ReminderThreshold[]): number {
  return Math.max(...thresholds.map((t) => t.offsetMs));
}

/**
 * Every threshold already crossed at `now`, and the one to notify: the most urgent. A deadline first seen
 * a day before is told "1 day left" once, not "7 days" and "1 day" together; the passed "7d" is recorded
 * as crossed so that no later scan sends it.
 */
export function crossedThresholds(dueAt: Date, now: Date, thresholds: ReminderThreshold[]): { crossed: string[]; notify: string | null } {
  const crossed = thresholds.filter((t) => now.getTime() >= dueAt.getTime() - t.offsetMs);
  if (crossed.length === 0) return { crossed: [], notify: null };
  const notify = crossed.reduce((a, b) => (b.offsetMs < a.offsetMs ? b : a));
  return { crossed: crossed.map((t) => t.code), notify: notify.code };
}
