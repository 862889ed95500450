import type { AgeBand } from './vocabulary';

/** Age in whole years on `at` for an ISO birth date. */
export function ageOn(birthDate: string, at: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = at.getUTCFullYear() - y;
  const beforeBirthday = at.getUTCMonth() + 1 < m || (at.getUTCMonth() + 1 === m && at.getUTCDate() < d);
  if (beforeBirthday) age--;
  return age;
}

export function ageBand(age: number | null): AgeBand {
  if (age === null || age < 0) return 'unknown';
  if (age <= 12) return '0-12';
  if (age <= 14) return '13-14';
  if (age <= 17) return '15-17';
  if (age <= 24) return '18-24';
  if (age <= 34) return '25-34';
  if (age <= 44) return '35-44';
  if (age <= 54) return '45-54';
  return '55+';
}

export interface AgeFacts {
  age: number | null;
  band: AgeBand;
  /** Under 18, or age uncertain: the presumption of minority applies. */
  minor: boolean;
}

export function ageFacts(input: { birthDate?: string; estimatedAge?: number; ageUncertain?: boolean }, at = new Date()): AgeFacts {
  const age = input.birthDate ? ageOn(input.birthDate, at) : (input.estimatedAge ?? null);
  const minor = !!input.ageUncertain || (age !== null && age < 18);
  return { age, band: ageBand(age), minor };
}
