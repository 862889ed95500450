import { Queryable, rowsOf } from './sql';

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

/** A rule's rows in its owning context's table: which are old, in what order they go, what goes with them. */
export interface PurgeTarget {
  table: string;
  /** The rows' key column (`id`, or `key` for the login throttle). */
  key: string;
  /** SQL condition on the table's rows; `$1` is the cut-off. */
  old: string;
  /** The order the oldest go in (a page of `limit` at a time). */
  order: string;
  /** Rows that go with them in the same statement, as a DELETE reading `doomed` (the page's keys, column `key`). */
  dependents?: string;
}

/**
 * One page of a rule's purge, in one statement (`FOR UPDATE SKIP LOCKED`, so two runs never take the same rows;
 * foreign keys from `dependents` are checked at the statement's end), or, in a dry run, the count of all the old
 * rows. The caller records the counts-only audit entry (`rowsPurgedEntry` of @mnio/audit) in the same transaction.
 */
export async function purgeOldRows(em: Queryable, target: PurgeTarget, { cutoff, limit, dryRun }: RowPurge): Promise<PurgedRows> {
  const { table, key, old, order, dependents } = target;
  if (dryRun) return { count: (await rowsOf<{ n: number }>(em, `SELECT count(*)::int AS n FROM ${table} WHERE ${old}`, [cutoff]))[0].n };
  const rows = await rowsOf<{ key: string }>(
    em,
    `WITH doomed AS (SELECT ${key} AS key FROM ${table} WHERE ${old} ORDER BY ${order} LIMIT $2 FOR UPDATE SKIP LOCKED)${dependents ? `,
          dependents AS (${dependents})` : ''}
     DELETE FROM ${table} WHERE ${key} IN (SELECT key FROM doomed) RETURNING ${key}`,
    [cutoff, limit],
  );
  return { count: rows.length };
}
