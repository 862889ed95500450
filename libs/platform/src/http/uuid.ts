/** A UUID as PostgreSQL and our ids write it (any version, either case). The one pattern for ids in paths, payloads and cursors. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a UUID string; anything else (non-string, wrong length, other characters) is not. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}
