import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ListDeadLettersQuery, QueueStatsQuery, ReplayDeadLetterCommand } from '@mnio/notifications';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { DeadLetterQueryDto } from './notifications.dto';

/** Platform operations: queue counts, outbox backlog, dead letters and their replay. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/notifications')
export class NotificationsAdminController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('queues')
  @CheckPolicies('read', 'NotificationQueue')
  queues() {
    return this.queries.execute(new QueueStatsQuery());
  }

  @Get('dead-letters')
  @CheckPolicies('read', 'DeadLetter')
  deadLetters(@Query() q: DeadLetterQueryDto) {
    return this.queries.execute(new ListDeadLettersQuery({ cursor: q.cursor, limit: q.limit ?? 50, channel: q.channel, includeReplayed: q.includeReplayed }));
  }

  @Post('dead-letters/:id/replay')
  @HttpCode(202)
  @CheckPolicies('replay', 'DeadLetter')
  replay(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.commands.execute(new ReplayDeadLetterCommand(actor, id));
  }
}
