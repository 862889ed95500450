import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AddActionCommand, ListActionsQuery, TransitionActionCommand } from '@mnio/coordination';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { ActionTransitionDto, ListActionsDto, NewActionDto } from './coordination.dto';

/** Follow-up actions decided by a cell: the cell's coordinator gives them; their owner organisation sees and moves them. */
@ApiTags('coordination')
@ApiBearerAuth()
@Controller('api')
export class ActionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('actions')
  @CheckPolicies('read', 'CellAction')
  list(@CurrentActor() actor: Actor, @Query() q: ListActionsDto) {
    return this.queries.execute(new ListActionsQuery(actor, { mine: q.mine ?? q.owner === 'mine', status: q.status, cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @Post('actions/:id/transitions')
  @HttpCode(200)
  @CheckPolicies('transition', 'CellAction')
  transition(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ActionTransitionDto) {
    return this.commands.execute(new TransitionActionCommand(actor, id, dto.action, dto.note, dto.version));
  }

  /** A further action on a decision that still stands (the cell's coordinators). */
  @Post('decisions/:id/actions')
  @CheckPolicies('decide', 'CellMeeting')
  addAction(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: NewActionDto) {
    return this.commands.execute(new AddActionCommand(actor, id, { ownerOrganisationId: dto.ownerOrganisationId, title: dto.title, dueOn: dto.dueOn }));
  }
}
