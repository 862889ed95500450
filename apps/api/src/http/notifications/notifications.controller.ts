import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  GetNotificationPreferencesQuery, ListNotificationsQuery, MarkAllNotificationsReadCommand, MarkNotificationReadCommand, SetNotificationPreferencesCommand,
  UnreadCountQuery,
} from '@mnio/notifications';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { InboxQueryDto, PreferencesDto } from './notifications.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './notifications.responses';

/** The signed-in user's inbox and notification preferences. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/notifications')
export class NotificationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists my notifications', description: 'My inbox, newest first, unread only if asked, one page at a time. Titles carry references, never names.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.NotificationPage })
  @Get()
  @CheckPolicies('read', 'Notification')
  list(@CurrentActor() actor: Actor, @Query() q: InboxQueryDto) {
    return this.queries.execute(new ListNotificationsQuery(actor, { cursor: q.cursor, limit: q.limit ?? 30, unreadOnly: q.unread }));
  }

  @ApiOperation({ summary: 'Counts my unread notifications', description: 'How many notifications I have not read.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: answers.NotificationsUnreadCountAnswer })
  @Get('unread-count')
  @CheckPolicies('read', 'Notification')
  unreadCount(@CurrentActor() actor: Actor) {
    return this.queries.execute(new UnreadCountQuery(actor));
  }

  @ApiOperation({ summary: 'Marks all my notifications read', description: 'Marks every notification of my inbox as read.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: answers.NotificationsReadAllAnswer })
  @Post('read-all')
  @HttpCode(200)
  @CheckPolicies('update', 'Notification')
  readAll(@CurrentActor() actor: Actor) {
    return this.commands.execute(new MarkAllNotificationsReadCommand(actor));
  }

  @ApiOperation({ summary: 'Marks a notification read', description: 'Marks one of my notifications as read.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 204, description: 'Done; no body' })
  @Post(':id/read')
  @HttpCode(204)
  @CheckPolicies('update', 'Notification')
  async read(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.commands.execute(new MarkNotificationReadCommand(actor, id));
  }

  @ApiOperation({ summary: 'Reads my notification preferences', description: 'For each event, whether I get it in the app or by email; some are locked on.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: answers.EffectivePreferenceList })
  @Get('preferences')
  @CheckPolicies('read', 'NotificationPreference')
  preferences(@CurrentActor() actor: Actor) {
    return this.queries.execute(new GetNotificationPreferencesQuery(actor));
  }

  @ApiOperation({ summary: 'Sets my notification preferences', description: 'Turns channels on or off per event; locked ones cannot be turned off.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOTIFICATION_CHANNEL_LOCKED')
  @ApiResponse({ status: 200, type: answers.EffectivePreferenceListAnswer })
  @Put('preferences')
  @CheckPolicies('update', 'NotificationPreference')
  setPreferences(@CurrentActor() actor: Actor, @Body() dto: PreferencesDto) {
    return this.commands.execute(new SetNotificationPreferencesCommand(actor, dto.items));
  }
}
