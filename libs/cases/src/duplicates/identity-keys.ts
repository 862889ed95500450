import { BlindIndex, normaliseForIndex } from '@mnio/platform';
import type { CaseIdentity } from '../domain/case-input';

/** Name tokens in a fixed order, so "Blessing Okafor" and "OKAFOR Blessing" index the same. */
function nameKey(parts: string[]): string {
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
