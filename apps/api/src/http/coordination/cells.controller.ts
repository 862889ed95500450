import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CellActivityQuery, CellDashboardQuery, GetCellQuery, ListCaseDecisionsQuery, ListMeetingsQuery, ScheduleMeetingCommand } from '@mnio/coordination';
import { SetCellMemberCommand } from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { CaseDecisionsDto, PageDto, ScheduleMeetingDto } from './coordination.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './coordination.responses';

@ApiTags('coordination')
@ApiBearerAuth()
@Controller('api/cells')
export class CellsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Reads a cell', description: 'The cell\'s name, territory, member organisations and their members.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.CellComposition })
  @Get(':id')
  @CheckPolicies('read', 'ClavCell')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetCellQuery(actor, id));
  }

  @ApiOperation({ summary: 'Adds an organisation to a cell', description: 'Makes an organisation a member of the cell (platform administrators); audited.' })
  @ApiErrors('NOT_FOUND', 'CELL_MEMBER_NOT_ALLOWED')
  @ApiResponse({ status: 200, type: answers.CellsAddMemberAnswer })
  @Put(':id/members/:organisationId')
  @HttpCode(200)
  @CheckPolicies('configure', 'ClavCell')
  addMember(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('organisationId', ParseIdPipe) organisationId: string) {
    return this.commands.execute(new SetCellMemberCommand(actor, id, organisationId, true));
  }

  @ApiOperation({ summary: 'Removes an organisation from a cell', description: 'Ends an organisation\'s membership of the cell (platform administrators); audited.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.CellsAddMemberAnswer })
  @Delete(':id/members/:organisationId')
  @CheckPolicies('configure', 'ClavCell')
  removeMember(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('organisationId', ParseIdPipe) organisationId: string) {
    return this.commands.execute(new SetCellMemberCommand(actor, id, organisationId, false));
  }

  @ApiOperation({ summary: 'Reads a cell\'s dashboard', description: 'What the cell must look at now: new presumed victims, orientations awaiting an answer, overdue and upcoming deadlines, late actions, counts.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.CellDashboard })
  @Get(':id/dashboard')
  @CheckPolicies('read', 'ClavCell')
  dashboard(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new CellDashboardQuery(actor, id));
  }

  /** This month's activity, week by week (counts only), for the dashboard's chart. */
  @ApiOperation({ summary: 'Reads a cell\'s activity this month', description: 'This month\'s activity week by week (counts only), for the dashboard\'s chart.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.CellActivity })
  @Get(':id/activity')
  @CheckPolicies('read', 'ClavCell')
  activity(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new CellActivityQuery(actor, id));
  }

  @ApiOperation({ summary: 'Schedules a meeting', description: 'Schedules a meeting of the cell on a date.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND')
  @ApiResponse({ status: 201, type: answers.CellsScheduleAnswer })
  @Post(':id/meetings')
  @CheckPolicies('create', 'CellMeeting')
  schedule(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ScheduleMeetingDto) {
    return this.commands.execute(new ScheduleMeetingCommand(actor, id, dto.date, dto.attendeeOrganisationIds ?? []));
  }

  @ApiOperation({ summary: 'Lists a cell\'s meetings', description: 'The cell\'s meetings, newest first, with their agenda and decision counts, one page at a time.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR', 'NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.MeetingSummaryPage })
  @Get(':id/meetings')
  @CheckPolicies('read', 'CellMeeting')
  meetings(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: PageDto) {
    return this.queries.execute(new ListMeetingsQuery(actor, id, q.cursor, q.limit ?? 50));
  }

  @ApiOperation({ summary: 'Lists a cell\'s decisions', description: 'The decisions the cell took on cases, with their actions.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: [answers.DecisionView] })
  @Get(':id/decisions')
  @CheckPolicies('read', 'CellMeeting')
  decisions(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: CaseDecisionsDto) {
    return this.queries.execute(new ListCaseDecisionsQuery(actor, id, q.caseId));
  }
}
