import { ActorMembership, asSubject, buildAbility } from '@mnio/platform';
import { caseAbilities } from '../cases.abilities';
import { factProblem } from '../domain/track-facts';
import { TrackFacts, trackActions } from './track-actions';

type M = Pick<ActorMembership, 'organisationKind' | 'role' | 'organisationId'>;
const OWNER = 'asso-93';
const subject = asSubject('Case', {
  id: 'c', territory: '93', ownerOrganisationId: OWNER, minor: false, viewers: [OWNER, 'prefecture-93', 'police-93', 'parquet-93'], identityReaders: [OWNER], breakGlassUsers: [],
});
const actionsOf = (m: M, facts: Partial<Omit<TrackFacts, 'statuses'>> & { statuses?: Partial<TrackFacts['statuses']> } = {}) => {
  const ability = buildAbility({ userId: 'u', sessionId: 's', mfa: false, memberships: [{ territories: ['93'], national: false, ...m }] }, [caseAbilities]);
  return trackActions((a) => ability.can(a, subject), {
    minor: false, foreignNational: true, ...facts,
    statuses: { identification: 'spotted', residence: 'none', childProtection: 'none', criminal: 'none', case: 'active', ...facts.statuses },
  });
};
const PREFECTURE: M = { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' };
const POLICE: M = { organisationKind: 'police', role: 'investigator', organisationId: 'police-93' };
const WORKER: M = { organisationKind: 'association', role: 'case_worker', organisationId: OWNER };

describe('track actions offered to an actor', () => {
  it('gives the préfecture referent the residence events of the current step, and nothing on the criminal track or the status', () => {
    expect(actionsOf(PREFECTURE)).toEqual({
      identification: [], indicators: false, residence: ['rights_information', 'complaint_or_testimony', 'removal_order'], childProtection: [], criminal: [], case: [],
    });
    expect(actionsOf(PREFECTURE, { statuses: { residence: 'reflection_period' } }).residence).toEqual([
      'reflection_period_ended_early', 'receipt_issued', 'complaint_or_testimony', 'removal_order',
    ]);
  });

  it('gives the police formal identification only once the person is a presumed victim', () => {
    expect(actionsOf(POLICE).identification).toEqual([]);
    expect(actionsOf(POLICE, { statuses: { identification: 'presumed_victim' } })).toMatchObject({ identification: ['formally_identified'], criminal: ['complaint_filed', 'hearing', 'proceedings_opened'], residence: [] });
  });

  it('gives the owner every move but formal identification, indicators and the case status', () => {
    expect(actionsOf(WORKER, { statuses: { identification: 'presumed_victim' } })).toMatchObject({
      identification: ['not_retained', 'lost_contact'], indicators: true, case: ['follow_up', 'close', 'close_referred'],
    });
    expect(actionsOf(WORKER, { statuses: { case: 'closed' } }).case).toEqual(['reopen']);
  });

  it('leaves out tracks that do not concern the person and events whose precondition is not met', () => {
    expect(actionsOf(WORKER, { foreignNational: false }).residence).toEqual([]);
    expect(actionsOf(WORKER, { minor: true }).residence).toEqual([]);
    expect(actionsOf(WORKER).childProtection).toEqual([]);
    expect(actionsOf(WORKER, { minor: true }).childProtection).toEqual(['report_made', 'ase_provisional_reception', 'emergency_placement_order', 'guardian_appointed', 'ad_hoc_administrator_appointed']);
    expect(actionsOf(PREFECTURE, { statuses: { residence: 'permit_issued' } }).residence).not.toContain('ten_year_card_issued');
    expect(actionsOf(PREFECTURE, { statuses: { residence: 'permit_issued', criminal: 'convicted' } }).residence).toContain('ten_year_card_issued');
  });
});

describe('facts of a track event', () => {
  it.each([
    ['rights_information', { service: 'prefecture', language: 'en', interpreter: false }, null],
    ['rights_information', { service: 'prefecture', language: 'en' }, 'EVENT_FIELD_REQUIRED:interpreter'],
    ['rights_information', { service: 'Commissariat de Bobigny', language: 'en', interpreter: true }, 'EVENT_FIELD_INVALID:service'],
    ['receipt_issued', { reasonCode: 'other' }, 'EVENT_FIELD_NOT_ALLOWED:reasonCode'],
    ['permit_refused', { reasonCode: 'insufficient_evidence' }, 'EVENT_FIELD_INVALID:reasonCode'],
    ['no_further_action', { reasonCode: 'insufficient_evidence' }, null],
    ['hearing', { hearingType: 'uaped', language: 'ar', interpreter: true }, null],
    ['permit_issued', { expiresOn: '2027-12-01' }, null],
  ] as const)('%s with %j gives %s', (event, details, expected) => {
    const p = factProblem(event, details);
    expect(p ? `${p.code}:${p.field}` : null).toBe(expected);
  });
});
