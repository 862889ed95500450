import type { CaseView } from '../api/views';

export interface EligibilityInput {
  targetKind: string;
  targetOrganisationId: string;
  requesterKind: string;
  legalBasis?: string;
  asylumStatus?: string;
  parquetOrganisationId?: string;
}

const PLACEMENT_STATES = ['emergency_placement', 'judge_seized', 'placed'];

function consentGiven(c: CaseView, targetOrganisationId: string): boolean {
  return c.minor || c.consents.some((k) => k.purpose === 'orientation' && k.targetOrganisationId === targetOrganisationId && k.granted);
}

/**
 * The eligibility rules of libs/orientations/src/domain/eligibility.ts, read from the pseudonymised case, so
 * that the person asking learns before sending why it would be refused. Returns the API's codes (worded by
 * error-messages.ts); the API checks again. The PSP association approval is not visible here: the API says it.
 */
export function eligibilityProblems(c: CaseView, r: EligibilityInput): string[] {
  const problems: string[] = [];
  const adult = () => c.minor && problems.push('ELIGIBILITY_ADULT_REQUIRED');
  const consent = () => r.targetOrganisationId && !consentGiven(c, r.targetOrganisationId) && problems.push('ELIGIBILITY_CONSENT_REQUIRED');
  switch (r.targetKind) {
    case 'acse':
      adult();
      consent();
      if (!c.localDanger) problems.push('ELIGIBILITY_LOCAL_DANGER_REQUIRED');
      break;
    case 'dna':
      if (c.sex !== 'female' || !r.asylumStatus) problems.push('ELIGIBILITY_WOMAN_ASYLUM');
      adult();
      consent();
      break;
    case 'minors_centre':
      if (!c.minor || c.ageBand === '0-12') problems.push('ELIGIBILITY_MINOR_13_18');
      if (!r.legalBasis && !PLACEMENT_STATES.includes(c.statuses.childProtection)) problems.push('ELIGIBILITY_LEGAL_BASIS_REQUIRED');
      break;
    case 'uaped':
      if (!c.minor) problems.push('ELIGIBILITY_MINOR_REQUIRED');
      if (r.requesterKind !== 'parquet' && !r.parquetOrganisationId) problems.push('ELIGIBILITY_PARQUET_REQUIRED');
      break;
    case 'psp':
      adult();
      if (!c.exploitationForms.includes('sexual_exploitation')) problems.push('ELIGIBILITY_PSP_SEXUAL_EXPLOITATION');
      consent();
      break;
    case 'prefecture':
      adult();
      if (!c.foreignNational) problems.push('ELIGIBILITY_NON_EU_REQUIRED');
      consent();
      break;
    default:
      consent();
  }
  if (c.statuses.case === 'closed' || c.statuses.case === 'closed_referred') problems.push('CASE_NOT_ACTIVE');
  return problems;
}
