import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CreateWebhookCommand, ListWebhooksQuery, UpdateWebhookCommand } from '@mnio/notifications';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { CreateWebhookDto, UpdateWebhookDto, WebhookFilterDto } from './notifications.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './notifications.responses';

/** An organisation's signed webhooks (coordinators of the organisation, platform admins). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notification-webhooks')
export class WebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists webhooks', description: 'The webhooks of the organisations I coordinate: address, events, whether active. Never the secret.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: [answers.WebhookView] })
  @Get()
  @CheckPolicies('read', 'Webhook')
  list(@CurrentActor() actor: Actor, @Query() q: WebhookFilterDto) {
    return this.queries.execute(new ListWebhooksQuery(actor, q.organisationId));
  }

  /** The answer carries the signing secret; it is never shown again. */
  @ApiOperation({ summary: 'Creates a webhook', description: 'Registers an HTTPS address that receives the chosen events (ids only), signed; the answer carries the signing secret, never shown again.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'WEBHOOK_URL_NOT_ALLOWED')
  @ApiResponse({ status: 201, type: answers.WebhooksCreateAnswer })
  @Post()
  @CheckPolicies('create', 'Webhook')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateWebhookDto) {
    return this.commands.execute(new CreateWebhookCommand(actor, dto.organisationId, dto.url, dto.eventTypes));
  }

  @ApiOperation({ summary: 'Changes a webhook', description: 'Changes a webhook\'s address, events or whether it is active.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'WEBHOOK_URL_NOT_ALLOWED')
  @ApiResponse({ status: 200, type: answers.WebhookView })
  @Patch(':id')
  @CheckPolicies('update', 'Webhook')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateWebhookDto) {
    return this.commands.execute(new UpdateWebhookCommand(actor, id, dto));
  }
}
