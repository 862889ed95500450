import { readInt } from '@mnio/platform';

/** Settings of the cases context, validated at boot: a bad value stops the process. */
export interface CasesConfig {
  /** Duplicate checks one user may run in a day (creations included): past it, the recorder is told nothing. */
  duplicateChecksPerDay: number;
  /** The largest attachment accepted, in bytes (`MNIO_ATTACHMENT_MAX_BYTES`, 10 MiB by default; at most 20 MiB, held in memory). */
  attachmentMaxBytes: number;
}

export const CASES_CONFIG = Symbol('CASES_CONFIG');

export function loadCasesConfig(env: NodeJS.ProcessEnv = process.env): CasesConfig {
  return {
    duplicateChecksPerDay: readInt(env, 'MNIO_DUPLICATE_CHECKS_PER_DAY', 30, 1, 10_000),
    attachmentMaxBytes: readInt(env, 'MNIO_ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1024, 20 * 1024 * 1024),
  };
}
