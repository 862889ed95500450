import type { AbilityRules } from '@mnio/platform';

/**
 * Directory rules. Everyone signed in may find partners (names, kinds, territories). Only platform
 * admins manage users, memberships and organisations — and nothing here lets them read case content:
 * identity-reading roles they only request, for the organisation's coordinators to approve.
 * A cell coordinator configures the member organisations of their own cell.
 */
export const directoryAbilities: AbilityRules = (actor, { can }) => {
  can('read', 'Organisation');
  can('read', 'Territory');
  can('read', 'User', { id: actor.userId });
  for (const m of actor.memberships) {
    if (m.role === 'platform_admin') {
      // `list` is its own action: a type-level check of `read` passes for anyone, through the rule above.
      can(['create', 'read', 'list', 'update'], 'User');
      can(['create', 'read', 'update'], 'Membership');
      can(['create', 'update'], 'Organisation');
      can('list', 'MembershipRequest');
      // Sets up any territory's cell (its member organisations), as its coordinator does.
      can('configure', 'ClavCell');
    }
    if (m.role === 'coordinator') {
      can('list', 'MembershipRequest');
      can('decide', 'MembershipRequest', { organisationId: m.organisationId });
      can('list', 'AccessRequest');
      can('decide', 'AccessRequest', { organisationId: m.organisationId });
    }
    if (m.role === 'cell_coordinator' && m.organisationKind === 'clav_cell') {
      can('configure', 'ClavCell', { id: m.organisationId });
    }
  }
};
