import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AuthorizeCaseQuery } from '@mnio/cases';
import { AbilityFactory, Actor, Transactional, Db } from '@mnio/platform';
import { ORIENTATION_COLUMNS, OrientationRow, partiesOf, toView } from '../domain/orientation';
import { ListCaseOrientationsQuery, ListOrientationsQuery, OrientationFilter, OrientationPage } from './list-orientations.query';
import { orientationScope, ORIENTATIONS_NEWEST_FIRST } from './orientation-scope';

const COLUMN_FILTERS: [keyof OrientationFilter, string][] = [
  ['state', 'o.state'],
  ['targetKind', 'o.target_kind'],
  ['territory', 'o.territory'],
  ['open', 'o.open'],
];

/**
 * One ordered, limited subquery per way of being a party (requester, target, host), each served by its own
 * index on (organisation, requested_at, id); their union is ordered and cut again. Never filtered after loading.
 */
async function listOrientations(em: Db['em'], ability: ReturnType<AbilityFactory['forActor']>, filter: OrientationFilter & { caseId?: string }) {
  const cursor = ORIENTATIONS_NEWEST_FIRST.decode(filter.cursor);
  const params: unknown[] = [];
  const where: string[] = [];
  for (const [key, column] of COLUMN_FILTERS) {
    if (filter[key] !== undefined) where.push(`${column} = $${params.push(filter[key])}`);
  }
  if (filter.caseId) where.push(`o.case_id = $${params.push(filter.caseId)}`);
  if (cursor) where.push(`(o.requested_at, o.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`);
  const limit = `$${params.push(filter.limit + 1)}`;
  const actions = filter.inbox ? ['act_as_target', 'act_as_host'] : ['act_as_requester', 'act_as_target', 'act_as_host'];
  const branches = actions
    .map((action) => orientationScope(ability, action, params))
    .filter((scope) => scope !== 'FALSE')
    .map((scope) => `(SELECT o.id FROM orientations o WHERE ${[scope, ...where].join(' AND ')}
        ORDER BY o.requested_at DESC, o.id DESC LIMIT ${limit})`);
  if (!branches.length) return { rows: [] as (OrientationRow & { atKey: string })[], limit: filter.limit };
  const rows: (OrientationRow & { atKey: string })[] = await em.query(
    `SELECT ${ORIENTATION_COLUMNS}, o.requested_at::text AS "atKey"
     FROM (${branches.join(' UNION ')}) ids JOIN orientations o ON o.id = ids.id
     ORDER BY o.requested_at DESC, o.id DESC LIMIT ${limit}`,
    params,
  );
  return { rows, limit: filter.limit };
}

function page(ability: ReturnType<AbilityFactory['forActor']>, rows: (OrientationRow & { atKey: string })[], limit: number): OrientationPage {
  return {
    items: rows.slice(0, limit).map(({ atKey: _key, ...row }) => toView(row, partiesOf(ability, row))),
    nextCursor: ORIENTATIONS_NEWEST_FIRST.next(rows, limit, (last) => [last.atKey, last.id]),
  };
}

@QueryHandler(ListOrientationsQuery)
export class ListOrientationsHandler implements IQueryHandler<ListOrientationsQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, filter }: ListOrientationsQuery): Promise<OrientationPage> {
    const ability = this.abilities.forActor(actor);
    const { rows, limit } = await listOrientations(this.db.em, ability, filter);
    const result = page(ability, rows, limit);
    await auditList(this.audit, actor, result);
    return result;
  }
}

@QueryHandler(ListCaseOrientationsQuery)
export class ListCaseOrientationsHandler implements IQueryHandler<ListCaseOrientationsQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, filter }: ListCaseOrientationsQuery): Promise<OrientationPage> {
    await this.queries.execute(new AuthorizeCaseQuery(actor, caseId, 'read'));
    const ability = this.abilities.forActor(actor);
    const { rows, limit } = await listOrientations(this.db.em, ability, { ...filter, inbox: false, caseId });
    const result = page(ability, rows, limit);
    await auditList(this.audit, actor, result);
    return result;
  }
}

/** Lists are reads of case data too: one entry per page, on the reader's own stream. */
async function auditList(audit: AuditJournal, actor: Actor, result: OrientationPage): Promise<void> {
  if (!result.items.length) return;
  await audit.record({
    action: 'orientation.list', subjectType: 'orientation_list', subjectId: null, stream: `list:${actor.userId}`,
    details: { orientationIds: result.items.map((i) => i.id), caseIds: [...new Set(result.items.map((i) => i.caseId))] },
  });
}
