import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AbilityFactory, Actor, sqlScope, Db } from '@mnio/platform';
import { WEBHOOK_COLUMNS, WebhookView } from './webhook-view';

/** Webhooks the actor may manage (their organisations' as coordinator; all as platform admin). */
export class ListWebhooksQuery extends Query<WebhookView[]> {
  constructor(
    readonly actor: Actor,
    readonly organisationId?: string,
  ) {
    super();
  }
}

@QueryHandler(ListWebhooksQuery)
export class ListWebhooksHandler implements IQueryHandler<ListWebhooksQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute({ actor, organisationId }: ListWebhooksQuery): Promise<WebhookView[]> {
    const params: unknown[] = [];
    const where = [sqlScope(this.abilities.forActor(actor), 'read', 'Webhook', { organisationId: { sql: 'w.organisation_id' } }, params)];
    if (organisationId) where.push(`w.organisation_id = $${params.push(organisationId)}`);
    return this.db.em.query(
      `SELECT ${WEBHOOK_COLUMNS} FROM notification_webhooks w WHERE ${where.join(' AND ')} ORDER BY w.created_at, w.id LIMIT 500`,
      params,
    );
  }
}
