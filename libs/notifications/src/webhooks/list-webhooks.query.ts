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
    const scope = sqlScope(this.abilities.forActor(actor), 'read', 'Webhook', { organisationId: { sql: 'w.organisation_id' } });
    const qb = this.db.em.createQueryBuilder().select(WEBHOOK_COLUMNS).from('notification_webhooks', 'w').where(scope.sql, scope.params);
    if (organisationId) qb.andWhere('w.organisation_id = :organisationId', { organisationId });
    return qb.orderBy('w.created_at', 'ASC').addOrderBy('w.id', 'ASC').limit(500).getRawMany();
  }
}
