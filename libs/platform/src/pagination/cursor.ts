import { DomainError } from '../errors/domain-error';
import { isUuid } from '../http/uuid';

/**
 * Keyset pagination, one cursor format for every list: the sort key of a page's last row, as a JSON array,
 * base64url-encoded. The cursor is opaque to clients (they pass back `nextCursor` as `cursor`), and every part is
 * checked on the way in: a cursor that does not decode to the list's shape answers 400 `INVALID_CURSOR`,
 * never a 500 from a bad cast nor a silently unfiltered page.
 */

/** The kinds of sort-key parts our lists use. */
export type CursorPart =
  /** A timestamptz as PostgreSQL prints it with `::text` (microseconds kept, so the keyset is exact). */
  | 'timestamp'
  /** A calendar date, YYYY-MM-DD. */
  | 'date'
  | 'uuid'
  /** A non-negative safe integer. */
  | 'int'
  /** Any non-empty string of at most 320 characters without NUL (e.g. an email address). */
  | 'text';

type PartValue<P extends CursorPart> = P extends 'int' ? number : string;
export type CursorValues<S extends readonly CursorPart[]> = { -readonly [K in keyof S]: S[K] extends CursorPart ? PartValue<S[K]> : never };

/** Longer than any cursor we give out: anything longer is not one of ours. */
export const CURSOR_MAX_LENGTH = 600;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-](0\d|1[0-4])(:?[0-5]\d)?|Z)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const validDate = (value: string) => {
  if (!DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
};

const checks: Record<CursorPart, (value: unknown) => boolean> = {
  timestamp: (v) => typeof v === 'string' && TIMESTAMP.test(v) && validDate(v.slice(0, 10)),
  date: (v) => typeof v === 'string' && validDate(v),
  uuid: (v) => isUuid(v),
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0,
  text: (v) => typeof v === 'string' && v.length > 0 && v.length <= 320 && !v.includes('\u0000'), // PostgreSQL stores no NUL
};

export class InvalidCursorError extends DomainError {
  constructor() {
    super('INVALID_CURSOR', 'Invalid cursor: pass back the nextCursor of the previous page');
  }
}

export interface KeysetCursor<S extends readonly CursorPart[]> {
  /** The cursor after a page whose last row has these sort-key values. */
  encode(values: CursorValues<S>): string;
  /** The sort-key values of a cursor (undefined when there is none); throws `INVALID_CURSOR` when it is not one of this list's. */
  decode(raw: string | undefined): CursorValues<S> | undefined;
  /** The cursor after a page of `limit` rows fetched with `limit + 1`, or null on the last page. */
  next<R>(rows: readonly R[], limit: number, key: (last: R) => CursorValues<S>): string | null;
}

/** A list's cursor: the shape of its sort key, e.g. `keysetCursor('timestamp', 'uuid')` for `(created_at, id)`. */
export function keysetCursor<const S extends readonly CursorPart[]>(...shape: S): KeysetCursor<S> {
  const valid = (values: unknown): values is CursorValues<S> =>
    Array.isArray(values) && values.length === shape.length && shape.every((part, i) => checks[part](values[i]));
  const encode = (values: CursorValues<S>): string => {
    if (!valid(values)) throw new Error(`keysetCursor: values do not match (${shape.join(', ')})`);
    return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
  };
  return {
    encode,
    decode(raw) {
      if (raw === undefined || raw === '') return undefined;
      if (typeof raw !== 'string' || raw.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) throw new InvalidCursorError();
      let values: unknown;
      try {
        values = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
      } catch {
        throw new InvalidCursorError();
      }
      if (!valid(values)) throw new InvalidCursorError();
      return values;
    },
    next(rows, limit, key) {
      return rows.length > limit && limit > 0 ? encode(key(rows[limit - 1])) : null;
    },
  };
}
