import { DomainError } from '@mnio/platform';
import type { OrganisationKind, Role } from '../domain/roles';

/** Which roles make sense in which kind of organisation. Every organisation may name its data-protection officer (`dpo`). */
const ROLES_BY_KIND: Record<OrganisationKind, Role[]> = {
  association: ['case_worker', 'coordinator', 'dpo'],
  prefecture: ['teh_referent', 'case_worker', 'coordinator', 'dpo'],
  parquet: ['teh_referent', 'coordinator', 'dpo'],
  police: ['investigator', 'coordinator', 'case_worker', 'dpo'],
  gendarmerie: ['investigator', 'coordinator', 'case_worker', 'dpo'],
  labour_inspection: ['investigator', 'coordinator', 'case_worker', 'dpo'],
  ase: ['case_worker', 'coordinator', 'teh_referent', 'dpo'],
  pjj: ['case_worker', 'coordinator', 'dpo'],
  ofii: ['case_worker', 'coordinator', 'host_operator', 'dpo'],
  acse_coordination: ['coordinator', 'case_worker', 'dpo'],
  host: ['host_operator', 'coordinator', 'dpo'],
  minors_centre: ['host_operator', 'coordinator', 'dpo'],
  uaped: ['host_operator', 'coordinator', 'case_worker', 'dpo'],
  crp: ['host_operator', 'coordinator', 'case_worker', 'dpo'],
  clav_cell: ['cell_member', 'cell_coordinator', 'dpo'],
  national_coordinator: ['national_analyst', 'dpo'],
  platform: ['platform_admin', 'dpo'],
};

export function assertMembershipAllowed(
  org: { kind: OrganisationKind; national: boolean; territories: string[] },
  role: Role,
  territories: string[] = [],
): void {
  if (!ROLES_BY_KIND[org.kind].includes(role)) {
    throw new DomainError('ROLE_NOT_ALLOWED_FOR_KIND', `Role ${role} does not exist in a ${org.kind} organisation`);
  }
  if (!org.national && territories.some((t) => !org.territories.includes(t))) {
    throw new DomainError('TERRITORY_OUTSIDE_ORGANISATION', 'A membership cannot cover a territory its organisation does not');
  }
}
