import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';

/**
 * The id of the case with this reference, or null. No authorization: for a caller that checks its own rule
 * next (break-the-glass by a reference told over the phone) and answers an invisible case like a missing one.
 */
export class CaseIdByReferenceQuery extends Query<string | null> {
  constructor(readonly reference: string) {
    super();
  }
}

@QueryHandler(CaseIdByReferenceQuery)
export class CaseIdByReferenceHandler implements IQueryHandler<CaseIdByReferenceQuery> {
  constructor(private readonly db: Db) {}

  async execute({ reference }: CaseIdByReferenceQuery): Promise<string | null> {
    const rows: { id: string }[] = await this.db.em.query(`SELECT id FROM cases WHERE reference = $1`, [reference.trim()]);
    return rows[0]?.id ?? null;
  }
}
