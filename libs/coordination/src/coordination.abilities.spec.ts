import { ActorMembership, asSubject, buildAbility } from '@mnio/platform';
import { coordinationAbilities } from './coordination.abilities';

type M = Partial<ActorMembership> & Pick<ActorMembership, 'organisationKind' | 'role' | 'organisationId'>;
const ability = (m: M) =>
  buildAbility({ userId: 'u', sessionId: 's', mfa: false, memberships: [{ territories: ['93'], national: false, ...m }] }, [coordinationAbilities]);

const CELL93 = 'cell-93';
const CELL75 = 'cell-75';
const coordinator93: M = { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: CELL93 };
const member93: M = { organisationKind: 'clav_cell', role: 'cell_member', organisationId: CELL93 };
const coordinator75: M = { organisationKind: 'clav_cell', role: 'cell_coordinator', organisationId: CELL75, territories: ['75'] };
const asso93: M = { organisationKind: 'association', role: 'case_worker', organisationId: 'asso-93' };
const asso13: M = { organisationKind: 'association', role: 'coordinator', organisationId: 'asso-13', territories: ['13'] };
const parquet93: M = { organisationKind: 'parquet', role: 'teh_referent', organisationId: 'parquet-93' };
const police93: M = { organisationKind: 'police', role: 'investigator', organisationId: 'police-93' };
const prefecture93: M = { organisationKind: 'prefecture', role: 'teh_referent', organisationId: 'prefecture-93' };
const ocrteh: M = { organisationKind: 'police', role: 'investigator', organisationId: 'ocrteh', national: true, territories: [] };
const admin: M = { organisationKind: 'platform', role: 'platform_admin', organisationId: 'platform', national: true, territories: [] };
const analyst: M = { organisationKind: 'national_coordinator', role: 'national_analyst', organisationId: 'miprof', national: true, territories: [] };

const cell93 = asSubject('ClavCell', { id: CELL93 });
const meeting93 = asSubject('CellMeeting', { cellId: CELL93 });
const action93 = asSubject('CellAction', { cellId: CELL93, ownerOrganisationId: 'parquet-93' });
const transfer = asSubject('CaseTransfer', { fromOrganisationId: 'asso-93', fromCellId: CELL93, toOrganisationId: 'asso-13' });
const transferUnshared = asSubject('CaseTransfer', { fromOrganisationId: 'asso-93', fromCellId: null, toOrganisationId: 'asso-13' });
const glass93 = asSubject('BreakGlass', { territory: '93' });
const log93 = asSubject('CaseAccessLog', { ownerOrganisationId: 'asso-93' });
const assoCoordinator93: M = { organisationKind: 'association', role: 'coordinator', organisationId: 'asso-93' };

const rows: [string, M, string, Record<string, unknown>, boolean][] = [
  // the cell: members read, coordinators run it, another territory's cell sees nothing
  ['cell coordinator reads their cell', coordinator93, 'read', cell93, true],
  ['cell member reads their cell', member93, 'read', cell93, true],
  ['75 cell coordinator reads cell 93', coordinator75, 'read', cell93, false],
  ['association case worker reads the cell', asso93, 'read', cell93, false],
  ['cell coordinator schedules a meeting', coordinator93, 'create', meeting93, true],
  ['cell member schedules a meeting', member93, 'create', meeting93, false],
  ['cell member reads a meeting', member93, 'read', meeting93, true],
  ['cell coordinator puts a case on the agenda', coordinator93, 'update', meeting93, true],
  ['cell member ticks attendees', member93, 'update', meeting93, false],
  ['cell member proposes a case for the agenda', member93, 'propose', meeting93, true],
  ['cell coordinator proposes a case for the agenda', coordinator93, 'propose', meeting93, true],
  ['75 cell member proposes a case for a 93 meeting', { ...member93, organisationId: CELL75, territories: ['75'] }, 'propose', meeting93, false],
  ['parquet referent proposes a case for the agenda', parquet93, 'propose', meeting93, false],
  ['cell coordinator records a decision', coordinator93, 'decide', meeting93, true],
  ['cell member records a decision', member93, 'decide', meeting93, false],
  ['75 cell coordinator reads a 93 meeting', coordinator75, 'read', meeting93, false],
  ['75 cell coordinator records a 93 decision', coordinator75, 'decide', meeting93, false],
  ['parquet referent (member organisation) reads a meeting', parquet93, 'read', meeting93, false],
  // actions: the owner organisation alone moves them; the cell's users read them
  ['owner organisation reads its action', parquet93, 'read', action93, true],
  ['owner organisation moves its action', parquet93, 'transition', action93, true],
  ['another organisation reads the action', asso93, 'read', action93, false],
  ['cell coordinator moves an action another organisation owns', coordinator93, 'transition', action93, false],
  ['cell coordinator moves an action the cell owns', coordinator93, 'transition', asSubject('CellAction', { cellId: CELL93, ownerOrganisationId: CELL93 }), true],
  ['cell coordinator reads the action', coordinator93, 'read', action93, true],
  ['cell member reads the action', member93, 'read', action93, true],
  ['cell member moves the action', member93, 'transition', action93, false],
  ['75 cell coordinator moves the action', coordinator75, 'transition', action93, false],
  // transfers: the owner's workers or the case's cell coordinator request; the receiving side answers
  ['owner case worker requests a transfer', asso93, 'request', transfer, true],
  ['owner case worker answers their own request', asso93, 'answer', transfer, false],
  ['receiving coordinator answers', asso13, 'answer', transfer, true],
  ['receiving coordinator requests', asso13, 'request', transfer, false],
  ['cell coordinator requests a transfer of a case shared with the cell', coordinator93, 'request', transfer, true],
  ['cell coordinator requests a transfer of a case not shared with the cell', coordinator93, 'request', transferUnshared, false],
  ['cell member requests a transfer', member93, 'request', transfer, false],
  ['75 cell coordinator requests a transfer', coordinator75, 'request', transfer, false],
  ['parquet referent answers', parquet93, 'answer', transfer, false],
  // break-the-glass: named roles, in their own territories (national offices everywhere)
  ['parquet referent breaks the glass in 93', parquet93, 'create', glass93, true],
  ['préfecture referent breaks the glass in 93', prefecture93, 'create', glass93, true],
  ['police investigator breaks the glass in 93', police93, 'create', glass93, true],
  ['national police office breaks the glass in 93', ocrteh, 'create', glass93, true],
  ['cell coordinator breaks the glass in 93', coordinator93, 'create', glass93, true],
  ['75 cell coordinator breaks the glass in 93', coordinator75, 'create', glass93, false],
  ['cell member breaks the glass', member93, 'create', glass93, false],
  ['association case worker breaks the glass', asso93, 'create', glass93, false],
  ['platform admin breaks the glass', admin, 'create', glass93, false],
  // who read this file: the owning organisation's coordinators only
  ['owner coordinator reads who opened the case', assoCoordinator93, 'read', log93, true],
  ['owner case worker reads who opened the case', asso93, 'read', log93, false],
  ['another organisation’s coordinator reads who opened the case', asso13, 'read', log93, false],
  ['cell coordinator reads who opened the case', coordinator93, 'read', log93, false],
  ['parquet referent reads who opened the case', parquet93, 'read', log93, false],
  ['platform admin reads who opened the case', admin, 'read', log93, false],
];

describe('coordination abilities (allow/deny table)', () => {
  it.each(rows)('%s → %p', (_label, membership, action, subject, allowed) => {
    expect(ability(membership).can(action, subject)).toBe(allowed);
  });

  it.each([
    ['platform admin', admin, true],
    ['national analyst', analyst, true],
    ['cell coordinator', coordinator93, false],
    ['parquet referent', parquet93, false],
  ] as [string, M, boolean][])('%s reads the break-the-glass report: %p', (_label, membership, allowed) => {
    expect(ability(membership).can('read', 'BreakGlassReport')).toBe(allowed);
  });

  it('gives the report readers nothing else', () => {
    for (const m of [admin, analyst]) {
      expect(ability(m).can('read', meeting93)).toBe(false);
      expect(ability(m).can('read', action93)).toBe(false);
      expect(ability(m).can('read', transfer)).toBe(false);
    }
  });
});

describe('coordination rules: the data-protection officers (case-blind)', () => {
  it('give an organisation’s or the platform’s DPO nothing of a cell or its actions, no transfer, no break-the-glass', () => {
    for (const dpo of [
      { organisationKind: 'association', role: 'dpo', organisationId: 'asso-93' },
      { organisationKind: 'clav_cell', role: 'dpo', organisationId: CELL93 },
      { organisationKind: 'parquet', role: 'dpo', organisationId: 'parquet-93' },
      { organisationKind: 'platform', role: 'dpo', organisationId: 'platform', national: true, territories: [] },
    ] as M[]) {
      const a = ability(dpo);
      expect(a.can('read', asSubject('CellAction', { cellId: CELL93, ownerOrganisationId: dpo.organisationId }))).toBe(false);
      expect(a.can('transition', asSubject('CellAction', { cellId: CELL93, ownerOrganisationId: dpo.organisationId }))).toBe(false);
      expect(a.can('read', cell93)).toBe(false);
      expect(a.can('read', meeting93)).toBe(false);
      expect(a.can('read', asSubject('CaseTransfer', { fromOrganisationId: dpo.organisationId, fromCellId: null, toOrganisationId: 'x' }))).toBe(false);
      expect(a.can('create', glass93)).toBe(false);
      expect(a.can('read', asSubject('CaseAccessLog', { ownerOrganisationId: dpo.organisationId }))).toBe(false);
    }
  });
});
