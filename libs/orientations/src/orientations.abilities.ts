import { type AbilityRules, CASE_BLIND_ROLES } from '@mnio/platform';

const REQUESTER_ROLES = ['case_worker', 'coordinator'];
/** Roles that answer what is addressed to their organisation (the same list the notifications context tells). */
const HANDLER_ROLES = ['coordinator', 'host_operator', 'teh_referent', 'case_worker'];
/** Roles that admit and end a stay at a host. */
const HOST_ROLES = ['host_operator', 'coordinator'];
const HOST_KINDS = ['host', 'minors_centre'];
const HOST_VIEW = ['read_capacity', 'read_occupancy', 'read_location'];

/**
 * Who may do what on orientations and hosts. An orientation is seen only by its parties: the requesting
 * organisation, the target it is addressed to, and the host chosen for the person — wherever they sit,
 * since distancing sends people across territories. A host's places and secret location are seen by the
 * host itself and by the coordination that places people there (Ac.Sé for its network, the minors' centre
 * for its relay network). Deny by default.
 */
export const orientationAbilities: AbilityRules = (actor, { can }) => {
  for (const m of actor.memberships) {
    // The Ac.Sé distancing rule (national or per territory): the platform, which reads no case.
    if (m.role === 'platform_admin') can('configure', 'DistancingRule');
    if (CASE_BLIND_ROLES.includes(m.role)) continue;
    const org = m.organisationId;
    if (REQUESTER_ROLES.includes(m.role) || (m.organisationKind === 'parquet' && m.role === 'teh_referent')) {
      can('request', 'Orientation');
      can(['read', 'act_as_requester'], 'Orientation', { requesterOrganisationId: org });
    }
    if (HANDLER_ROLES.includes(m.role)) can(['read', 'act_as_target'], 'Orientation', { targetOrganisationId: org });
    if (HOST_KINDS.includes(m.organisationKind) && HOST_ROLES.includes(m.role)) {
      can(['read', 'act_as_host'], 'Orientation', { hostOrganisationId: org });
      can([...HOST_VIEW, 'update_capacity', 'update_location'], 'Host', { id: org });
    }
    if (HOST_KINDS.includes(m.organisationKind) && m.role === 'case_worker') can(HOST_VIEW, 'Host', { id: org });
    if (m.organisationKind === 'acse_coordination' && ['coordinator', 'case_worker'].includes(m.role)) can(HOST_VIEW, 'Host', { acseNetwork: true });
    if (m.organisationKind === 'minors_centre' && HOST_ROLES.includes(m.role)) can(HOST_VIEW, 'Host', { minorsNetwork: true });
  }
};
