import { DomainError } from '../errors/domain-error';
import { prepared } from './prepared-statements';
import { rowsOf } from './sql';

/**
 * Optimistic concurrency: `If-Match: "<version>"` (or a `version` field) must equal the stored version.
 * The update itself is `... WHERE id = $1 AND version = $2`; zero rows means someone else won.
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '') return undefined;
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  if (!m) throw new DomainError('VALIDATION_FAILED', 'If-Match must be a version number');
  return Number(m[1]);
}

/** 409 `VERSION_CONFLICT`, the one answer of every versioned resource to a stale version; `currentVersion` when known. */
export class VersionConflictError extends DomainError {
  constructor(subject: string, currentVersion?: number) {
    super('VERSION_CONFLICT', `The ${subject} was changed by someone else; reload it`, currentVersion === undefined ? undefined : { currentVersion });
  }
}

/** The version the client read (`If-Match` or `version`) against the stored one, read under the row's lock. */
export function assertVersion(subject: string, expected: number | undefined, current: number): void {
  if (expected !== undefined && expected !== current) throw new VersionConflictError(subject, current);
}

export interface VersionBump {
  /** The versioned table (code, never input), optionally aliased (`orientations AS o`). */
  table: string;
  id: string;
  /** The version the row must still have; another writer's bump in between answers 409 VERSION_CONFLICT. */
  expected: number;
  /** The resource's name in the conflict's message: `case`, `orientation`, `action`. */
  subject: string;
  /** Further assignments of the same UPDATE; their parameters are `params`, numbered from `$3`. */
  set?: string;
  params?: unknown[];
  /** What to return (default `version`). */
  returning?: string;
  /** The row has `updated_at`, set to now() (default true). */
  updatedAt?: boolean;
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The one way to write a versioned row: `UPDATE … SET <set>, version = version + 1 WHERE id = $1 AND version = $2`.
 * Zero rows means someone else moved it (or it is gone): 409 VERSION_CONFLICT with the current version when there is one.
 */
export async function bumpVersion<R extends object = { version: number }>(em: Queryable, bump: VersionBump): Promise<R> {
  const sets = [...(bump.set ? [bump.set] : []), 'version = version + 1', ...(bump.updatedAt === false ? [] : ['updated_at = now()'])];
  // By key whatever the table: planned once per connection (ADR 0003). Its text is code, never input.
  const rows = await rowsOf<R>(em,
    prepared(`UPDATE ${bump.table} SET ${sets.join(', ')} WHERE id = $1 AND version = $2 RETURNING ${bump.returning ?? 'version'}`),
    [bump.id, bump.expected, ...(bump.params ?? [])],
  );
  if (rows[0]) return rows[0];
  const [current] = await rowsOf<{ version: number }>(em, `SELECT version FROM ${bump.table} WHERE id = $1`, [bump.id]);
  throw new VersionConflictError(bump.subject, current?.version);
}
