import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CreateWebhookCommand, ListWebhooksQuery, UpdateWebhookCommand } from '@mnio/notifications';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { CreateWebhookDto, UpdateWebhookDto, WebhookFilterDto } from './notifications.dto';

/** An organisation's signed webhooks (coordinators of the organisation, platform admins). */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications/webhooks')
export class WebhooksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @CheckPolicies('read', 'Webhook')
  list(@CurrentActor() actor: Actor, @Query() q: WebhookFilterDto) {
    return this.queries.execute(new ListWebhooksQuery(actor, q.organisationId));
  }

  /** The answer carries the signing secret; it is never shown again. */
  @Post()
  @CheckPolicies('create', 'Webhook')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateWebhookDto) {
    return this.commands.execute(new CreateWebhookCommand(actor, dto.organisationId, dto.url, dto.eventTypes));
  }

  @Patch(':id')
  @CheckPolicies('update', 'Webhook')
  update(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: UpdateWebhookDto) {
    return this.commands.execute(new UpdateWebhookCommand(actor, id, dto));
  }
}
