import { readInt } from '@mnio/platform';

/** Settings of the reporting context, validated at boot: a bad value stops the process. */
export interface ReportingConfig {
  /** Smallest count published inside mnio; smaller non-zero counts are suppressed. */
  minCell: number;
  /** Smallest count in files marked for publication (the k of the global trafficking data collaborative). */
  publicMinCell: number;
}

export const REPORTING_CONFIG = Symbol('REPORTING_CONFIG');

export function loadReportingConfig(env: NodeJS.ProcessEnv = process.env): ReportingConfig {
  const minCell = readInt(env, 'MNIO_STATS_MIN_CELL', 5, 2, 100);
  return { minCell, publicMinCell: Math.max(minCell, readInt(env, 'MNIO_STATS_PUBLIC_MIN_CELL', 11, 2, 100)) };
}
