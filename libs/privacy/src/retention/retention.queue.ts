/** The worker's queue for the retention job: the nightly schedule and runs asked from the API carry only a run id. */
export const RETENTION_QUEUE = 'privacy-retention';
export const RETENTION_RUN_JOB = 'retention-run';
/** Every night at 02:30 in France, when nobody edits cases. */
export const RETENTION_SCHEDULE = { pattern: '30 2 * * *', tz: 'Europe/Paris' };

export interface RetentionJobData {
  /** A run asked from the API; absent for the nightly run, which records its own. */
  runId?: string;
}
