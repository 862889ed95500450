import { ConfigError } from '@mnio/platform';
import { deliveryJobLockMs, loadNotificationsConfig } from './notifications.config';

function variableOf(load: () => unknown): string {
  try {
    load();
  } catch (e) {
    if (e instanceof ConfigError) return e.variable;
    throw e;
  }
  return 'accepted';
}

// Read through the platform's readers: a bad setting is a ConfigError naming the variable (exit 78 at boot).
describe('notifications settings', () => {
  it.each([
    ['NOTIFY_EMAIL_ATTEMPTS', () => loadNotificationsConfig({ NOTIFY_EMAIL_ATTEMPTS: '0' })],
    ['NOTIFY_BACKOFF_MS', () => loadNotificationsConfig({ NOTIFY_BACKOFF_MS: 'later' })],
    ['NOTIFY_REMINDER_THRESHOLDS', () => loadNotificationsConfig({ NOTIFY_REMINDER_THRESHOLDS: 'someday' })],
    ['NOTIFY_WEBHOOK_ALLOW_ADDRESSES', () => loadNotificationsConfig({ NOTIFY_WEBHOOK_ALLOW_ADDRESSES: 'not-an-address' })],
    ['NOTIFY_WEBHOOK_ALLOW_PRIVATE', () => loadNotificationsConfig({ NOTIFY_WEBHOOK_ALLOW_PRIVATE: 'true' })],
    ['MNIO_DPO_EMAIL', () => loadNotificationsConfig({ MNIO_DPO_EMAIL: 'dpo at example' })],
    ['NOTIFY_JOB_LOCK_MS', () => deliveryJobLockMs({ NOTIFY_JOB_LOCK_MS: '10' })],
  ] as const)('refuse a bad %s by its name', (name, load) => expect(variableOf(load)).toBe(name));

  it('read durations as milliseconds or with a unit', () => {
    expect(loadNotificationsConfig({ NOTIFY_BACKOFF_MS: '250', NOTIFY_LEASE_MS: '2m' })).toMatchObject({ backoffMs: 250, leaseMs: 120_000 });
    expect(deliveryJobLockMs({})).toBe(30_000);
  });
});
