import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** `GET /api/admin/organisations`: every organisation as the platform manages it. */
export interface AdminOrganisation {
  id: string;
  kind: string;
  name: string;
  national: boolean;
  territories: string[];
  attributes: Record<string, unknown>;
  siret: string | null;
  passwordSignIn: boolean;
  active: boolean;
  version: number;
  members: number;
  cellMembers: string[];
}

export const ADMIN_ORGANISATIONS_KEY = ['admin', 'organisations'];

export function useAdminOrganisations() {
  return useQuery({ queryKey: ADMIN_ORGANISATIONS_KEY, queryFn: () => unwrap<AdminOrganisation[]>(api.GET('/api/admin/organisations')) });
}
