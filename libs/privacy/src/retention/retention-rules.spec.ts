import { cutoffOf, RETENTION_RULE_KINDS, validateRetentionPeriod } from './retention-rules';

describe('retention rules', () => {
  it('knows the case rules and the row rules', () => {
    expect(RETENTION_RULE_KINDS).toEqual(['case_closed', 'case_closed_referred', 'notifications', 'auth_sessions', 'login_throttle', 'notification_deliveries', 'break_glass_uses', 'case_rectifications']);
  });

  it.each([
    [{ amount: 90, unit: 'days' }, null],
    [{ amount: 2, unit: 'years' }, null],
    [{ amount: 30, unit: 'years' }, null],
    [{ amount: 29, unit: 'days' }, 'RETENTION_PERIOD_INVALID'],
    [{ amount: 31, unit: 'years' }, 'RETENTION_PERIOD_INVALID'],
    [{ amount: 1.5, unit: 'years' }, 'RETENTION_PERIOD_INVALID'],
    [{ amount: 3, unit: 'months' }, 'RETENTION_PERIOD_INVALID'],
  ])('%j → %s', (p, code) => {
    const run = () => validateRetentionPeriod('case_closed', p as never);
    if (code) expect(run).toThrow(expect.objectContaining({ code }));
    else expect(run).not.toThrow();
  });

  it('refuses an unknown rule', () => {
    expect(() => validateRetentionPeriod('everything', { amount: 2, unit: 'years' })).toThrow(expect.objectContaining({ code: 'RETENTION_RULE_UNKNOWN' }));
  });

  it('counts the cut-off back from now', () => {
    const now = new Date('2026-12-06T02:30:00Z');
    expect(cutoffOf({ amount: 2, unit: 'years' }, now).toISOString()).toBe('2024-12-06T02:30:00.000Z');
    expect(cutoffOf({ amount: 90, unit: 'days' }, now).toISOString()).toBe('2026-09-07T02:30:00.000Z');
  });
});
