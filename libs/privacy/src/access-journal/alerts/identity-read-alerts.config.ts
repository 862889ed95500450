import { readInt } from '@mnio/platform';

/**
 * The alert « a user read far more identities than usual »: more than `perDay` identity reads (`case.identity_read`)
 * by one user for one organisation in one French calendar day (`MNIO_IDENTITY_READS_ALERT_PER_DAY`, default 40; a
 * social worker reads a handful a day), checked every `everyMinutes` (`MNIO_IDENTITY_READS_ALERT_EVERY_MINUTES`,
 * default 15). A bad value stops the worker at boot.
 */
export interface IdentityReadAlertsConfig {
  perDay: number;
  everyMinutes: number;
}

export const IDENTITY_READ_ALERTS_CONFIG = Symbol('IDENTITY_READ_ALERTS_CONFIG');

export function loadIdentityReadAlertsConfig(env: NodeJS.ProcessEnv = process.env): IdentityReadAlertsConfig {
  return {
    perDay: readInt(env, 'MNIO_IDENTITY_READS_ALERT_PER_DAY', 40, 1, 100_000),
    everyMinutes: readInt(env, 'MNIO_IDENTITY_READS_ALERT_EVERY_MINUTES', 15, 1, 1440),
  };
}
