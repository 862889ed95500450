import { DomainError } from '@mnio/platform';
import { checkEligibility, eligibilityProblems, EligibilityFacts, EligibilityRequest } from './eligibility';

const TARGET = 'target-org';
/** A woman of 27, foreign national, sexually exploited, in local danger, who agreed to this orientation. */
const adult: EligibilityFacts = {
  sex: 'female', ageBand: '25-34', minor: false, foreignNational: true, exploitationForms: ['sexual_exploitation'], localDanger: true,
  childProtectionStatus: 'none', consents: { [`orientation:${TARGET}`]: true },
};
const minor: EligibilityFacts = { ...adult, ageBand: '15-17', minor: true, consents: {} };
const association = { kind: 'association', attributes: { pspApproved: true } };

function code(facts: Partial<EligibilityFacts>, request: Partial<EligibilityRequest> & Pick<EligibilityRequest, 'targetKind'>, base = adult): string {
  try {
    const r = checkEligibility({ ...base, ...facts }, { targetOrganisationId: TARGET, requester: association, ...request });
    return r.legalBasis ? `ok:${r.legalBasis}` : 'ok';
  } catch (e) {
    return (e as DomainError).code;
  }
}

describe('eligibility, each rule with its code', () => {
  it.each([
    // Ac.Sé: adult, consent to this orientation, local danger
    ['Ac.Sé, adult in local danger who agreed', {}, { targetKind: 'acse' }, 'ok'],
    ['Ac.Sé, a minor', { minor: true, ageBand: '15-17' }, { targetKind: 'acse' }, 'ELIGIBILITY_ADULT_REQUIRED'],
    ['Ac.Sé, no consent', { consents: {} }, { targetKind: 'acse' }, 'ELIGIBILITY_CONSENT_REQUIRED'],
    ['Ac.Sé, consent withdrawn', { consents: { [`orientation:${TARGET}`]: false } }, { targetKind: 'acse' }, 'ELIGIBILITY_CONSENT_REQUIRED'],
    ['Ac.Sé, consent for another target', { consents: { 'orientation:other': true } }, { targetKind: 'acse' }, 'ELIGIBILITY_CONSENT_REQUIRED'],
    ['Ac.Sé, no local danger', { localDanger: false }, { targetKind: 'acse' }, 'ELIGIBILITY_LOCAL_DANGER_REQUIRED'],
    // DNA: a woman, asylum seeker or refugee
    ['DNA, woman asylum seeker', {}, { targetKind: 'dna', asylumStatus: 'asylum_seeker' }, 'ok'],
    ['DNA, woman refugee', {}, { targetKind: 'dna', asylumStatus: 'refugee' }, 'ok'],
    ['DNA, a man', { sex: 'male' }, { targetKind: 'dna', asylumStatus: 'asylum_seeker' }, 'ELIGIBILITY_WOMAN_ASYLUM'],
    ['DNA, no asylum status', {}, { targetKind: 'dna' }, 'ELIGIBILITY_WOMAN_ASYLUM'],
    ['DNA, no consent', { consents: {} }, { targetKind: 'dna', asylumStatus: 'refugee' }, 'ELIGIBILITY_CONSENT_REQUIRED'],
    // PSP: adult, sexual exploitation, approved association
    ['PSP, approved association', {}, { targetKind: 'psp' }, 'ok'],
    ['PSP, labour exploitation only', { exploitationForms: ['labour_exploitation'] }, { targetKind: 'psp' }, 'ELIGIBILITY_PSP_SEXUAL_EXPLOITATION'],
    ['PSP, association not approved', {}, { targetKind: 'psp', requester: { kind: 'association', attributes: {} } }, 'ELIGIBILITY_PSP_APPROVED_ASSOCIATION'],
    ['PSP, a minor', { minor: true }, { targetKind: 'psp' }, 'ELIGIBILITY_ADULT_REQUIRED'],
    // Préfecture: foreign national outside the EU/EEA/Switzerland
    ['préfecture, non-EU national', {}, { targetKind: 'prefecture' }, 'ok'],
    ['préfecture, EU national', { foreignNational: false }, { targetKind: 'prefecture' }, 'ELIGIBILITY_NON_EU_REQUIRED'],
    ['préfecture, no consent', { consents: {} }, { targetKind: 'prefecture' }, 'ELIGIBILITY_CONSENT_REQUIRED'],
    // every other orientation of an adult needs the matching consent
    ['CRP, adult who agreed', {}, { targetKind: 'crp' }, 'ok'],
    ['CRP, adult without consent', { consents: {} }, { targetKind: 'crp' }, 'ELIGIBILITY_CONSENT_REQUIRED'],
    ['parquet, adult without consent', { consents: {} }, { targetKind: 'parquet' }, 'ELIGIBILITY_CONSENT_REQUIRED'],
    ['general channel, adult without consent', { consents: {} }, { targetKind: 'general' }, 'ELIGIBILITY_CONSENT_REQUIRED'],
  ] as [string, Partial<EligibilityFacts>, EligibilityRequest, string][])('%s: %s', (_label, facts, request, expected) => {
    expect(code(facts, request)).toBe(expected);
  });

  it.each([
    // minors' centre: 13–18 with a legal basis; no consent needed
    ['minors\u2019 centre, 15-17 with an OPP given', {}, { targetKind: 'minors_centre', legalBasis: 'opp' }, 'ok:opp'],
    ['minors\u2019 centre, 13-14 with an administrative reception', { ageBand: '13-14' }, { targetKind: 'minors_centre', legalBasis: 'administrative_reception' }, 'ok:administrative_reception'],
    ['minors\u2019 centre, basis from the child-protection track', { childProtectionStatus: 'emergency_placement' }, { targetKind: 'minors_centre' }, 'ok:opp'],
    ['minors\u2019 centre, placed by the judge', { childProtectionStatus: 'placed' }, { targetKind: 'minors_centre' }, 'ok:placement'],
    ['minors\u2019 centre, no legal basis', { childProtectionStatus: 'ase_reception' }, { targetKind: 'minors_centre' }, 'ELIGIBILITY_LEGAL_BASIS_REQUIRED'],
    ['minors\u2019 centre, a child of 11', { ageBand: '0-12' }, { targetKind: 'minors_centre', legalBasis: 'opp' }, 'ELIGIBILITY_MINOR_13_18'],
    ['minors\u2019 centre, an adult', { minor: false, ageBand: '18-24' }, { targetKind: 'minors_centre', legalBasis: 'opp' }, 'ELIGIBILITY_MINOR_13_18'],
    ['minors\u2019 centre, age uncertain (presumed minor)', { ageBand: '18-24' }, { targetKind: 'minors_centre', legalBasis: 'judgment' }, 'ok:judgment'],
    // UAPED: a minor, asked by or for the parquet
    ['UAPED asked by the parquet', {}, { targetKind: 'uaped', requester: { kind: 'parquet', attributes: {} } }, 'ok'],
    ['UAPED asked by an association on the parquet\u2019s decision', {}, { targetKind: 'uaped', decidingParquetKind: 'parquet' }, 'ok'],
    ['UAPED asked by an association alone', {}, { targetKind: 'uaped' }, 'ELIGIBILITY_PARQUET_REQUIRED'],
    ['UAPED for an adult', { minor: false }, { targetKind: 'uaped', requester: { kind: 'parquet', attributes: {} } }, 'ELIGIBILITY_MINOR_REQUIRED'],
    // a minor's orientation never waits for consent
    ['CRP for a minor without consent', {}, { targetKind: 'crp' }, 'ok'],
    ['ASE/CRIP for a minor without consent', {}, { targetKind: 'general' }, 'ok'],
  ] as [string, Partial<EligibilityFacts>, EligibilityRequest, string][])('%s: %s', (_label, facts, request, expected) => {
    expect(code(facts, request, minor)).toBe(expected);
  });
});

describe('eligibility problems, all of them (the dry run)', () => {
  const codes = (facts: Partial<EligibilityFacts>, request: Partial<EligibilityRequest> & Pick<EligibilityRequest, 'targetKind'>, base = adult) =>
    eligibilityProblems({ ...base, ...facts }, { targetOrganisationId: TARGET, requester: association, ...request }).problems.map((p) => p.code);

  it('lists every rule that fails, in the order the request checks them: the request answers the first', () => {
    const facts = { minor: true, ageBand: '15-17', localDanger: false, consents: {} };
    expect(codes(facts, { targetKind: 'acse' })).toEqual(['ELIGIBILITY_ADULT_REQUIRED', 'ELIGIBILITY_LOCAL_DANGER_REQUIRED']);
    expect(code(facts, { targetKind: 'acse' })).toBe('ELIGIBILITY_ADULT_REQUIRED');
    expect(codes({ sex: 'male', exploitationForms: [], foreignNational: false, consents: {} }, { targetKind: 'psp', requester: { kind: 'association', attributes: {} } }))
      .toEqual(['ELIGIBILITY_PSP_SEXUAL_EXPLOITATION', 'ELIGIBILITY_PSP_APPROVED_ASSOCIATION', 'ELIGIBILITY_CONSENT_REQUIRED']);
    expect(codes({ minor: false, ageBand: '25-34' }, { targetKind: 'minors_centre' })).toEqual(['ELIGIBILITY_MINOR_13_18', 'ELIGIBILITY_LEGAL_BASIS_REQUIRED']);
    expect(codes({}, { targetKind: 'acse' })).toEqual([]);
  });

  it('does not judge consent before a target is named', () => {
    const r = eligibilityProblems({ ...adult, consents: {} }, { targetKind: 'acse', requester: association });
    expect(r.problems).toEqual([]);
    expect(eligibilityProblems({ ...adult, consents: {} }, { targetKind: 'acse', targetOrganisationId: TARGET, requester: association }).problems.map((p) => p.code))
      .toEqual(['ELIGIBILITY_CONSENT_REQUIRED']);
  });
});
