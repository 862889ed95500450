import { ConfigError } from '@mnio/platform';

/** Settings of the coordination context, validated at boot: a bad value stops the process. */
export interface CoordinationConfig {
  /** How long a break-the-glass grant lasts (default 3 hours). */
  breakGlassMinutes: number;
  /** Break-the-glass uses one user may make per French calendar day. */
  breakGlassDailyLimit: number;
  /** Days ahead the dashboard counts as "upcoming" deadlines. */
  upcomingDays: number;
  /** How long this process reuses a cell's dashboard counts (0: never). The dashboard's lists are always live. */
  dashboardCountsSeconds: number;
}

export const COORDINATION_CONFIG = Symbol('COORDINATION_CONFIG');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `must be an integer between ${min} and ${max}`);
  return value;
}

export function loadCoordinationConfig(env: NodeJS.ProcessEnv = process.env): CoordinationConfig {
  return {
    breakGlassMinutes: int(env, 'MNIO_BREAK_GLASS_MINUTES', 180, 1, 720),
    breakGlassDailyLimit: int(env, 'MNIO_BREAK_GLASS_DAILY_LIMIT', 5, 1, 100),
    upcomingDays: int(env, 'MNIO_CELL_UPCOMING_DAYS', 14, 1, 90),
    dashboardCountsSeconds: int(env, 'MNIO_CELL_DASHBOARD_COUNTS_SECONDS', 30, 0, 600),
  };
}
