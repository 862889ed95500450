import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, keysetCursor, organisationIdsOf, sqlScope, Transactional, Db } from '@mnio/platform';
import type { TransferStatus } from '../domain/transfer-status';
import type { TransferView } from './transfer.commands';
import { toView, TRANSFER_COLUMNS, TransferRow } from './transfer-row';

export interface TransferFilter {
  /** incoming: to the actor's organisations; outgoing: from them (or their cells). */
  direction?: 'incoming' | 'outgoing';
  status?: TransferStatus;
  /** One case's transfers (its page). */
  caseId?: string;
  cursor?: string;
  limit: number;
}

/** Latest first: keyset on (requested_at as PostgreSQL prints it, id). */
const LATEST_FIRST = keysetCursor('timestamp', 'uuid');

/** Transfers the actor may see, latest first; keyset on (requested_at, id). */
export class ListTransfersQuery extends Query<{ items: TransferView[]; nextCursor: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly filter: TransferFilter,
  ) {
    super();
  }
}

@QueryHandler(ListTransfersQuery)
export class ListTransfersHandler implements IQueryHandler<ListTransfersQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, filter }: ListTransfersQuery): Promise<{ items: TransferView[]; nextCursor: string | null }> {
    const cursor = LATEST_FIRST.decode(filter.cursor);
    const params: unknown[] = [];
    const where = [sqlScope(this.abilities.forActor(actor), 'read', 'CaseTransfer', {
      fromOrganisationId: { sql: 't.from_organisation_id' },
      fromCellId: { sql: 't.from_cell_id' },
      toOrganisationId: { sql: 't.to_organisation_id' },
    }, params)];
    const orgs = organisationIdsOf(actor);
    if (filter.direction === 'incoming') where.push(`t.to_organisation_id = ANY($${params.push(orgs)}::uuid[])`);
    if (filter.direction === 'outgoing') where.push(`(t.from_organisation_id = ANY($${params.push(orgs)}::uuid[]) OR t.from_cell_id = ANY($${params.length}::uuid[]))`);
    if (filter.status) where.push(`t.status = $${params.push(filter.status)}`);
    if (filter.caseId) where.push(`t.case_id = $${params.push(filter.caseId)}::uuid`);
    if (cursor) where.push(`(t.requested_at, t.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`);
    const rows: (TransferRow & { atKey: string })[] = await this.db.em.query(
      `SELECT ${TRANSFER_COLUMNS}, t.requested_at::text AS "atKey" FROM case_transfers t
       WHERE ${where.join(' AND ')} ORDER BY t.requested_at DESC, t.id DESC LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, filter.limit);
    const items = page.map(({ atKey: _k, ...r }) => toView(r));
    if (items.length) {
      await this.audit.record({ action: 'case.transfer_list', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, details: { caseIds: [...new Set(items.map((i) => i.caseId))] } });
    }
    return { items, nextCursor: LATEST_FIRST.next(rows, filter.limit, (last) => [last.atKey, last.id]) };
  }
}
