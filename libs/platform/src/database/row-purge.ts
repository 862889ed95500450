/**
 * What every retention row purge takes and answers (issue 16 §1). The rows older than `cutoff`, at most `limit` of
 * them per call (one statement, one transaction, so a long purge never holds locks for long); the caller calls again
 * while a call returns `limit`. A dry run only counts them all and changes nothing.
 */
export interface RowPurge {
  cutoff: Date;
  limit: number;
  dryRun: boolean;
}

export interface PurgedRows {
  /** Rows deleted (or emptied), or, in a dry run, that would be. */
  count: number;
}
