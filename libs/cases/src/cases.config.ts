import { readInt } from '@mnio/platform';

/** Settings of the cases context, validated at boot: a bad value stops the process. */
export interface CasesConfig {
  /** Duplicate checks one user may run in a day (creations included): past it, the recorder is told nothing. */
  duplicateChecksPerDay: number;
}

export const CASES_CONFIG = Symbol('CASES_CONFIG');

export function loadCasesConfig(env: NodeJS.ProcessEnv = process.env): CasesConfig {
  return { duplicateChecksPerDay: readInt(env, 'MNIO_DUPLICATE_CHECKS_PER_DAY', 30, 1, 10_000) };
}
