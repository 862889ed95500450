import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, asSubject, bumpVersion, Db, DomainError, FieldCipher, NotFoundError, Transactional } from '@mnio/platform';
import { OrganisationsByIdQuery } from '@mnio/directory';
import { newWebhookSecret, webhookSecretContext } from '../domain/webhook-signature';
import { webhookUrlProblem } from '../domain/webhook-url';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { CreateWebhookCommand, UpdateWebhookCommand } from './webhook.commands';
import { WEBHOOK_COLUMNS, WebhookView } from './webhook-view';

function assertUrl(url: string, config: NotificationsConfig): void {
  const problem = webhookUrlProblem(url, config.webhookAllowedAddresses);
  if (problem) throw new DomainError('WEBHOOK_URL_NOT_ALLOWED', `Webhook URL ${problem}`);
}

@CommandHandler(CreateWebhookCommand)
export class CreateWebhookHandler implements ICommandHandler<CreateWebhookCommand> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
    private readonly abilities: AbilityFactory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  @Transactional()
  async execute(cmd: CreateWebhookCommand): Promise<WebhookView & { secret: string }> {
    const em = this.db.em;
    const actorOrganisationId = actingOrganisationId(this.abilities, cmd.actor, 'create', asSubject('Webhook', { organisationId: cmd.organisationId }));
    assertUrl(cmd.url, this.config);
    const orgs = await this.queries.execute(new OrganisationsByIdQuery([cmd.organisationId], { activeOnly: true }));
    if (!orgs.length) throw new NotFoundError('Organisation');
    const id = randomUUID();
    const secret = newWebhookSecret();
    const rows: WebhookView[] = await em.query(
      `INSERT INTO notification_webhooks AS w (id, organisation_id, url, secret_enc, event_types, created_by) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${WEBHOOK_COLUMNS}`,
      [id, cmd.organisationId, cmd.url, this.cipher.encrypt(secret, webhookSecretContext(id)), [...new Set(cmd.eventTypes)], cmd.actor.userId],
    );
    await this.audit.record({ action: 'webhook.created', subjectType: 'webhook', subjectId: id, actorOrganisationId, details: { organisationId: cmd.organisationId, eventTypes: rows[0].eventTypes } });
    return { ...rows[0], secret };
  }
}

@CommandHandler(UpdateWebhookCommand)
export class UpdateWebhookHandler implements ICommandHandler<UpdateWebhookCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  @Transactional()
  async execute({ actor, webhookId, changes }: UpdateWebhookCommand): Promise<WebhookView> {
    const em = this.db.em;
    const found: { organisation_id: string; version: number }[] = await em.query(`SELECT organisation_id, version FROM notification_webhooks WHERE id = $1 FOR UPDATE`, [webhookId]);
    const actorOrganisationId = found[0] && actingOrganisationId(this.abilities, actor, 'update', asSubject('Webhook', { organisationId: found[0].organisation_id }), { denied: () => new NotFoundError('Webhook') });
    if (!actorOrganisationId) throw new NotFoundError('Webhook');
    if (changes.url !== undefined) assertUrl(changes.url, this.config);
    const updated = await bumpVersion<WebhookView>(em, {
      table: 'notification_webhooks AS w', id: webhookId, expected: found[0].version, subject: 'webhook', returning: WEBHOOK_COLUMNS,
      set: 'url = coalesce($3, url), event_types = coalesce($4, event_types), active = coalesce($5, active)',
      params: [changes.url ?? null, changes.eventTypes ? [...new Set(changes.eventTypes)] : null, changes.active ?? null],
    });
    await this.audit.record({ action: 'webhook.updated', subjectType: 'webhook', subjectId: webhookId, actorOrganisationId, details: { fields: Object.keys(changes) } });
    return updated;
  }
}
