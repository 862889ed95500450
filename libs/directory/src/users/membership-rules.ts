import { DomainError } from '@mnio/platform';
import type { OrganisationKind, Role } from '../domain/roles';

/** Which roles make sense in which kind of organisation. */
const ROLES_BY_KIND: Record<OrganisationKind, Role[]> = {
  association: ['case_worker', 'coordinator'],
  prefecture: ['teh_referent', 'case_worker', 'coordinator'],
  parquet: ['teh_referent', 'coordinator'],
  police: ['investigator', 'coordinator', 'case_worker'],
  gendarmerie: ['investigator', 'coordinator', 'case_worker'],
  labour_inspection: ['investigator', 'coordinator', 'case_worker'],
  ase: ['case_worker', 'coordinator', 'teh_referent'],
  pjj: ['case_worker', 'coordinator'],
  ofii: ['case_worker', 'coordinator', 'host_operator'],
  acse_coordination: ['coordinator', 'case_worker'],
  host: ['host_operator', 'coordinator'],
  minors_centre: ['host_operator', 'coordinator'],
  uaped: ['host_operator', 'coordinator', 'case_worker'],
  crp: ['host_operator', 'coordinator', 'case_worker'],
  clav_cell: ['cell_member', 'cell_coordinator'],
  national_coordinator: ['national_analyst'],
  platform: ['platform_admin'],
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
