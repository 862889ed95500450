import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, FieldCipher, keysetCursor, organisationIdsOf, PARIS_TODAY_SQL, sqlScope, Transactional, Db } from '@mnio/platform';
import { visibleCaseIds } from '../access/visible-cases';
import { actionTitleContext } from '../decisions/decision-view';
import type { ActionStatus } from '../domain/action-status';

export interface ActionItem {
  id: string;
  decisionId: string;
  decisionType: string;
  cellId: string;
  caseId: string;
  reference: string;
  ownerOrganisationId: string;
  title: string;
  dueOn: string;
  overdue: boolean;
  status: ActionStatus;
  version: number;
}

export interface ActionFilter {
  /** Only the actions owned by the actor's organisations (else also those of the actor's cells). */
  mine: boolean;
  status?: ActionStatus;
  cursor?: string;
  limit: number;
}

/** Soonest due first: keyset on (due_on, id). */
const SOONEST_DUE_FIRST = keysetCursor('date', 'uuid');

/** Follow-up actions the actor may see, soonest due first; keyset on (due_on, id). */
export class ListActionsQuery extends Query<{ items: ActionItem[]; nextCursor: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly filter: ActionFilter,
  ) {
    super();
  }
}

@QueryHandler(ListActionsQuery)
export class ListActionsHandler implements IQueryHandler<ListActionsQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute({ actor, filter }: ListActionsQuery): Promise<{ items: ActionItem[]; nextCursor: string | null }> {
    const cursor = SOONEST_DUE_FIRST.decode(filter.cursor);
    const params: unknown[] = [];
    const where = [sqlScope(this.abilities.forActor(actor), 'read', 'CellAction', {
      cellId: { sql: 'a.cell_id' },
      ownerOrganisationId: { sql: 'a.owner_organisation_id' },
    }, params)];
    if (filter.mine) where.push(`a.owner_organisation_id = ANY($${params.push(organisationIdsOf(actor))}::uuid[])`);
    if (filter.status) where.push(`a.status = $${params.push(filter.status)}`);
    if (cursor) where.push(`(a.due_on, a.id) > ($${params.push(cursor[0])}::date, $${params.push(cursor[1])}::uuid)`);
    const rows: (Omit<ActionItem, 'title'> & { titleEnc: string })[] = await this.db.em.query(
      `SELECT a.id, a.decision_id AS "decisionId", d.type AS "decisionType", a.cell_id AS "cellId", a.case_id AS "caseId", a.reference,
              a.owner_organisation_id AS "ownerOrganisationId", a.title_enc AS "titleEnc", to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn",
              a.due_on < ${PARIS_TODAY_SQL} AND a.status IN ('open', 'in_progress') AS overdue, a.status, a.version
       FROM cell_actions a JOIN cell_decisions d ON d.id = a.decision_id
       WHERE ${where.join(' AND ')} ORDER BY a.due_on, a.id LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, filter.limit);
    // An action is listed while its cell still sees the case, or the actor's own organisations do: once the person
    // withdraws the cell consent, the cell's actions on that case leave every list, their free text with them.
    const mine = await visibleCaseIds(this.queries, organisationIdsOf(actor), page.map((r) => r.caseId));
    const byCell = new Map<string, Set<string>>();
    for (const cellId of new Set(page.filter((r) => !mine.has(r.caseId)).map((r) => r.cellId))) {
      byCell.set(cellId, await visibleCaseIds(this.queries, [cellId], page.filter((r) => r.cellId === cellId).map((r) => r.caseId)));
    }
    const listed = (r: { caseId: string; cellId: string }) => mine.has(r.caseId) || !!byCell.get(r.cellId)?.has(r.caseId);
    const items = page.filter(listed).map(({ titleEnc, ...r }) => ({ ...r, title: titleEnc ? this.cipher.decrypt(titleEnc, actionTitleContext(r.id)) : '' }));
    if (items.length) {
      await this.audit.record({ action: 'cell.action_list', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, details: { caseIds: [...new Set(items.map((i) => i.caseId))] } });
    }
    return { items, nextCursor: SOONEST_DUE_FIRST.next(rows, filter.limit, (last) => [last.dueOn, last.id]) };
  }
}
