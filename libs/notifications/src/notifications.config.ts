import { ConfigError, readDurationMs, readInt, readParsed, readString } from '@mnio/platform';
import { parseThresholds, ReminderThreshold } from './domain/reminder-thresholds';
import { AllowedAddresses, parseAllowedAddresses } from './domain/webhook-address';

/** Delivery settings, validated at boot like the platform's configuration: a bad value stops the process. */
export interface NotificationsConfig {
  /** Attempts per email before it lands in the dead letters. */
  emailAttempts: number;
  /** Attempts per webhook call before it lands in the dead letters. */
  webhookAttempts: number;
  /** First retry delay; doubles at each attempt. */
  backoffMs: number;
  webhookTimeoutMs: number;
  /** How long a worker owns a delivery it is sending; a crashed worker's delivery is retried after it. */
  leaseMs: number;
  reminderThresholds: ReminderThreshold[];
  reminderEveryMs: number;
  /** The safety net's period, and how old work must be before it is presumed lost from Redis. */
  reconcileEveryMs: number;
  reconcileGraceMs: number;
  /**
   * Addresses outside the public internet that webhooks may still reach (`NOTIFY_WEBHOOK_ALLOW_ADDRESSES`),
   * e.g. the test receiver on 127.0.0.1 or a partner's gateway on a private link. Empty by default.
   */
  webhookAllowedAddresses: AllowedAddresses;
  /** The platform's data-protection contact (`MNIO_DPO_EMAIL`): told of every break-the-glass at once, by email. */
  dpoEmail: string | undefined;
}

/** Recipient id of the data-protection contact's deliveries: an address from the settings, not a user. */
export const DPO_RECIPIENT_ID = '00000000-0000-4000-8000-00000000d9d0';

export const NOTIFICATIONS_CONFIG = Symbol('NOTIFICATIONS_CONFIG');

export function loadNotificationsConfig(env: NodeJS.ProcessEnv = process.env): NotificationsConfig {
  // The old blanket switch defaulted on outside production; an operator still setting it must choose addresses.
  if (readString(env, 'NOTIFY_WEBHOOK_ALLOW_PRIVATE', undefined) !== undefined) {
    throw new ConfigError('NOTIFY_WEBHOOK_ALLOW_PRIVATE', 'is gone: name the addresses in NOTIFY_WEBHOOK_ALLOW_ADDRESSES');
  }
  const webhookAllowedAddresses: AllowedAddresses = readParsed(env, 'NOTIFY_WEBHOOK_ALLOW_ADDRESSES', '', (raw) => {
    try {
      return parseAllowedAddresses(raw);
    } catch (e) {
      throw new Error(`must list addresses or CIDR blocks (${(e as Error).message})`);
    }
  });
  const reminderThresholds: ReminderThreshold[] = readParsed(env, 'NOTIFY_REMINDER_THRESHOLDS', '7d,1d,overdue', parseThresholds);
  const dpoEmail = readString(env, 'MNIO_DPO_EMAIL', undefined, { pattern: /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/, expected: 'one e-mail address' });
  return {
    emailAttempts: readInt(env, 'NOTIFY_EMAIL_ATTEMPTS', 8, 1, 50),
    webhookAttempts: readInt(env, 'NOTIFY_WEBHOOK_ATTEMPTS', 10, 1, 50),
    backoffMs: readDurationMs(env, 'NOTIFY_BACKOFF_MS', 5000, 10, 3_600_000),
    webhookTimeoutMs: readDurationMs(env, 'NOTIFY_WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    leaseMs: readDurationMs(env, 'NOTIFY_LEASE_MS', 120_000, 500, 3_600_000),
    reminderThresholds,
    reminderEveryMs: readDurationMs(env, 'NOTIFY_REMINDER_EVERY_MS', 300_000, 100, 86_400_000),
    reconcileEveryMs: readDurationMs(env, 'NOTIFY_RECONCILE_EVERY_MS', 15_000, 50, 3_600_000),
    reconcileGraceMs: readDurationMs(env, 'NOTIFY_RECONCILE_GRACE_MS', 60_000, 0, 86_400_000),
    webhookAllowedAddresses,
    dpoEmail,
  };
}

/**
 * Lock of a delivery job, and the stalled-job check period: how soon the job of a worker that died runs on
 * another. Read when the processors are declared (decorator options), hence outside the injected config.
 */
export function deliveryJobLockMs(env: NodeJS.ProcessEnv = process.env): number {
  return readDurationMs(env, 'NOTIFY_JOB_LOCK_MS', 30_000, 1000, 600_000);
}
