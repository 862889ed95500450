import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CheckPolicies, CurrentActor } from '@mnio/platform';
import {
  EraseCaseCommand, GetRetentionReportQuery, ListRetentionRulesQuery, ListRetentionRunsQuery, RequestRetentionRunCommand, UpdateRetentionRuleCommand,
} from '@mnio/privacy';
import {
  CaseAnonymisedDto, EraseCaseDto, RequestRetentionRunDto, RetentionPeriodDto, RetentionReportDto, RetentionRuleDto, RetentionRunSummaryDto,
} from './retention.dto';

/** Retention and erasure (issue 16 §1): the platform's rules and runs, and early erasure of one case. */
@ApiTags('privacy')
@ApiBearerAuth()
@Controller('api/privacy')
export class RetentionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('retention-rules')
  @CheckPolicies('read', 'RetentionRun')
  @ApiOkResponse({ type: [RetentionRuleDto] })
  rules() {
    return this.queries.execute(new ListRetentionRulesQuery());
  }

  @Put('retention-rules/:kind')
  @CheckPolicies('configure', 'RetentionRun')
  @ApiOkResponse({ type: RetentionRuleDto })
  setRule(@CurrentActor() actor: Actor, @Param('kind') kind: string, @Body() body: RetentionPeriodDto) {
    return this.commands.execute(new UpdateRetentionRuleCommand(actor, kind, { amount: body.amount, unit: body.unit }));
  }

  @Get('retention-runs')
  @CheckPolicies('read', 'RetentionRun')
  @ApiOkResponse({ type: [RetentionRunSummaryDto] })
  runs() {
    return this.queries.execute(new ListRetentionRunsQuery());
  }

  @Post('retention-runs')
  @CheckPolicies('run', 'RetentionRun')
  @ApiOkResponse({ type: RetentionRunSummaryDto })
  run(@CurrentActor() actor: Actor, @Body() body: RequestRetentionRunDto) {
    return this.commands.execute(new RequestRetentionRunCommand(actor, body.dryRun));
  }

  @Get('retention-runs/:id')
  @CheckPolicies('read', 'RetentionRun')
  @ApiOkResponse({ type: RetentionReportDto })
  report(@Param('id') id: string) {
    return this.queries.execute(new GetRetentionReportQuery(id));
  }

  @Post('case-erasures')
  @HttpCode(200)
  @CheckPolicies('erase', 'CaseErasure')
  @ApiOkResponse({ type: CaseAnonymisedDto })
  erase(@CurrentActor() actor: Actor, @Body() body: EraseCaseDto) {
    return this.commands.execute(new EraseCaseCommand(actor, body.reference, body.reason, body.version));
  }
}
