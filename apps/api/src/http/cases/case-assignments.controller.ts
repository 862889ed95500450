import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { AssignCaseCommand, ColleaguesQuery, GetCaseAssignmentsQuery, UnassignCaseCommand } from '@mnio/cases';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { ApiErrors } from '../api-docs';

export class AssignDto {
  @ApiProperty({ description: 'A case worker or coordinator of the organisation that owns the case' }) @IsUUID() userId: string;
}

export class CaseWorkerDto {
  @ApiProperty() userId: string;
  @ApiProperty({ description: 'The colleague\'s display name (staff), never the person\'s identity' }) displayName: string;
}

export class ColleagueDto extends CaseWorkerDto {
  @ApiProperty({ description: 'The organisation the actor and this colleague both work in' }) organisationId: string;
}

export class CaseAssigneeDto extends CaseWorkerDto {
  @ApiProperty({ format: 'date-time' }) assignedAt: string;
}

export class CaseAssignmentsDto {
  @ApiProperty() caseId: string;
  @ApiProperty({ type: [CaseAssigneeDto] }) assignees: CaseAssigneeDto[];
  @ApiProperty({ type: [CaseWorkerDto], description: 'Members of the owning organisation who may still be assigned' }) candidates: CaseWorkerDto[];
}

export class AssignedDto {
  @ApiProperty() caseId: string;
  @ApiProperty() userId: string;
  @ApiProperty({ format: 'date-time' }) assignedAt: string;
}

export class UnassignedDto {
  @ApiProperty() caseId: string;
  @ApiProperty() userId: string;
}

/** The worker(s) of the owning organisation who follow a case (docs/cases.md, « Assigned workers »). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases/:id/assignments')
export class CaseAssignmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @CheckPolicies('read', 'Case')
  @ApiOperation({
    summary: 'Who follows a case within its owning organisation',
    description:
      'The workers of the owning organisation assigned to the case (by display name, first assigned first) and the colleagues who may still be assigned. ' +
      'Read by the owner\'s case workers and coordinators only; the read is audited.',
  })
  @ApiOkResponse({ type: CaseAssignmentsDto })
  @ApiErrors('NOT_FOUND')
  list(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetCaseAssignmentsQuery(actor, id));
  }

  @Post()
  @CheckPolicies('assign', 'Case')
  @ApiOperation({
    summary: 'Assign a worker of the owning organisation to a case',
    description:
      'By the owner\'s case workers and coordinators, for themselves or a colleague. Only an active case worker or coordinator of the owning organisation ' +
      'may be assigned. The assignment is audited; it ends by itself when the case is transferred to another organisation.',
  })
  @ApiCreatedResponse({ type: AssignedDto })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'ALREADY_ASSIGNED', 'CASE_ANONYMISED', 'ASSIGNEE_NOT_ELIGIBLE')
  assign(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AssignDto) {
    return this.commands.execute(new AssignCaseCommand(actor, id, dto.userId));
  }

  // `assigneeId`, not `userId`: the worker named here is checked against the case (NOT_ASSIGNED), not as a user one administers.
  @Delete(':assigneeId')
  @CheckPolicies('assign', 'Case')
  @ApiOperation({
    summary: 'End a worker\'s assignment to a case',
    description: 'By the owner\'s case workers and coordinators. The assignment is kept as ended (when, by whom) and the change is audited.',
  })
  @ApiOkResponse({ type: UnassignedDto })
  @ApiErrors('NOT_FOUND', 'NOT_ASSIGNED', 'CASE_ANONYMISED')
  unassign(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('assigneeId', ParseIdPipe) assigneeId: string) {
    return this.commands.execute(new UnassignCaseCommand(actor, id, assigneeId));
  }
}

/** The colleagues one may filter the case list by (« Suivies par ») or assign. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/colleagues')
export class ColleaguesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @CheckPolicies('assign', 'Case')
  @ApiOperation({
    summary: 'The case workers and coordinators of one\'s own organisations',
    description:
      'The active case workers and coordinators (the actor included) of each organisation where the actor records cases, by display name: ' +
      'the « Suivies par » choices of the case list (`GET /api/cases?assignedTo=<userId>`). Staff names only; other roles get 403.',
  })
  @ApiOkResponse({ type: [ColleagueDto] })
  @ApiErrors('FORBIDDEN')
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ColleaguesQuery(actor));
  }
}
