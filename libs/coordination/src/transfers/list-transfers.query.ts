import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, DomainError, organisationIdsOf, sqlScope, Transactional, TransactionHost, Tx } from '@mnio/platform';
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
    private readonly txHost: TransactionHost,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, filter }: ListTransfersQuery): Promise<{ items: TransferView[]; nextCursor: string | null }> {
    const scope = sqlScope(this.abilities.forActor(actor), 'read', 'CaseTransfer', {
      fromOrganisationId: { sql: 't.from_organisation_id' },
      fromCellId: { sql: 't.from_cell_id' },
      toOrganisationId: { sql: 't.to_organisation_id' },
    });
    const params: unknown[] = [];
    const where = [scope.sql.replace(/:([a-z_][a-z0-9_]*)/gi, (_, name: string) => `$${params.push(scope.params[name])}`)];
    const orgs = organisationIdsOf(actor);
    if (filter.direction === 'incoming') where.push(`t.to_organisation_id = ANY($${params.push(orgs)}::uuid[])`);
    if (filter.direction === 'outgoing') where.push(`(t.from_organisation_id = ANY($${params.push(orgs)}::uuid[]) OR t.from_cell_id = ANY($${params.length}::uuid[]))`);
    if (filter.status) where.push(`t.status = $${params.push(filter.status)}`);
    if (filter.caseId) where.push(`t.case_id = $${params.push(filter.caseId)}::uuid`);
    if (filter.cursor) {
      const [at, id] = Buffer.from(filter.cursor, 'base64url').toString('utf8').split('|');
      if (!/^\d{4}-\d{2}-\d{2}[ T][0-9:.]+([+-]\d{2}(:?\d{2})?|Z)$/.test(at ?? '') || !/^[0-9a-f-]{36}$/.test(id ?? '')) throw new DomainError('VALIDATION_FAILED', 'Invalid cursor');
      where.push(`(t.requested_at, t.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows: (TransferRow & { atKey: string })[] = await (this.txHost as Tx).tx.query(
      `SELECT ${TRANSFER_COLUMNS}, t.requested_at::text AS "atKey" FROM case_transfers t
       WHERE ${where.join(' AND ')} ORDER BY t.requested_at DESC, t.id DESC LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    const page = rows.slice(0, filter.limit);
    const items = page.map(({ atKey: _k, ...r }) => toView(r));
    if (items.length) {
      await this.audit.record({ action: 'case.transfer_list', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, details: { caseIds: [...new Set(items.map((i) => i.caseId))] } });
    }
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > filter.limit && last ? Buffer.from(`${last.atKey}|${last.id}`).toString('base64url') : null };
  }
}
