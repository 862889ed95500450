import { describe, expect, it } from 'vitest';
import { clockTime, nextAction, timeLeft, warningLeadMs, type SessionTimes } from './idle';

const MIN = 60_000;
/** Signed in at 0: access token 15 min, idle end 30 min, absolute end 8 h. */
const base: SessionTimes = { accessExpiresAt: 15 * MIN, idleDeadline: 30 * MIN, sessionDeadline: 480 * MIN, leadMs: warningLeadMs(30 * MIN), active: false, warning: false };

describe('idle timeout planning', () => {
  it('warns two minutes before the idle end, or halfway through a shorter timeout', () => {
    expect(warningLeadMs(30 * MIN)).toBe(2 * MIN);
    expect(warningLeadMs(2 * MIN)).toBe(MIN);
  });

  it('waits, then renews an active user’s access token a minute before it ends', () => {
    expect(nextAction(0, base)).toEqual({ at: 14 * MIN, action: 'check' });
    expect(nextAction(14 * MIN, { ...base, active: true })).toEqual({ at: 14 * MIN, action: 'refresh' });
  });

  it('lets an idle user’s access token lapse (background requests renew nothing), then warns, then ends', () => {
    expect(nextAction(14 * MIN, base)).toEqual({ at: 28 * MIN, action: 'check' });
    expect(nextAction(28 * MIN, base)).toEqual({ at: 28 * MIN, action: 'warn' });
    expect(nextAction(28 * MIN, { ...base, warning: true })).toEqual({ at: 30 * MIN, action: 'expire' });
    expect(nextAction(30 * MIN, { ...base, warning: true })).toEqual({ at: 30 * MIN, action: 'expire' });
  });

  it('renews an active user’s session before the warning when the idle timeout is shorter than the access token', () => {
    const short = { ...base, idleDeadline: 130_000, leadMs: warningLeadMs(130_000) };
    expect(nextAction(0, short)).toEqual({ at: 130_000 - 65_000 - 5000, action: 'check' });
    expect(nextAction(60_000, { ...short, active: true }).action).toBe('refresh');
    expect(nextAction(65_000, short).action).toBe('warn');
  });

  it('at the absolute end, activity cannot push the end: the final warning opens anyway', () => {
    const last = { ...base, accessExpiresAt: 25 * MIN, idleDeadline: 20 * MIN, sessionDeadline: 20 * MIN, active: true };
    expect(nextAction(18 * MIN, last).action).toBe('warn');
    // ...but a due access token is still renewed.
    expect(nextAction(14 * MIN, { ...last, accessExpiresAt: 15 * MIN }).action).toBe('refresh');
  });

  it('says the time left and the end in French', () => {
    expect(timeLeft(120_000)).toBe('2 minutes');
    expect(timeLeft(61_000)).toBe('1 minute');
    expect(timeLeft(45_000)).toBe('45 secondes');
    expect(timeLeft(1000)).toBe('1 seconde');
    expect(clockTime(Date.UTC(2026, 11, 6, 13, 32))).toBe('14 h 32');
  });
});
