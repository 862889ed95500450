import { Counter, Registry } from 'prom-client';

/**
 * Counters of security and delivery events, kept per process and read by its Prometheus endpoint (the metrics
 * module registers them in its registry). Module-level so that a context records an event with one call and no
 * injection. Labels are outcome codes and channels only: never a user, an address, a case or an id.
 */
const signInFailures = new Counter({ name: 'mnio_auth_sign_in_failures_total', help: 'Failed sign-ins (wrong password or code, unknown account).', registers: [] });
const lockouts = new Counter({ name: 'mnio_auth_lockouts_total', help: 'Accounts locked after repeated failed sign-ins.', registers: [] });
const breakGlassUses = new Counter({ name: 'mnio_break_glass_uses_total', help: 'Break-the-glass accesses granted.', registers: [] });
/** Alerts « a user read far more identities than usual » raised by the worker (libs/privacy). */
const identityReadAlerts = new Counter({ name: 'mnio_identity_read_alerts_total', help: 'Alerts raised for a user reading more identities in a day than MNIO_IDENTITY_READS_ALERT_PER_DAY.', registers: [] });
const notificationDeliveries = new Counter({
  name: 'mnio_notification_deliveries_total',
  help: 'Notification delivery attempts by channel and outcome (sent, retry, dead, skipped…).',
  labelNames: ['channel', 'outcome'] as const,
  registers: [],
});

export const OPS_COUNTERS = [signInFailures, lockouts, breakGlassUses, notificationDeliveries, identityReadAlerts];

/** Registers the process's counters in `registry` (the same objects in every registry of the process). */
export function registerOpsCounters(registry: Registry): void {
  for (const counter of OPS_COUNTERS) {
    const name = (counter as unknown as { name: string }).name;
    if (!registry.getSingleMetric(name)) registry.registerMetric(counter);
  }
}

/** A failed sign-in; `locked`: it locked the account. */
export function countSignInFailure(locked: boolean): void {
  signInFailures.inc();
  if (locked) lockouts.inc();
}

export function countBreakGlassUse(): void {
  breakGlassUses.inc();
}

/** One alert « a user read far more identities than usual » raised. */
export function countIdentityReadAlert(): void {
  identityReadAlerts.inc();
}

/** One delivery attempt's outcome; `channel` and `outcome` are fixed codes. */
export function countNotificationDelivery(channel: string, outcome: string): void {
  notificationDeliveries.inc({ channel, outcome });
}
