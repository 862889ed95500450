export const ROLES = [
  'case_worker', 'coordinator', 'investigator', 'teh_referent', 'cell_member', 'cell_coordinator', 'host_operator', 'national_analyst', 'platform_admin', 'dpo',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = [
  'association', 'prefecture', 'parquet', 'police', 'gendarmerie', 'labour_inspection', 'ase', 'pjj', 'ofii', 'acse_coordination', 'host',
  'minors_centre', 'uaped', 'crp', 'clav_cell', 'national_coordinator', 'platform',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Roles whose work includes reading a victim's identity: the second factor can be made mandatory for them. */
export const IDENTITY_READING_ROLES: readonly Role[] = ['case_worker', 'coordinator', 'investigator', 'teh_referent', 'host_operator'];

export const TERRITORY_CODE = /^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$/;

/**
 * Roles `MNIO_MFA_REQUIRED` covers: every role that reads identity, and the two that hold power over others
 * (the platform's administrators; the cell coordinators, who may break the glass), and the data-protection officers,
 * whose reports name who read what and whose exports carry a person's identity.
 */
export const MFA_COVERED_ROLES: readonly Role[] = [...IDENTITY_READING_ROLES, 'platform_admin', 'cell_coordinator', 'dpo'];

/**
 * Roles a platform administrator may grant directly: none reads identity. Identity-reading roles need the
 * organisation's coordinator (a request the coordinator approves); platform_admin is granted by the operator only.
 */
export const ADMIN_GRANTABLE_ROLES: readonly Role[] = ['cell_member', 'cell_coordinator', 'national_analyst'];

/** The role that approves membership requests in an organisation. */
export const APPROVER_ROLE: Role = 'coordinator';
