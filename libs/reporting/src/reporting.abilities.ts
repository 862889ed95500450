import type { AbilityRules } from '@mnio/platform';

/**
 * Statistics rules. Subject `Statistics` {scope, territory?, organisationId?}: the national analyst reads
 * national (and regional, by filter) tables; a CLAV cell's coordinator its own territory's; an association's
 * coordinator its own organisation's figures. Nobody else. Deny by default.
 */
export const reportingAbilities: AbilityRules = (actor, { can }) => {
  for (const m of actor.memberships) {
    if (m.role === 'national_analyst' && m.organisationKind === 'national_coordinator') {
      can(['read', 'export'], 'Statistics', { scope: 'national' });
    }
    if (m.organisationKind === 'clav_cell' && m.role === 'cell_coordinator') {
      can(['read', 'export'], 'Statistics', { scope: 'territory', territory: { $in: m.territories } });
    }
    if (m.organisationKind === 'association' && m.role === 'coordinator') {
      can(['read', 'export'], 'Statistics', { scope: 'organisation', organisationId: m.organisationId });
    }
  }
};
