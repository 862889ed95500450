import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AddActionCommand, ListActionsQuery, TransitionActionCommand } from '@mnio/coordination';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { ActionTransitionDto, ListActionsDto, NewActionDto } from './coordination.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './coordination.responses';

/** Follow-up actions decided by a cell: the cell's coordinator gives them; their owner organisation sees and moves them. */
@ApiTags('coordination')
@ApiBearerAuth()
@Controller('api')
export class ActionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists the actions of the cells', description: 'The actions decided by the cells I belong to, with their owner, due date and state, one page at a time.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.ActionItemPage })
  @Get('actions')
  @CheckPolicies('read', 'CellAction')
  list(@CurrentActor() actor: Actor, @Query() q: ListActionsDto) {
    return this.queries.execute(new ListActionsQuery(actor, { mine: q.mine ?? q.owner === 'mine', status: q.status, cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @ApiOperation({ summary: 'Moves an action', description: 'Starts, completes or cancels an action on the version read (its owner or the cell\'s coordinators).' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'UNKNOWN_MOVE')
  @ApiResponse({ status: 200, type: answers.ActionsTransitionAnswer })
  @Post('actions/:id/transitions')
  @HttpCode(200)
  @CheckPolicies('transition', 'CellAction')
  transition(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ActionTransitionDto) {
    return this.commands.execute(new TransitionActionCommand(actor, id, dto.action, dto.note, dto.version));
  }

  /** A further action on a decision that still stands (the cell's coordinators). */
  @ApiOperation({ summary: 'Adds an action to a decision', description: 'A further action on a decision that still stands, with its owner organisation and due date (the cell\'s coordinators).' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'ACTION_OWNER_NOT_ALLOWED', 'DUE_DATE_IN_PAST', 'DECISION_ALREADY_SUPERSEDED')
  @ApiResponse({ status: 201, type: answers.ActionsAddActionAnswer })
  @Post('decisions/:id/actions')
  @CheckPolicies('decide', 'CellMeeting')
  addAction(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: NewActionDto) {
    return this.commands.execute(new AddActionCommand(actor, id, { ownerOrganisationId: dto.ownerOrganisationId, title: dto.title, dueOn: dto.dueOn }));
  }
}
