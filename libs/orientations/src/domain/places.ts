import { DomainError } from '@mnio/platform';
import { PlaceKind, TARGET_PLACE_KINDS, TargetKind } from './targets';

/**
 * The kind of place an orientation needs: given, or the default for the person (women's or men's place
 * for Ac.Sé, women's for DNA, minors' at the minors' centre). Targets that host nobody take none.
 */
export function placeKindFor(kind: TargetKind, given: PlaceKind | undefined, sex: string): PlaceKind | null {
  const allowed = TARGET_PLACE_KINDS[kind];
  if (!allowed) {
    if (given) throw new DomainError('PLACE_KIND_INVALID', 'This target offers no places', { allowed: [] });
    return null;
  }
  if (given) {
    if (!allowed.includes(given)) throw new DomainError('PLACE_KIND_INVALID', 'This target offers no place of this kind', { allowed: [...allowed] });
    return given;
  }
  if (kind === 'acse') {
    if (sex === 'female') return 'women';
    if (sex === 'male') return 'men';
    throw new DomainError('PLACE_KIND_REQUIRED', 'Say which kind of place the person needs', { allowed: [...allowed] });
  }
  return allowed[0];
}

/** Adds months to a calendar day (`YYYY-MM-DD`), clamping to the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

