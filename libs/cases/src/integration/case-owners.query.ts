import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';

/** A case's reference and its owner today: what a report may name of a case (never its identity). */
export interface CaseOwner {
  id: string;
  reference: string;
  ownerOrganisationId: string;
}

/**
 * The reference and owner of each of `caseIds` that exists (the others are left out). No authorization: for a
 * caller that checks its own rule (the data-protection journal of who read what, libs/privacy).
 */
export class CaseOwnersQuery extends Query<CaseOwner[]> {
  constructor(readonly caseIds: string[]) {
    super();
  }
}

/** The ids of the cases `organisationIds` own today. No authorization, as above. */
export class CaseIdsOwnedByQuery extends Query<string[]> {
  constructor(readonly organisationIds: string[]) {
    super();
  }
}

@QueryHandler(CaseOwnersQuery)
export class CaseOwnersHandler implements IQueryHandler<CaseOwnersQuery> {
  constructor(private readonly db: Db) {}

  async execute({ caseIds }: CaseOwnersQuery): Promise<CaseOwner[]> {
    if (!caseIds.length) return [];
    return this.db.em.query(
      `SELECT id, reference, owner_organisation_id AS "ownerOrganisationId" FROM cases WHERE id = ANY($1::uuid[])`,
      [caseIds],
    );
  }
}

@QueryHandler(CaseIdsOwnedByQuery)
export class CaseIdsOwnedByHandler implements IQueryHandler<CaseIdsOwnedByQuery> {
  constructor(private readonly db: Db) {}

  async execute({ organisationIds }: CaseIdsOwnedByQuery): Promise<string[]> {
    if (!organisationIds.length) return [];
    const rows: { id: string }[] = await this.db.em.query(`SELECT id FROM cases WHERE owner_organisation_id = ANY($1::uuid[])`, [organisationIds]);
    return rows.map((r) => r.id);
  }
}
