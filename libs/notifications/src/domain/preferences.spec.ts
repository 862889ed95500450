import { NOTIFICATION_EVENT_TYPES } from './event-types';
import { effectiveEnabled, preferenceMatrix } from './preferences';

describe('notification preferences', () => {
  it.each([
    ['OrientationRequested', 'email', true],
    ['DuplicateLinkRequested', 'email', true],
    ['DeadlineApproaching', 'email', true],
    ['DeadlineOverdue', 'email', true],
    ['OrientationAccepted', 'email', false],
    ['OrientationCancelled', 'email', false],
    ['OrientationAccepted', 'in_app', true],
  ])('default for %s by %s is %p', (type, channel, enabled) => {
    expect(effectiveEnabled(type as never, channel as never, [])).toBe(enabled);
  });

  it('honours a user override, except on the in-app inbox', () => {
    const overrides = [
      { eventType: 'OrientationRequested', channel: 'email', enabled: false },
      { eventType: 'OrientationAccepted', channel: 'email', enabled: true },
      { eventType: 'OrientationAccepted', channel: 'in_app', enabled: false },
    ];
    expect(effectiveEnabled('OrientationRequested', 'email', overrides)).toBe(false);
    expect(effectiveEnabled('OrientationAccepted', 'email', overrides)).toBe(true);
    expect(effectiveEnabled('OrientationAccepted', 'in_app', overrides)).toBe(true);
  });

  it('never lets anyone turn off the email of an emergency access to a case their organisation follows', () => {
    const off = [{ eventType: 'BreakGlassUsed', channel: 'email', enabled: false }];
    expect(effectiveEnabled('BreakGlassUsed', 'email', off)).toBe(true);
    expect(preferenceMatrix(off).find((p) => p.eventType === 'BreakGlassUsed' && p.channel === 'email')).toMatchObject({ enabled: true, locked: true });
    expect(preferenceMatrix([]).find((p) => p.eventType === 'OrientationRequested' && p.channel === 'email')).toMatchObject({ locked: false });
  });

  it('lists every event type × channel with its French label', () => {
    const m = preferenceMatrix([{ eventType: 'OrientationRefused', channel: 'email', enabled: true }]);
    expect(m).toHaveLength(NOTIFICATION_EVENT_TYPES.length * 2);
    expect(m.find((p) => p.eventType === 'OrientationRefused' && p.channel === 'email')).toMatchObject({ enabled: true, isDefault: false, locked: false, label: 'Orientation refusée' });
    expect(m.filter((p) => p.channel === 'in_app').every((p) => p.enabled && p.locked)).toBe(true);
  });
});
