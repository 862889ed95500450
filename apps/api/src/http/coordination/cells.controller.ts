import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CellActivityQuery, CellDashboardQuery, GetCellQuery, ListCaseDecisionsQuery, ListMeetingsQuery, ScheduleMeetingCommand } from '@mnio/coordination';
import { SetCellMemberCommand } from '@mnio/directory';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { CaseDecisionsDto, PageDto, ScheduleMeetingDto } from './coordination.dto';

@ApiTags('coordination')
@ApiBearerAuth()
@Controller('api/cells')
export class CellsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':id')
  @CheckPolicies('read', 'ClavCell')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetCellQuery(actor, id));
  }

  @Put(':id/members/:organisationId')
  @HttpCode(200)
  @CheckPolicies('configure', 'ClavCell')
  addMember(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('organisationId', ParseIdPipe) organisationId: string) {
    return this.commands.execute(new SetCellMemberCommand(actor, id, organisationId, true));
  }

  @Delete(':id/members/:organisationId')
  @CheckPolicies('configure', 'ClavCell')
  removeMember(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('organisationId', ParseIdPipe) organisationId: string) {
    return this.commands.execute(new SetCellMemberCommand(actor, id, organisationId, false));
  }

  @Get(':id/dashboard')
  @CheckPolicies('read', 'ClavCell')
  dashboard(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new CellDashboardQuery(actor, id));
  }

  /** This month's activity, week by week (counts only), for the dashboard's chart. */
  @Get(':id/activity')
  @CheckPolicies('read', 'ClavCell')
  activity(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new CellActivityQuery(actor, id));
  }

  @Post(':id/meetings')
  @CheckPolicies('create', 'CellMeeting')
  schedule(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: ScheduleMeetingDto) {
    return this.commands.execute(new ScheduleMeetingCommand(actor, id, dto.date, dto.attendeeOrganisationIds ?? []));
  }

  @Get(':id/meetings')
  @CheckPolicies('read', 'CellMeeting')
  meetings(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: PageDto) {
    return this.queries.execute(new ListMeetingsQuery(actor, id, q.cursor, q.limit ?? 50));
  }

  @Get(':id/decisions')
  @CheckPolicies('read', 'CellMeeting')
  decisions(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: CaseDecisionsDto) {
    return this.queries.execute(new ListCaseDecisionsQuery(actor, id, q.caseId));
  }
}
