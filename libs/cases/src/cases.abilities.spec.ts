import { ActorMembership, asSubject, buildAbility } from '@mnio/platform';
import { caseAbilities } from './cases.abilities';

type M = Partial<ActorMembership> & Pick<ActorMembership, 'organisationKind' | 'role' | 'organisationId'>;
const ability = (m: M) =>
  buildAbility({ userId: 'u', sessionId: 's', mfa: false, memberships: [{ territories: ['93'], national: false, ...m }] }, [caseAbilities]);

const ASSO93 = 'asso-93';
const ASSO93_OTHER = 'asso-93-b';
const ASSO75 = 'asso-75';

/** A 93 case owned by ASSO93, referred to the préfecture, shared with the cell, with an Ac.Sé orientation covered by consent. */
const case93 = asSubject('Case', {
  id: 'c', territory: '93', ownerOrganisationId: ASSO93, minor: false,
  viewers: [ASSO93, 'prefecture-93', 'cell-93', 'acse', 'police-93'], identityReaders: [ASSO93, 'acse'],
});

const rows: [string, M, string, boolean][] = [
  // case worker: own organisation vs another organisation of the same territory vs another territory
  ['case worker of the owner reads', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, 'read', true],
  ['case worker of the owner reads identity', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, 'read_identity', true],
  ['case worker of the owner moves identification', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, 'identify', true],
  ['case worker of the owner cannot formally identify', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, 'formally_identify', false],
  ['coordinator of the owner closes', { organisationKind: 'association', role: 'coordinator', organisationId: ASSO93 }, 'close', true],
  ['case worker of another 93 association reads', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93_OTHER }, 'read', false],
  ['case worker of another 93 association updates', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93_OTHER }, 'update', false],
  ['case worker of a 75 association reads', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO75, territories: ['75'] }, 'read', false],
  // referents
  ['préfecture referent (referred) reads', { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' }, 'read', true],
  ['préfecture referent (referred) reads identity', { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' }, 'read_identity', false],
  ['préfecture referent records residence', { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' }, 'record_residence', true],
  ['préfecture referent records criminal events', { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' }, 'record_criminal', false],
  ['préfecture referent of another territory reads', { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-75', territories: ['75'] }, 'read', false],
  ['parquet referent (not referred) reads', { organisationKind: 'parquet', role: 'teh_referent', organisationId: 'parquet-93' }, 'read', false],
  // police
  ['police investigator (referred) formally identifies', { organisationKind: 'police', role: 'investigator', organisationId: 'police-93' }, 'formally_identify', true],
  ['police investigator (referred) reads identity', { organisationKind: 'police', role: 'investigator', organisationId: 'police-93' }, 'read_identity', false],
  // cell
  ['cell coordinator (shared) reads', { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: 'cell-93' }, 'read', true],
  ['cell member (shared) reads identity', { organisationKind: 'clav_cell', role: 'cell_member', organisationId: 'cell-93' }, 'read_identity', false],
  ['cell coordinator (shared) closes', { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: 'cell-93' }, 'close', false],
  ['cell coordinator of 75 reads', { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: 'cell-75', territories: ['75'] }, 'read', false],
  // orientation target with consent
  ['Ac.Sé coordinator (orientation + consent) reads identity', { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse', national: true, territories: [] }, 'read_identity', true],
  ['Ac.Sé coordinator (orientation) closes', { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse', national: true, territories: [] }, 'close', false],
  // never
  ['national analyst reads', { organisationKind: 'national_coordinator', role: 'national_analyst', organisationId: 'acse', national: true, territories: [] }, 'read', false],
  ['platform admin reads', { organisationKind: 'platform', role: 'platform_admin', organisationId: ASSO93, national: true, territories: [] }, 'read', false],
];

describe('case abilities (allow/deny table)', () => {
  it.each(rows)('%s → %p', (_label, membership, action, allowed) => {
    expect(ability(membership).can(action, case93)).toBe(allowed);
  });

  it.each([
    ['association case worker in 93', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, '93', true],
    ['association case worker in 75', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, '75', false],
    ['ASE case worker in 93', { organisationKind: 'ase', role: 'case_worker', organisationId: 'ase-93' }, '93', true],
    ['police investigator', { organisationKind: 'police', role: 'investigator', organisationId: 'police-93' }, '93', false],
    ['préfecture referent', { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' }, '93', false],
    ['host operator', { organisationKind: 'host', role: 'host_operator', organisationId: 'host-13', territories: ['13'] }, '13', false],
  ] as [string, M, string, boolean][])('%s may record a case in %s: %p', (_label, membership, territory, allowed) => {
    expect(ability(membership).can('create', asSubject('Case', { territory }))).toBe(allowed);
  });

  it('lets only the other side answer a duplicate link', () => {
    const link = asSubject('CaseLink', { otherOrganisationId: ASSO75 });
    expect(ability({ organisationKind: 'association', role: 'coordinator', organisationId: ASSO75, territories: ['75'] }).can('answer_duplicate_link', link)).toBe(true);
    expect(ability({ organisationKind: 'association', role: 'coordinator', organisationId: ASSO93 }).can('answer_duplicate_link', link)).toBe(false);
  });
});

describe('break-the-glass (live, personal, read-only)', () => {
  const broken = asSubject('Case', {
    id: 'c', territory: '93', ownerOrganisationId: ASSO93, minor: false, viewers: [ASSO93], identityReaders: [ASSO93], breakGlassUsers: ['u'],
  });
  const parquet = { organisationKind: 'parquet', role: 'teh_referent', organisationId: 'parquet-93' } as M;
  const colleague = buildAbility({ userId: 'someone-else', sessionId: 's', mfa: false, memberships: [{ territories: ['93'], national: false, ...parquet }] }, [caseAbilities]);

  it.each([['read', true], ['read_history', true], ['read_identity', true], ['list', false], ['record_criminal', false], ['record_child_protection', false], ['update', false]])(
    'the user who broke the glass: %s → %p',
    (action, allowed) => expect(ability(parquet).can(action as string, broken)).toBe(allowed),
  );

  it('gives nothing to a colleague of the same organisation', () => {
    expect(colleague.can('read', broken)).toBe(false);
    expect(colleague.can('read_identity', broken)).toBe(false);
  });
});
