export const ROLES = [
  'case_worker', 'coordinator', 'investigator', 'teh_referent', 'cell_member', 'cell_coordinator', 'host_operator', 'national_analyst', 'platform_admin',
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
