import { BlindIndex, normaliseForIndex } from '@mnio/platform';
import type { CaseIdentity } from '../domain/case-input';

/** Name tokens in a fixed order, so "Blessing Okafor" and "OKAFOR Blessing" index the same. */
export function nameKey(parts: string[]): string {
  return normaliseForIndex(parts.join(' ')).split(' ').filter(Boolean).sort().join(' ');
}

/**
 * Blind-index keys for duplicate detection: each name (full name, each alias) × birth date and
 * birth year (± 1 year when only an estimated age is known). Nothing is computed without a name.
 */
export function identityKeys(index: BlindIndex, identity: CaseIdentity, now = new Date()): string[] {
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
  for (const name of names.filter(Boolean)) for (const birth of births) keys.add(index.compute(name, birth));
  return [...keys];
}

/**
 * The one key a search by name computes: the full name as recorded (last name and every first name, or one alias
 * alone) × the birth year — the same key a case recorded with that name and a birth date or an estimated age in
 * that year carries. Exact after normalisation (case, accents, order of the names); never fuzzy.
 */
export function nameSearchKey(index: BlindIndex, names: string[], birthYear: number): string | null {
  const name = nameKey(names);
  return name ? index.compute(name, `y:${birthYear}`) : null;
}
