import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { CaseFactsQuery } from '@mnio/cases';
import { Actor, Db, NotFoundError } from '@mnio/platform';
import { SubjectAccessPolicy } from './subject-access.access';
import { SubjectAccessExportView, SubjectAccessRow, toView, VIEW_COLUMNS } from './subject-access.view';

/**
 * The exports asked for the person of one case (`caseId`), or for every case of the organisations whose DPO or
 * coordinator the actor is (no `caseId`: the DPO's page), newest first, at most 100. States only: no content.
 */
export class ListSubjectAccessExportsQuery extends Query<{ items: SubjectAccessExportView[] }> {
  constructor(
    readonly actor: Actor,
    readonly caseId?: string,
  ) {
    super();
  }
}

@QueryHandler(ListSubjectAccessExportsQuery)
export class ListSubjectAccessExportsHandler implements IQueryHandler<ListSubjectAccessExportsQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly policy: SubjectAccessPolicy,
  ) {}

  async execute({ actor, caseId }: ListSubjectAccessExportsQuery): Promise<{ items: SubjectAccessExportView[] }> {
    if (caseId) {
      const facts = await this.queries.execute(new CaseFactsQuery(caseId));
      if (!facts) throw new NotFoundError('Case');
      this.policy.check(actor, facts);
      const rows: SubjectAccessRow[] = await this.db.em.query(
        `SELECT ${VIEW_COLUMNS} FROM subject_access_exports WHERE case_id = $1 ORDER BY requested_at DESC, id LIMIT 100`,
        [caseId],
      );
      return { items: rows.map((r) => toView(r, actor.userId)) };
    }
    const owners = [...new Set(actor.memberships.map((m) => m.organisationId))].filter((o) => this.policy.can(actor, o));
    if (!owners.length) return { items: [] };
    const rows: SubjectAccessRow[] = await this.db.em.query(
      `SELECT ${VIEW_COLUMNS} FROM subject_access_exports WHERE owner_organisation_id = ANY($1::uuid[]) ORDER BY requested_at DESC, id LIMIT 100`,
      [owners],
    );
    return { items: rows.map((r) => toView(r, actor.userId)) };
  }
}

/** One export's state, for its owner organisation's DPO and coordinators; 404 for anyone else. */
export class GetSubjectAccessExportQuery extends Query<SubjectAccessExportView> {
  constructor(
    readonly actor: Actor,
    readonly exportId: string,
  ) {
    super();
  }
}

@QueryHandler(GetSubjectAccessExportQuery)
export class GetSubjectAccessExportHandler implements IQueryHandler<GetSubjectAccessExportQuery> {
  constructor(
    private readonly db: Db,
    private readonly policy: SubjectAccessPolicy,
  ) {}

  async execute({ actor, exportId }: GetSubjectAccessExportQuery): Promise<SubjectAccessExportView> {
    const [row]: SubjectAccessRow[] = await this.db.em.query(`SELECT ${VIEW_COLUMNS} FROM subject_access_exports WHERE id = $1`, [exportId]);
    if (!row || !this.policy.can(actor, row.owner_organisation_id)) throw new NotFoundError('Export');
    return toView(row, actor.userId);
  }
}
