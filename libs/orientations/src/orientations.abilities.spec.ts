import { ActorMembership, asSubject, buildAbility } from '@mnio/platform';
import { orientationAbilities } from './orientations.abilities';
import { orientationScope } from './queries/orientation-scope';

type M = Partial<ActorMembership> & Pick<ActorMembership, 'organisationKind' | 'role' | 'organisationId'>;
const ability = (m: M) =>
  buildAbility({ userId: 'u', sessionId: 's', mfa: false, memberships: [{ territories: ['93'], national: false, ...m }] }, [orientationAbilities]);

const ASSO93 = 'asso-93';
/** An Ac.Sé orientation asked by a 93 association, placed with a host of the 13: its three parties sit in three territories. */
const orientation = asSubject('Orientation', { requesterOrganisationId: ASSO93, targetOrganisationId: 'acse', hostOrganisationId: 'host-13' });
const NATIONAL = { national: true, territories: [] };

const rows: [string, M, string, boolean][] = [
  // requester: own organisation vs another organisation of the same territory vs another territory
  ['case worker of the requester reads', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, 'read', true],
  ['case worker of the requester cancels', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, 'act_as_requester', true],
  ['coordinator of the requester cancels', { organisationKind: 'association', role: 'coordinator', organisationId: ASSO93 }, 'act_as_requester', true],
  ['case worker of the requester answers as target', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, 'act_as_target', false],
  ['case worker of another 93 association reads', { organisationKind: 'association', role: 'case_worker', organisationId: 'asso-93-b' }, 'read', false],
  ['case worker of a 75 association reads', { organisationKind: 'association', role: 'case_worker', organisationId: 'asso-75', territories: ['75'] }, 'read', false],
  // target (national)
  ['Ac.Sé coordinator reads', { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse', ...NATIONAL }, 'read', true],
  ['Ac.Sé coordinator answers', { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse', ...NATIONAL }, 'act_as_target', true],
  ['Ac.Sé coordinator cancels', { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse', ...NATIONAL }, 'act_as_requester', false],
  ['Ac.Sé coordinator admits', { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse', ...NATIONAL }, 'act_as_host', false],
  ['another national coordination reads', { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse-2', ...NATIONAL }, 'read', false],
  // host (another territory)
  ['operator of the chosen host (13) reads', { organisationKind: 'host', role: 'host_operator', organisationId: 'host-13', territories: ['13'] }, 'read', true],
  ['operator of the chosen host admits', { organisationKind: 'host', role: 'host_operator', organisationId: 'host-13', territories: ['13'] }, 'act_as_host', true],
  ['operator of the chosen host answers as target', { organisationKind: 'host', role: 'host_operator', organisationId: 'host-13', territories: ['13'] }, 'act_as_target', false],
  ['case worker of the chosen host admits', { organisationKind: 'host', role: 'case_worker', organisationId: 'host-13', territories: ['13'] }, 'act_as_host', false],
  ['operator of another host (69) reads', { organisationKind: 'host', role: 'host_operator', organisationId: 'host-69', territories: ['69'] }, 'read', false],
  // same territory, not a party
  ['préfecture referent of 93 reads', { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' }, 'read', false],
  ['cell coordinator of 93 reads', { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: 'cell-93' }, 'read', false],
  ['police investigator of 93 reads', { organisationKind: 'police', role: 'investigator', organisationId: 'police-93' }, 'read', false],
  // never
  ['national analyst of the requester reads', { organisationKind: 'association', role: 'national_analyst', organisationId: ASSO93 }, 'read', false],
  ['platform admin of the target reads', { organisationKind: 'acse_coordination', role: 'platform_admin', organisationId: 'acse', ...NATIONAL }, 'read', false],
];

describe('orientation abilities (allow/deny table)', () => {
  it.each(rows)('%s → %p', (_label, membership, action, allowed) => {
    expect(ability(membership).can(action, orientation)).toBe(allowed);
  });

  it.each([
    ['association case worker', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, true],
    ['association coordinator', { organisationKind: 'association', role: 'coordinator', organisationId: ASSO93 }, true],
    ['parquet TEH referent (UAPED hearings)', { organisationKind: 'parquet', role: 'teh_referent', organisationId: 'parquet-93' }, true],
    ['préfecture TEH referent', { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' }, false],
    ['police investigator', { organisationKind: 'police', role: 'investigator', organisationId: 'police-93' }, false],
    ['cell coordinator', { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: 'cell-93' }, false],
    ['host operator', { organisationKind: 'host', role: 'host_operator', organisationId: 'host-13', territories: ['13'] }, false],
    ['platform admin', { organisationKind: 'platform', role: 'platform_admin', organisationId: 'p', ...NATIONAL }, false],
  ] as [string, M, boolean][])('%s may ask for orientations: %p', (_label, membership, allowed) => {
    expect(ability(membership).can('request', 'Orientation')).toBe(allowed);
  });
});

describe('host abilities (places and secret location)', () => {
  const acseHost = asSubject('Host', { id: 'host-13', acseNetwork: true, minorsNetwork: false });
  const dnaHost = asSubject('Host', { id: 'host-69', acseNetwork: false, minorsNetwork: false });
  const relayHost = asSubject('Host', { id: 'host-33', acseNetwork: false, minorsNetwork: true });
  const centre = asSubject('Host', { id: 'centre', acseNetwork: false, minorsNetwork: false });
  const host13: M = { organisationKind: 'host', role: 'host_operator', organisationId: 'host-13', territories: ['13'] };
  const acse: M = { organisationKind: 'acse_coordination', role: 'coordinator', organisationId: 'acse', ...NATIONAL };
  const minors: M = { organisationKind: 'minors_centre', role: 'host_operator', organisationId: 'centre', ...NATIONAL };

  it.each([
    ['the host reads its location', host13, 'read_location', acseHost, true],
    ['the host sets its location', host13, 'update_location', acseHost, true],
    ['the host sets its capacity', host13, 'update_capacity', acseHost, true],
    ['the host reads another host\u2019s location', host13, 'read_location', dnaHost, false],
    ['a case worker of the host reads its location', { ...host13, role: 'case_worker' }, 'read_location', acseHost, true],
    ['a case worker of the host sets its capacity', { ...host13, role: 'case_worker' }, 'update_capacity', acseHost, false],
    ['Ac.Sé reads a network host\u2019s location', acse, 'read_location', acseHost, true],
    ['Ac.Sé reads a network host\u2019s occupancy', acse, 'read_occupancy', acseHost, true],
    ['Ac.Sé sets a network host\u2019s location', acse, 'update_location', acseHost, false],
    ['Ac.Sé reads a DNA host\u2019s location', acse, 'read_location', dnaHost, false],
    ['Ac.Sé reads a minors\u2019 relay host\u2019s location', acse, 'read_location', relayHost, false],
    ['the minors\u2019 centre reads its own location', minors, 'read_location', centre, true],
    ['the minors\u2019 centre reads a relay host\u2019s location', minors, 'read_location', relayHost, true],
    ['the minors\u2019 centre reads an Ac.Sé host\u2019s location', minors, 'read_location', acseHost, false],
    ['the requesting association reads the host\u2019s location', { organisationKind: 'association', role: 'case_worker', organisationId: ASSO93 }, 'read_location', acseHost, false],
    ['the cell reads the host\u2019s capacity', { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: 'cell-93' }, 'read_capacity', acseHost, false],
    ['a platform admin reads the host\u2019s location', { organisationKind: 'host', role: 'platform_admin', organisationId: 'host-13', territories: ['13'] }, 'read_location', acseHost, false],
  ] as [string, M, string, ReturnType<typeof asSubject>, boolean][])('%s → %p', (_label, membership, action, subject, allowed) => {
    expect(ability(membership).can(action, subject)).toBe(allowed);
  });
});

describe('orientation scope in SQL', () => {
  it('is the same rules as a predicate on the party columns, with bound parameters', () => {
    const host = ability({ organisationKind: 'host', role: 'host_operator', organisationId: 'host-13', territories: ['13'] });
    const params: unknown[] = [];
    expect(orientationScope(host, 'act_as_host', params)).toBe('(o.host_organisation_id = $1)');
    expect(params).toEqual(['host-13']);
    // A host operator also answers what is addressed to its organisation (a DNA host is target and host).
    expect(orientationScope(host, 'read', params)).toBe('(o.host_organisation_id = $2 OR o.target_organisation_id = $3)');
    expect(params).toEqual(['host-13', 'host-13', 'host-13']);
    const none = orientationScope(ability({ organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: 'cell-93' }), 'read', params);
    expect(none).toBe('FALSE');
    expect(params).toHaveLength(3);
  });
});
