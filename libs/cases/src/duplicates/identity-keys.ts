import { BlindIndex, normaliseForIndex } from '@mnio/platform';
import type { CaseIdentity } from '../domain/case-input';

/** Name tokens in a fixed order, so "Blessing Okafor" and "OKAFOR Blessing" index the same. */
export function nameKey(parts: string[]): string {
  return normaliseForIndex(parts.join(' ')).split(' ').filter(Boolean).sort().join(' ');
}

/**
 * Blind-index keys for duplicate detection: each name (full name, each alias) × birth date and
 * birth year (± 1 year when only an estimated age is known). Nothing is computed without a name.
 * Under every key the ring writes (two during a blind-index key rotation), or under the one key `underKeyId`
 * (the worker's recompute, with `now` the case's creation time so an estimated age gives the same years).
 */
export function identityKeys(index: BlindIndex, identity: CaseIdentity, now = new Date(), underKeyId?: string): string[] {
  const names: string[] = [];
  if (identity.lastName) names.push(nameKey([identity.lastName, ...(identity.firstNames ?? [])]));
  for (const alias of identity.aliases ?? []) names.push(nameKey([alias]));
  const births: string[] = [];
  if (identity.birthDate) births.push(`d:${identity.birthDate}`, `y:${identity.birthDate.slice(0, 4)}`);
  else if (identity.estimatedAge !== undefined) {
    const y = now.getUTCFullYear() - identity.estimatedAge;
    births.push(`y:${y - 1}`, `y:${y}`, `y:${y + 1}`);
  }
  const keys = new Set<string>();
  for (const name of names.filter(Boolean)) {
    for (const birth of births) for (const k of underKeyId ? [index.computeUnder(underKeyId, name, birth)] : index.computeForWrite(name, birth)) keys.add(k);
  }
  return [...keys];
}

/**
 * The key a search by name computes (under each key of the ring during a rotation): the full name as recorded (last name and every first name, or one alias
 * alone) × the birth year — the same key a case recorded with that name and a birth date or an estimated age in
 * that year carries. Exact after normalisation (case, accents, order of the names); never fuzzy.
 */
export function nameSearchKey(index: BlindIndex, names: string[], birthYear: number): string[] | null {
  const name = nameKey(names);
  // One digest per key not retired: during a blind-index key rotation a case may carry either key's digest.
  return name ? index.computeForLookup(name, `y:${birthYear}`) : null;
}
