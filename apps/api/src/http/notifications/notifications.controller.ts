import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  GetNotificationPreferencesQuery, ListNotificationsQuery, MarkAllNotificationsReadCommand, MarkNotificationReadCommand, SetNotificationPreferencesCommand,
  UnreadCountQuery,
} from '@mnio/notifications';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { InboxQueryDto, PreferencesDto } from './notifications.dto';

/** The signed-in user's inbox and notification preferences. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @CheckPolicies('read', 'Notification')
  list(@CurrentActor() actor: Actor, @Query() q: InboxQueryDto) {
    return this.queries.execute(new ListNotificationsQuery(actor, { cursor: q.cursor, limit: q.limit ?? 30, unreadOnly: q.unread }));
  }

  @Get('unread-count')
  @CheckPolicies('read', 'Notification')
  unreadCount(@CurrentActor() actor: Actor) {
    return this.queries.execute(new UnreadCountQuery(actor));
  }

  @Post('read-all')
  @HttpCode(200)
  @CheckPolicies('update', 'Notification')
  readAll(@CurrentActor() actor: Actor) {
    return this.commands.execute(new MarkAllNotificationsReadCommand(actor));
  }

  @Post(':id/read')
  @HttpCode(204)
  @CheckPolicies('update', 'Notification')
  async read(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.commands.execute(new MarkNotificationReadCommand(actor, id));
  }

  @Get('preferences')
  @CheckPolicies('read', 'NotificationPreference')
  preferences(@CurrentActor() actor: Actor) {
    return this.queries.execute(new GetNotificationPreferencesQuery(actor));
  }

  @Put('preferences')
  @CheckPolicies('update', 'NotificationPreference')
  setPreferences(@CurrentActor() actor: Actor, @Body() dto: PreferencesDto) {
    return this.commands.execute(new SetNotificationPreferencesCommand(actor, dto.items));
  }
}
