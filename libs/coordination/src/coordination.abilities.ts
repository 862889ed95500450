import { type AbilityRules, CASE_BLIND_ROLES } from '@mnio/platform';

const CELL_ROLES = ['cell_member', 'cell_coordinator'];
/** Roles that never see case content: they read the break-the-glass report (uses, never cases) instead. */
const REPORT_ROLES = ['platform_admin', 'national_analyst'];
const RECORDERS = ['case_worker', 'coordinator'];

/**
 * Who may open a case outside their scope in an emergency, by organisation kind: the parquet's and the
 * préfecture's TEH referents (imminent danger, child protection, residence emergencies), police and
 * gendarmerie investigators (danger to life, a missing person), and the cell's coordinator (a case its
 * territory never shared). Associations, hosts and health services are left out: they ask the owner.
 */
export const BREAK_GLASS_HOLDERS: Record<string, string[]> = {
  parquet: ['teh_referent'],
  prefecture: ['teh_referent'],
  police: ['investigator'],
  gendarmerie: ['investigator'],
  clav_cell: ['cell_coordinator'],
};

/**
 * Coordination rules. Subjects: `ClavCell` {id}, `CellMeeting` {cellId}, `CellAction` {cellId,
 * ownerOrganisationId}, `CaseTransfer` {fromOrganisationId, fromCellId, toOrganisationId}, `BreakGlass`
 * {territory}, `BreakGlassReport`, `CaseAccessLog` {ownerOrganisationId}. Cell users act for their own cell only; coordinators run meetings and
 * decisions, members read and propose cases for the agenda. An action is moved by its owner organisation only
 * (the cell drops an action by superseding its decision): the cell reads it. Deny by default.
 */
export const coordinationAbilities: AbilityRules = (actor, { can }) => {
  for (const m of actor.memberships) {
    const org = m.organisationId;
    if (REPORT_ROLES.includes(m.role)) {
      can('read', 'BreakGlassReport');
      continue;
    }
    // The data-protection officers (case-blind) read emergency accesses in their journal of who read what
    // (libs/privacy), never a cell's actions on cases.
    if (CASE_BLIND_ROLES.includes(m.role)) continue;
    if (m.organisationKind === 'clav_cell' && CELL_ROLES.includes(m.role)) {
      can('read', 'ClavCell', { id: org });
      can('read', ['CellMeeting', 'CellAction'], { cellId: org });
      can('propose', 'CellMeeting', { cellId: org });
      if (m.role === 'cell_coordinator') {
        can(['create', 'update', 'decide'], 'CellMeeting', { cellId: org });
        can(['request', 'read'], 'CaseTransfer', { fromCellId: org });
      }
    }
    can(['read', 'transition'], 'CellAction', { ownerOrganisationId: org });
    // « Who read this file »: those who answer for the person in the organisation that follows the case.
    if (m.role === 'coordinator') can('read', 'CaseAccessLog', { ownerOrganisationId: org });
    if (RECORDERS.includes(m.role)) {
      can(['request', 'read'], 'CaseTransfer', { fromOrganisationId: org });
      can(['answer', 'read'], 'CaseTransfer', { toOrganisationId: org });
    }
    if (BREAK_GLASS_HOLDERS[m.organisationKind]?.includes(m.role)) {
      can('create', 'BreakGlass', m.national ? undefined : { territory: { $in: m.territories } });
    }
  }
};
