import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ListDeadLettersQuery, QueueStatsQuery, ReplayDeadLetterCommand } from '@mnio/notifications';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { DeadLetterQueryDto } from './notifications.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './notifications.responses';

/** Platform operations: queue counts, outbox backlog, dead letters and their replay. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('api/admin/notifications')
export class NotificationsAdminController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Reads the queues', description: 'Waiting, active, failed and delayed jobs of each queue, and the outbox backlog (platform administrators).' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: answers.QueueStats })
  @Get('queues')
  @CheckPolicies('read', 'NotificationQueue')
  queues() {
    return this.queries.execute(new QueueStatsQuery());
  }

  @ApiOperation({ summary: 'Lists dead letters', description: 'The deliveries that failed for good, newest first (platform administrators). Ids and event types only.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.DeadLetterViewPage })
  @Get('dead-letters')
  @CheckPolicies('read', 'DeadLetter')
  deadLetters(@Query() q: DeadLetterQueryDto) {
    return this.queries.execute(new ListDeadLettersQuery({ cursor: q.cursor, limit: q.limit ?? 50, channel: q.channel, includeReplayed: q.includeReplayed }));
  }

  @ApiOperation({ summary: 'Replays a dead letter', description: 'Puts a failed delivery back into its queue once; audited.' })
  @ApiErrors('NOT_FOUND', 'DEAD_LETTER_ALREADY_REPLAYED')
  @ApiResponse({ status: 202, type: answers.NotificationsAdminReplayAnswer })
  @Post('dead-letters/:id/replay')
  @HttpCode(202)
  @CheckPolicies('replay', 'DeadLetter')
  replay(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.commands.execute(new ReplayDeadLetterCommand(actor, id));
  }
}
