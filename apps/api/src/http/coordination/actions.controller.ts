import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ListActionsQuery, TransitionActionCommand } from '@mnio/coordination';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { ActionTransitionDto, ListActionsDto } from './coordination.dto';

/** Follow-up actions decided by a cell: their owner organisation sees and moves them. */
@ApiTags('coordination')
@ApiBearerAuth()
@Controller('api/actions')
export class ActionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @CheckPolicies('read', 'CellAction')
  list(@CurrentActor() actor: Actor, @Query() q: ListActionsDto) {
    return this.queries.execute(new ListActionsQuery(actor, { mine: q.mine ?? false, status: q.status, cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @CheckPolicies('transition', 'CellAction')
  transition(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ActionTransitionDto) {
    return this.commands.execute(new TransitionActionCommand(actor, id, dto.action, dto.note, dto.version));
  }
}
