import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { NotificationEventType } from '../domain/event-types';
import type { WebhookView } from './webhook-view';

/** Registers an organisation's endpoint. The signing secret is generated here and returned once. */
export class CreateWebhookCommand extends Command<WebhookView & { secret: string }> {
  constructor(
    readonly actor: Actor,
    readonly organisationId: string,
    readonly url: string,
    readonly eventTypes: NotificationEventType[],
  ) {
    super();
  }
}

export class UpdateWebhookCommand extends Command<WebhookView> {
  constructor(
    readonly actor: Actor,
    readonly webhookId: string,
    readonly changes: { url?: string; eventTypes?: NotificationEventType[]; active?: boolean },
  ) {
    super();
  }
}
