import { DomainError } from '../errors/domain-error';

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
