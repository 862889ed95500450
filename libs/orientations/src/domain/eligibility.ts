import { DomainError } from '@mnio/platform';
import type { AsylumStatus, LegalBasis, TargetKind } from './targets';

/** The pseudonymised facts of a case that eligibility reads (a subset of the cases context's CaseFacts). */
export interface EligibilityFacts {
  sex: string;
  ageBand: string;
  minor: boolean;
  foreignNational: boolean;
  exploitationForms: string[];
  localDanger: boolean;
  childProtectionStatus: string;
  consents: Record<string, boolean>;
}

export interface EligibilityRequest {
  targetKind: TargetKind;
  targetOrganisationId: string;
  requester: { kind: string; attributes: Record<string, unknown> };
  legalBasis?: LegalBasis;
  asylumStatus?: AsylumStatus;
  /** For a UAPED hearing asked by someone else than the parquet: the kind of the organisation named as deciding parquet. */
  decidingParquetKind?: string | null;
}

/** What eligibility establishes and the orientation records. */
export interface EligibilityOutcome {
  /** Minors' centre: the legal basis, given in the request or read from the child-protection track. */
  legalBasis: string | null;
}

/** Child-protection states that are a legal basis for a placement in the minors' centre. */
const PLACEMENT_STATES: Record<string, string> = { emergency_placement: 'opp', judge_seized: 'judgment', placed: 'placement' };

/** A rule that does not hold: its stable code (422) and an English message for logs and API clients. */
export interface EligibilityProblem {
  code: string;
  message: string;
}

const ADULT: EligibilityProblem = { code: 'ELIGIBILITY_ADULT_REQUIRED', message: 'This orientation is for adults' };
const CONSENT: EligibilityProblem = { code: 'ELIGIBILITY_CONSENT_REQUIRED', message: 'The person has not agreed to this orientation' };

/**
 * Every rule of a target kind that does not hold, in the order they are checked (one copy of the rules: the
 * request throws the first, the dry run answers them all). Pure: the handler gathers facts and organisations.
 * Without `targetOrganisationId` (a dry run before a target is chosen) consent, which is to a target, is not judged.
 * The Ac.Sé distancing rule needs the chosen host and is checked when the host agrees (see `distancing.ts`).
 */
export function eligibilityProblems(f: EligibilityFacts, r: Omit<EligibilityRequest, 'targetOrganisationId'> & { targetOrganisationId?: string }): EligibilityOutcome & { problems: EligibilityProblem[] } {
  const problems: EligibilityProblem[] = [];
  const fail = (code: string, message: string) => problems.push({ code, message });
  const adult = () => f.minor && problems.push(ADULT);
  /** A minor's protection never waits for consent; an adult's orientation needs consent to this very target. */
  const consent = () => r.targetOrganisationId && !f.minor && f.consents[`orientation:${r.targetOrganisationId}`] !== true && problems.push(CONSENT);
  let legalBasis: string | null = null;
  switch (r.targetKind) {
    case 'acse':
      adult();
      consent();
      if (!f.localDanger) fail('ELIGIBILITY_LOCAL_DANGER_REQUIRED', 'Ac.Sé answers a local danger that calls for distancing');
      break;
    case 'dna':
      if (f.sex !== 'female' || !r.asylumStatus) fail('ELIGIBILITY_WOMAN_ASYLUM', 'DNA dedicated places are for women asylum seekers or refugees');
      adult();
      consent();
      break;
    case 'minors_centre':
      if (!f.minor || f.ageBand === '0-12') fail('ELIGIBILITY_MINOR_13_18', 'The minors\u2019 centre takes minors aged 13 to 18');
      legalBasis = r.legalBasis ?? PLACEMENT_STATES[f.childProtectionStatus] ?? null;
      if (!legalBasis) fail('ELIGIBILITY_LEGAL_BASIS_REQUIRED', 'A placement order, judgment or administrative reception is required');
      break;
    case 'uaped':
      if (!f.minor) fail('ELIGIBILITY_MINOR_REQUIRED', 'A UAPED hearing is for children');
      if (r.requester.kind !== 'parquet' && r.decidingParquetKind !== 'parquet') {
        fail('ELIGIBILITY_PARQUET_REQUIRED', 'A UAPED hearing is asked by the parquet or on its decision');
      }
      break;
    case 'psp':
      adult();
      if (!f.exploitationForms.includes('sexual_exploitation')) fail('ELIGIBILITY_PSP_SEXUAL_EXPLOITATION', 'A PSP concerns sexual exploitation');
      if (r.requester.attributes.pspApproved !== true) fail('ELIGIBILITY_PSP_APPROVED_ASSOCIATION', 'A PSP project is presented by an approved association');
      consent();
      break;
    case 'prefecture':
      adult();
      if (!f.foreignNational) fail('ELIGIBILITY_NON_EU_REQUIRED', 'The préfecture referral concerns nationals of countries outside the EU/EEA/Switzerland');
      consent();
      break;
    case 'crp':
    case 'parquet':
    case 'general':
      consent();
      break;
  }
  return { legalBasis, problems };
}

/** Checked on request: the first rule that does not hold, with its stable code (422). */
export function checkEligibility(f: EligibilityFacts, r: EligibilityRequest): EligibilityOutcome {
  const { legalBasis, problems } = eligibilityProblems(f, r);
  if (problems.length) throw new DomainError(problems[0].code, problems[0].message);
  return { legalBasis };
}
