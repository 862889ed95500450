import type { CellCaseCountsSource } from '@mnio/cases';
import { readEnum, readInt } from '@mnio/platform';

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
  /**
   * Where the dashboard's counts come from: `maintained` (the count rows the database keeps as the data change) or
   * `cases` (the statement over every held case and deadline: the reference, kept for comparison and as a fallback).
   */
  dashboardCountsSource: CellCaseCountsSource;
}

export const COORDINATION_CONFIG = Symbol('COORDINATION_CONFIG');

export function loadCoordinationConfig(env: NodeJS.ProcessEnv = process.env): CoordinationConfig {
  return {
    breakGlassMinutes: readInt(env, 'MNIO_BREAK_GLASS_MINUTES', 180, 1, 720),
    breakGlassDailyLimit: readInt(env, 'MNIO_BREAK_GLASS_DAILY_LIMIT', 5, 1, 100),
    upcomingDays: readInt(env, 'MNIO_CELL_UPCOMING_DAYS', 14, 1, 90),
    dashboardCountsSeconds: readInt(env, 'MNIO_CELL_DASHBOARD_COUNTS_SECONDS', 0, 0, 600),
    dashboardCountsSource: readEnum(env, 'MNIO_CELL_DASHBOARD_COUNTS_FROM', ['maintained', 'cases'] as const, 'maintained'),
  };
}
