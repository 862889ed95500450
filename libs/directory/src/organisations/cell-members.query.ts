import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { OrganisationKind, Role } from '../domain/roles';
import { Db } from '@mnio/platform';

export interface CellComposition {
  id: string;
  name: string;
  territory: string;
  /** Organisations sitting in the cell (préfecture, parquet, police, ASE, associations…). */
  memberOrganisations: { id: string; kind: OrganisationKind; name: string }[];
  /** The cell's own users: coordinators and members (staff names, never victims). */
  members: { userId: string; displayName: string; role: Extract<Role, 'cell_member' | 'cell_coordinator'> }[];
}

/** An active CLAV cell with its member organisations and its users; null when the id names no active cell. */
export class CellMembersQuery extends Query<CellComposition | null> {
  constructor(readonly cellId: string) {
    super();
  }
}

@QueryHandler(CellMembersQuery)
export class CellMembersHandler implements IQueryHandler<CellMembersQuery> {
  constructor(private readonly db: Db) {}

  async execute({ cellId }: CellMembersQuery): Promise<CellComposition | null> {
    const rows: CellComposition[] = await this.db.em.query(
      `SELECT c.id, c.name, c.territories[1] AS territory,
              coalesce((SELECT json_agg(json_build_object('id', o.id, 'kind', o.kind, 'name', o.name) ORDER BY o.name, o.id)
                FROM clav_cell_members cm JOIN organisations o ON o.id = cm.organisation_id AND o.active WHERE cm.cell_id = c.id), '[]') AS "memberOrganisations",
              coalesce((SELECT json_agg(json_build_object('userId', u.id, 'displayName', u.display_name, 'role', m.role) ORDER BY m.role, u.display_name, u.id)
                FROM memberships m JOIN users u ON u.id = m.user_id AND u.status = 'active'
                WHERE m.organisation_id = c.id AND m.active AND m.role IN ('cell_member', 'cell_coordinator')), '[]') AS members
       FROM organisations c WHERE c.id = $1 AND c.kind = 'clav_cell' AND c.active`,
      [cellId],
    );
    return rows[0] ?? null;
  }
}
