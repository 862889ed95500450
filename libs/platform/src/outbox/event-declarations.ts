/**
 * What an event's payload field may hold. There is no kind for free text: a payload carries ids, codes, a case
 * reference, a territory, dates, counts and flags, never anything about a person (names, notes, addresses).
 * A kind ending in `?` is optional (absent or null).
 */
export type FieldKind = 'uuid' | 'reference' | 'territory' | 'code' | 'codes' | 'date' | 'count' | 'flag';
export type FieldSpec = FieldKind | `${FieldKind}?`;
export type PayloadFields = Readonly<Record<string, FieldSpec>>;

interface KindValues {
  uuid: string;
  reference: string;
  territory: string;
  code: string;
  codes: string[];
  date: string;
  count: number;
  flag: boolean;
}

type Flat<T> = { [K in keyof T]: T[K] };
type RequiredPart<F extends PayloadFields> = { [K in keyof F as F[K] extends `${string}?` ? never : K]: F[K] extends FieldKind ? KindValues[F[K]] : never };
type OptionalPart<F extends PayloadFields> = { [K in keyof F as F[K] extends `${string}?` ? K : never]?: F[K] extends `${infer B extends FieldKind}?` ? KindValues[B] | null : never };

/** One declared event: its type name and its payload's fields. */
export interface EventDeclaration<T extends string = string, F extends PayloadFields = PayloadFields> {
  readonly type: T;
  readonly fields: F;
}

/** The payload type of a declared event, derived from its fields. */
export type PayloadOf<E extends EventDeclaration> = Flat<RequiredPart<E['fields']> & OptionalPart<E['fields']>>;

/** A context's catalogue: every event it publishes, by type name. */
export type EventCatalogue<D extends Record<string, PayloadFields> = Record<string, PayloadFields>> = { readonly [T in keyof D & string]: EventDeclaration<T, D[T]> };

/**
 * Declares the events a context publishes, in one file of its own (`libs/<context>/src/events.ts`): each type name
 * with its payload's fields. Producers publish through the declarations (`OutboxService.publish`), consumers read
 * the names and fields from them, and `docs/events.md` lists them.
 */
export function declareEvents<const D extends Record<string, PayloadFields>>(fields: D): EventCatalogue<D> {
  return Object.freeze(Object.fromEntries(Object.entries(fields).map(([type, f]) => [type, Object.freeze({ type, fields: Object.freeze(f) })]))) as EventCatalogue<D>;
}

/** The type names of a catalogue, as a list. */
export function eventTypes<C extends EventCatalogue>(catalogue: C): (keyof C & string)[] {
  return Object.keys(catalogue) as (keyof C & string)[];
}

/** Field names of a payload that its declaration does not name, and required fields it lacks (names only, never values). */
export function undeclaredFields(declaration: EventDeclaration, payload: Record<string, unknown>): { extra: string[]; missing: string[] } {
  const fields = declaration.fields;
  const extra = Object.keys(payload).filter((k) => !Object.prototype.hasOwnProperty.call(fields, k));
  const missing = Object.entries(fields)
    .filter(([k, spec]) => !spec.endsWith('?') && (payload[k] === undefined || payload[k] === null))
    .map(([k]) => k);
  return { extra, missing };
}
