import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AnswerDuplicateLinkCommand, DeadlineKind, ListDeadlineRulesQuery, ListDeadlinesQuery, ListDuplicateLinksQuery, ListDuplicateMatchesQuery, RequestDuplicateLinkCommand,
  SetDeadlineRuleCommand,
} from '@mnio/cases';
import { Actor, CheckPolicies, CurrentActor, DomainError, ParseIdPipe, SignedIn } from '@mnio/platform';
import { AnswerLinkDto, DeadlineRuleDto, DeadlineRulesQueryDto, DeadlinesDto, DuplicateLinksDto } from './cases.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './cases.responses';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api')
export class CaseLinksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Lists the duplicate links of my cases', description: 'The links proposed between one of my cases and a case another organisation recorded for the same person, incoming and outgoing, with their state. References and codes only.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: [answers.DuplicateLinkView] })
  @Get('duplicate-links')
  @CheckPolicies('read', 'Case')
  links(@CurrentActor() actor: Actor, @Query() q: DuplicateLinksDto) {
    return this.queries.execute(new ListDuplicateLinksQuery(actor, q.status));
  }

  /** Possible duplicates of the actor's own cases, found when another organisation recorded the same person. */
  @ApiOperation({ summary: 'Lists possible duplicates of my cases', description: 'Possible duplicates of my own cases, found when another organisation recorded the same person (blind index), with the link already proposed if any. Never a name.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: [answers.DuplicateMatchView] })
  @Get('duplicate-matches')
  @CheckPolicies('read', 'Case')
  matches(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListDuplicateMatchesQuery(actor));
  }

  /** The owner of the case that was already there proposes a link; the organisation that recorded the other decides. */
  @ApiOperation({ summary: 'Proposes a link to a possible duplicate', description: 'The owner of the case that was already there proposes a link; the organisation that recorded the other case decides.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'DUPLICATE_LINK_EXISTS')
  @ApiResponse({ status: 201, type: answers.CaseLinksRequestLinkAnswer })
  @Post('duplicate-matches/:id/link')
  @CheckPolicies('check_duplicates', 'Case')
  requestLink(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.commands.execute(new RequestDuplicateLinkCommand(actor, id));
  }

  @ApiOperation({ summary: 'Accepts a proposed duplicate link', description: 'The organisation that recorded the other case accepts the link proposed to it; both cases then show it.' })
  @ApiErrors('NOT_FOUND', 'DUPLICATE_LINK_ALREADY_ANSWERED')
  @ApiResponse({ status: 200, type: answers.CaseLinksAcceptAnswer })
  @Post('duplicate-links/:id/accept')
  @HttpCode(200)
  @CheckPolicies('answer_duplicate_link', 'CaseLink')
  accept(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.commands.execute(new AnswerDuplicateLinkCommand(actor, id, true, undefined));
  }

  @ApiOperation({ summary: 'Refuses a proposed duplicate link', description: 'The organisation that recorded the other case refuses the link proposed to it.' })
  @ApiErrors('NOT_FOUND', 'DUPLICATE_LINK_ALREADY_ANSWERED')
  @ApiResponse({ status: 200, type: answers.CaseLinksAcceptAnswer })
  @Post('duplicate-links/:id/refuse')
  @HttpCode(200)
  @CheckPolicies('answer_duplicate_link', 'CaseLink')
  refuse(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AnswerLinkDto) {
    return this.commands.execute(new AnswerDuplicateLinkCommand(actor, id, false, dto.reasonCode));
  }

  @ApiOperation({ summary: 'Lists the deadlines of the cases I follow', description: 'The open deadlines (reflection period, permit renewal, answers due) of the cases I may read, overdue or alerting first, one page at a time.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.DeadlineViewPage })
  @Get('deadlines')
  @CheckPolicies('read', 'Case')
  deadlines(@CurrentActor() actor: Actor, @Query() q: DeadlinesDto) {
    return this.queries.execute(new ListDeadlinesQuery(actor, { ...q, limit: q.limit ?? 50 }));
  }

  @ApiOperation({ summary: 'Lists the deadline rules', description: 'The deadline rules per territory: how long each clock runs and when it alerts.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: [answers.TerritoryRule] })
  @Get('deadline-rules')
  @SignedIn()
  rules(@Query() q: DeadlineRulesQueryDto) {
    return this.queries.execute(new ListDeadlineRulesQuery(q.territory));
  }

  @ApiOperation({ summary: 'Sets a deadline rule of a territory', description: 'Sets how long a kind of deadline runs in a territory and when it alerts (platform administrators); audited.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'UNKNOWN_TERRITORY')
  @ApiResponse({ status: 200, type: answers.TerritoryRule })
  @Put('deadline-rules/:territory/:kind')
  @CheckPolicies('configure', 'DeadlineRule')
  setRule(@CurrentActor() actor: Actor, @Param('territory') territory: string, @Param('kind') kind: string, @Body() dto: DeadlineRuleDto) {
    if (!dto.reset && (dto.amount === undefined || !dto.unit || dto.alertBeforeDays === undefined)) {
      throw new DomainError('VALIDATION_FAILED', 'Give amount, unit and alertBeforeDays, or reset');
    }
    const rule = dto.reset ? 'reset' : { amount: dto.amount!, unit: dto.unit!, alertBeforeDays: dto.alertBeforeDays! };
    return this.commands.execute(new SetDeadlineRuleCommand(actor, territory, kind as DeadlineKind, rule));
  }
}
