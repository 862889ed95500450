import { DomainError } from '@mnio/platform';

/**
 * The kinds of data a retention rule erases, and French defaults (docs/security.md, README « Protection des données »).
 * Case rules anonymise the case (identity, narrative, free texts) N after its closure; the others delete rows that
 * carry no statistics: inbox items, sessions, login throttling, delivery logs, break-glass records; and the previous
 * values of rectifications are emptied. Each row rule is applied by the context that owns the table (`row-purges.ts`).
 */
export const RETENTION_RULES = {
  case_closed: { default: { amount: 2, unit: 'years' }, scope: 'case', caseStatus: 'closed' },
  case_closed_referred: { default: { amount: 2, unit: 'years' }, scope: 'case', caseStatus: 'closed_referred' },
  notifications: { default: { amount: 1, unit: 'years' }, scope: 'rows' },
  auth_sessions: { default: { amount: 90, unit: 'days' }, scope: 'rows' },
  login_throttle: { default: { amount: 90, unit: 'days' }, scope: 'rows' },
  notification_deliveries: { default: { amount: 90, unit: 'days' }, scope: 'rows' },
  break_glass_uses: { default: { amount: 6, unit: 'years' }, scope: 'rows' },
  /** The values a rectification replaced (kept encrypted for the audit period): emptied, the rectification's row stays. */
  case_rectifications: { default: { amount: 6, unit: 'years' }, scope: 'rows' },
} as const satisfies Record<string, { default: RetentionPeriod; scope: 'case' | 'rows'; caseStatus?: 'closed' | 'closed_referred' }>;

export type RetentionRuleKind = keyof typeof RETENTION_RULES;
export const RETENTION_RULE_KINDS = Object.keys(RETENTION_RULES) as RetentionRuleKind[];
export const RETENTION_UNITS = ['days', 'years'] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];
export interface RetentionPeriod {
  amount: number;
  unit: RetentionUnit;
}
export interface RetentionRule extends RetentionPeriod {
  kind: RetentionRuleKind;
  updatedAt: string;
}

/** Bounds that keep a typo from erasing everything tonight (1 day) or keeping it for ever (more than 30 years). */
const MIN_DAYS = 30;
const MAX_YEARS = 30;

export function validateRetentionPeriod(kind: string, p: RetentionPeriod): void {
  if (!(RETENTION_RULE_KINDS as string[]).includes(kind)) throw new DomainError('RETENTION_RULE_UNKNOWN', 'Unknown retention rule', { field: 'kind' });
  if (!(RETENTION_UNITS as readonly string[]).includes(p.unit)) throw new DomainError('RETENTION_PERIOD_INVALID', 'Unit is days or years', { field: 'unit' });
  const days = p.unit === 'years' ? p.amount * 365 : p.amount;
  if (!Number.isInteger(p.amount) || days < MIN_DAYS || days > MAX_YEARS * 365) {
    throw new DomainError('RETENTION_PERIOD_INVALID', `A retention period lies between ${MIN_DAYS} days and ${MAX_YEARS} years`, { field: 'amount' });
  }
}

/** The instant before which data falls under the rule, counted back from `now`. */
export function cutoffOf(p: RetentionPeriod, now: Date): Date {
  const d = new Date(now);
  if (p.unit === 'years') d.setUTCFullYear(d.getUTCFullYear() - p.amount);
  else d.setUTCDate(d.getUTCDate() - p.amount);
  return d;
}
