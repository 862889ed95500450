import { mayReceiveReferral, referralConsentNeeded } from './referral-rules';

describe('referral rules', () => {
  it.each([
    ['police', false, 'police_contact'],
    ['gendarmerie', false, 'police_contact'],
    ['labour_inspection', false, 'police_contact'],
    ['police', true, null],
    ['prefecture', false, null],
    ['parquet', false, null],
    ['ase', true, null],
  ])('a referral to %s (minor: %s) needs consent %s', (kind, minor, consent) => {
    expect(referralConsentNeeded(kind, minor)).toBe(consent);
  });

  it.each([
    [{ kind: 'police', national: false, territories: ['93'] }, '93', true],
    [{ kind: 'police', national: false, territories: ['13'] }, '93', false],
    [{ kind: 'police', national: true, territories: [] }, '93', true],
    [{ kind: 'prefecture', national: false, territories: ['93', '94'] }, '94', true],
    [{ kind: 'association', national: false, territories: ['93'] }, '93', false],
    [{ kind: 'host', national: false, territories: ['93'] }, '93', false],
    [{ kind: 'clav_cell', national: false, territories: ['93'] }, '93', false],
  ])('%o may receive a referral of a case of %s: %s', (org, territory, allowed) => {
    expect(mayReceiveReferral(org, territory)).toBe(allowed);
  });
});
