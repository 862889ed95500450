import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';
import type { OrganisationKind } from '../domain/roles';

export interface AdminOrganisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  national: boolean;
  territories: string[];
  attributes: Record<string, unknown>;
  siret: string | null;
  passwordSignIn: boolean;
  active: boolean;
  version: number;
  /** Active memberships in it. */
  members: number;
  /** For a CLAV cell: its member organisations. */
  cellMembers: string[];
}

/**
 * Every organisation as the platform administrators manage it, deactivated ones included: flags, sign-in
 * settings, members counted, a cell's member organisations. Directory fields only, never a shelter's address.
 */
export class AdminOrganisationsQuery extends Query<AdminOrganisation[]> {}

@QueryHandler(AdminOrganisationsQuery)
export class AdminOrganisationsHandler implements IQueryHandler<AdminOrganisationsQuery> {
  constructor(private readonly db: Db) {}

  execute(): Promise<AdminOrganisation[]> {
    return this.db.em.query(
      `SELECT o.id, o.kind, o.name, o.national, o.territories, o.attributes, o.siret, o.password_sign_in AS "passwordSignIn", o.active, o.version,
              (SELECT count(*)::int FROM memberships m WHERE m.organisation_id = o.id AND m.active) AS members,
              ARRAY(SELECT c.organisation_id::text FROM clav_cell_members c WHERE c.cell_id = o.id ORDER BY c.organisation_id) AS "cellMembers"
       FROM organisations o ORDER BY o.active DESC, o.name, o.id LIMIT 2000`,
    );
  }
}
