import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CheckPolicies, CurrentActor } from '@mnio/platform';
import {
  EraseCaseCommand, GetRetentionReportQuery, ListRetentionRulesQuery, ListRetentionRunsQuery, RequestRetentionRunCommand, UpdateRetentionRuleCommand,
} from '@mnio/privacy';
import {
  CaseAnonymisedDto, EraseCaseDto, RequestRetentionRunDto, RetentionPeriodDto, RetentionReportDto, RetentionRuleDto, RetentionRunSummaryDto,
} from './retention.dto';
import { ApiErrors } from '../api-docs';

/** Retention and erasure (issue 16 §1): the platform's rules and runs, and early erasure of one case. */
@ApiTags('privacy')
@ApiBearerAuth()
@Controller('api/privacy')
export class RetentionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists retention rules', description: 'How long each kind of data is kept before it is erased.' })
  @ApiErrors()
  @Get('retention-rules')
  @CheckPolicies('read', 'RetentionRun')
  @ApiOkResponse({ type: [RetentionRuleDto] })
  rules() {
    return this.queries.execute(new ListRetentionRulesQuery());
  }

  @ApiOperation({ summary: 'Sets a retention rule', description: 'Sets how long a kind of data is kept (platform administrators); audited.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'RETENTION_RULE_UNKNOWN', 'RETENTION_PERIOD_INVALID')
  @Put('retention-rules/:kind')
  @CheckPolicies('configure', 'RetentionRun')
  @ApiOkResponse({ type: RetentionRuleDto })
  setRule(@CurrentActor() actor: Actor, @Param('kind') kind: string, @Body() body: RetentionPeriodDto) {
    return this.commands.execute(new UpdateRetentionRuleCommand(actor, kind, { amount: body.amount, unit: body.unit }));
  }

  @ApiOperation({ summary: 'Lists retention runs', description: 'The runs that erased or anonymised expired data, newest first.' })
  @ApiErrors()
  @Get('retention-runs')
  @CheckPolicies('read', 'RetentionRun')
  @ApiOkResponse({ type: [RetentionRunSummaryDto] })
  runs() {
    return this.queries.execute(new ListRetentionRunsQuery());
  }

  @ApiOperation({ summary: 'Starts a retention run', description: 'Erases or anonymises what the rules say has expired, now (or as a dry run).' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD')
  @Post('retention-runs')
  @CheckPolicies('run', 'RetentionRun')
  @ApiOkResponse({ type: RetentionRunSummaryDto })
  run(@CurrentActor() actor: Actor, @Body() body: RequestRetentionRunDto) {
    return this.commands.execute(new RequestRetentionRunCommand(actor, body.dryRun));
  }

  @ApiOperation({ summary: 'Reads a retention run', description: 'What a run erased or anonymised, by kind (counts and references only).' })
  @ApiErrors('RETENTION_RUN_NOT_FOUND')
  @Get('retention-runs/:id')
  @CheckPolicies('read', 'RetentionRun')
  @ApiOkResponse({ type: RetentionReportDto })
  report(@Param('id') id: string) {
    return this.queries.execute(new GetRetentionReportQuery(id));
  }

  @ApiOperation({ summary: 'Erases a case on request', description: 'Anonymises a closed case at the person\'s request (right to erasure), unless under legal hold; audited.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'CASE_NOT_CLOSED', 'CASE_ALREADY_ANONYMISED', 'CASE_UNDER_LEGAL_HOLD', 'ERASURE_REASON_INVALID')
  @Post('case-erasures')
  @HttpCode(200)
  @CheckPolicies('erase', 'CaseErasure')
  @ApiOkResponse({ type: CaseAnonymisedDto })
  erase(@CurrentActor() actor: Actor, @Body() body: EraseCaseDto) {
    return this.commands.execute(new EraseCaseCommand(actor, body.reference, body.reason, body.version));
  }
}
