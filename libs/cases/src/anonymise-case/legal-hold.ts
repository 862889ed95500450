/**
 * Why a case may not be anonymised yet, whatever the retention rules say:
 * - `criminal_proceedings`: a complaint filed or proceedings open (the file may be asked for by the court);
 * - `minor_protection`: a minor's protection measure running (ASE reception, parquet informed, placement order,
 *   judge seized, placement).
 * A conviction or a no-further-action decision ends the criminal hold.
 */
export const LEGAL_HOLDS = ['criminal_proceedings', 'minor_protection'] as const;
export type LegalHold = (typeof LEGAL_HOLDS)[number];

const OPEN_CRIMINAL = ['complaint_filed', 'proceedings'];
const RUNNING_PROTECTION = ['ase_reception', 'parquet_informed', 'emergency_placement', 'judge_seized', 'placed'];

export function legalHoldsOf(c: { criminalStatus: string; childProtectionStatus: string }): LegalHold[] {
  const holds: LegalHold[] = [];
  if (OPEN_CRIMINAL.includes(c.criminalStatus)) holds.push('criminal_proceedings');
  if (RUNNING_PROTECTION.includes(c.childProtectionStatus)) holds.push('minor_protection');
  return holds;
}

/** The same rule in SQL, over `cases c`, for the candidates' page (kept beside the function; the spec checks both agree). */
export const LEGAL_HOLDS_SQL = `array_remove(ARRAY[
  CASE WHEN c.criminal_status IN (${OPEN_CRIMINAL.map((s) => `'${s}'`).join(', ')}) THEN 'criminal_proceedings' END,
  CASE WHEN c.child_protection_status IN (${RUNNING_PROTECTION.map((s) => `'${s}'`).join(', ')}) THEN 'minor_protection' END
], NULL)`;
