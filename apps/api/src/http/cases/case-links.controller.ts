import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnswerDuplicateLinkCommand, ListDeadlinesQuery, ListDuplicateLinksQuery } from '@mnio/cases';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { AnswerLinkDto, DeadlinesDto, DuplicateLinksDto } from './cases.dto';

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

  @Post('duplicate-links/:id/accept')
  @HttpCode(200)
  @CheckPolicies('read', 'Case')
  accept(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.commands.execute(new AnswerDuplicateLinkCommand(actor, id, true, undefined));
  }

  @Post('duplicate-links/:id/refuse')
  @HttpCode(200)
  @CheckPolicies('read', 'Case')
  refuse(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AnswerLinkDto) {
    return this.commands.execute(new AnswerDuplicateLinkCommand(actor, id, false, dto.reasonCode));
  }

  @Get('deadlines')
  @CheckPolicies('read', 'Case')
  deadlines(@CurrentActor() actor: Actor, @Query() q: DeadlinesDto) {
    return this.queries.execute(new ListDeadlinesQuery(actor, { ...q, limit: q.limit ?? 50 }));
  }
}
