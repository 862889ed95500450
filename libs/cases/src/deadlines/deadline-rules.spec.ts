import { alertDate, DEFAULT_RULES, dueDate, isWorkingDay } from './deadline-rules';

describe('deadline rules', () => {
  it('ends the reflection period 30 days after it starts, alert 7 days before', () => {
    const due = dueDate('2026-03-01', DEFAULT_RULES.reflection_period_end, '93');
    expect(due).toBe('2026-03-31');
    expect(alertDate(due, DEFAULT_RULES.reflection_period_end)).toBe('2026-03-24');
  });

  it('expires a permit one year later, with a renewal reminder 60 days before', () => {
    const due = dueDate('2026-02-10', DEFAULT_RULES.permit_expiry, '93');
    expect(due).toBe('2027-02-10');
    expect(alertDate(due, DEFAULT_RULES.permit_expiry)).toBe('2026-12-12');
  });

  it('counts ASE → parquet in 5 days and OPP → judge in 8 days', () => {
    expect(dueDate('2026-05-01', DEFAULT_RULES.parquet_referral, '93')).toBe('2026-05-06');
    expect(dueDate('2026-05-01', DEFAULT_RULES.judge_seizure, '93')).toBe('2026-05-09');
  });

  it('counts the cell review in working days, skipping weekends and French public holidays', () => {
    // Thu 30 Apr 2026 → Fri 1 May (holiday), Mon 4, Tue 5, Wed 6, Thu 7, Fri 8 May (holiday) → Mon 11 May.
    expect(dueDate('2026-04-30', DEFAULT_RULES.cell_review, '93')).toBe('2026-05-11');
    expect(dueDate('2026-06-01', DEFAULT_RULES.cell_review, '93')).toBe('2026-06-08');
  });

  it('knows Alsace-Moselle holidays', () => {
    expect(isWorkingDay('2026-12-26', '93')).toBe(false); // a Saturday anyway
    expect(isWorkingDay('2025-12-26', '93')).toBe(true);
    expect(isWorkingDay('2025-12-26', '67')).toBe(false);
    expect(isWorkingDay('2026-04-03', '57')).toBe(false);
    expect(isWorkingDay('2026-04-03', '75')).toBe(true);
  });
});
