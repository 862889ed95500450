import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AnswerDuplicateLinkCommand, DeadlineKind, ListDeadlineRulesQuery, ListDeadlinesQuery, ListDuplicateLinksQuery, ListDuplicateMatchesQuery, RequestDuplicateLinkCommand,
  SetDeadlineRuleCommand,
} from '@mnio/cases';
import { Actor, CheckPolicies, CurrentActor, DomainError, ParseIdPipe, SignedIn } from '@mnio/platform';
import { AnswerLinkDto, DeadlineRuleDto, DeadlineRulesQueryDto, DeadlinesDto, DuplicateLinksDto } from './cases.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api')
export class CaseLinksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('duplicate-links')
  @CheckPolicies('read', 'Case')
  links(@CurrentActor() actor: Actor, @Query() q: DuplicateLinksDto) {
    return this.queries.execute(new ListDuplicateLinksQuery(actor, q.status));
  }

  /** Possible duplicates of the actor's own cases, found when another organisation recorded the same person. */
  @Get('duplicate-matches')
  @CheckPolicies('read', 'Case')
  matches(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListDuplicateMatchesQuery(actor));
  }

  /** The owner of the case that was already there proposes a link; the organisation that recorded the other decides. */
  @Post('duplicate-matches/:id/link')
  @CheckPolicies('check_duplicates', 'Case')
  requestLink(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.commands.execute(new RequestDuplicateLinkCommand(actor, id));
  }

  @Post('duplicate-links/:id/accept')
  @HttpCode(200)
  @CheckPolicies('answer_duplicate_link', 'CaseLink')
  accept(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.commands.execute(new AnswerDuplicateLinkCommand(actor, id, true, undefined));
  }

  @Post('duplicate-links/:id/refuse')
  @HttpCode(200)
  @CheckPolicies('answer_duplicate_link', 'CaseLink')
  refuse(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AnswerLinkDto) {
    return this.commands.execute(new AnswerDuplicateLinkCommand(actor, id, false, dto.reasonCode));
  }

  @Get('deadlines')
  @CheckPolicies('read', 'Case')
  deadlines(@CurrentActor() actor: Actor, @Query() q: DeadlinesDto) {
    return this.queries.execute(new ListDeadlinesQuery(actor, { ...q, limit: q.limit ?? 50 }));
  }

  @Get('deadline-rules')
  @SignedIn()
  rules(@Query() q: DeadlineRulesQueryDto) {
    return this.queries.execute(new ListDeadlineRulesQuery(q.territory));
  }

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
