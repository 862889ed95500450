import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db, isUuid, prepared } from '@mnio/platform';
import type { OrganisationKind } from '../domain/roles';

/** An organisation as other contexts may know it: directory fields and kind-specific flags, never a person. */
export interface DirectoryOrganisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  national: boolean;
  territories: string[];
  active: boolean;
  /** Kind-specific flags (`dnaDedicated`, `acseNetwork`, `minorsNetwork`, `pspApproved`…). */
  attributes: Record<string, unknown>;
}

/**
 * Organisations by id, in one batched read (for routing, checks and the names in lists). `activeOnly` leaves
 * out deactivated ones: "is it active" is "is it in the answer". Unknown or malformed ids are simply absent.
 * Runs in the caller's transaction (ADR 0003).
 */
export class OrganisationsByIdQuery extends Query<DirectoryOrganisation[]> {
  constructor(
    readonly ids: readonly string[],
    readonly opts: { activeOnly?: boolean } = {},
  ) {
    super();
  }
}


@QueryHandler(OrganisationsByIdQuery)
export class OrganisationsByIdHandler implements IQueryHandler<OrganisationsByIdQuery> {
  constructor(private readonly db: Db) {}

  async execute({ ids, opts }: OrganisationsByIdQuery): Promise<DirectoryOrganisation[]> {
    const wanted = [...new Set(ids.filter((id) => typeof id === 'string' && isUuid(id)))];
    if (!wanted.length) return [];
    return this.db.em.query(
      prepared(`SELECT id, kind, name, national, territories, active, attributes FROM organisations
       WHERE id = ANY($1::uuid[]) ${opts.activeOnly ? 'AND active' : ''} ORDER BY id`),
      [wanted],
    );
  }
}

/** A map by id of the answer of `OrganisationsByIdQuery`. */
export const byId = <T extends { id: string }>(rows: readonly T[]): Map<string, T> => new Map(rows.map((r) => [r.id, r]));

/** Active organisations of the given kinds (e.g. the hosts), by name; at most `limit` (500). Runs in the caller's transaction. */
export class OrganisationsOfKindsQuery extends Query<DirectoryOrganisation[]> {
  constructor(
    readonly kinds: readonly OrganisationKind[],
    readonly limit = 500,
  ) {
    super();
  }
}

@QueryHandler(OrganisationsOfKindsQuery)
export class OrganisationsOfKindsHandler implements IQueryHandler<OrganisationsOfKindsQuery> {
  constructor(private readonly db: Db) {}

  async execute({ kinds, limit }: OrganisationsOfKindsQuery): Promise<DirectoryOrganisation[]> {
    if (!kinds.length) return [];
    return this.db.em.query(
      `SELECT id, kind, name, national, territories, active, attributes FROM organisations WHERE active AND kind = ANY($1) ORDER BY name, id LIMIT $2`,
      [kinds, limit],
    );
  }
}
