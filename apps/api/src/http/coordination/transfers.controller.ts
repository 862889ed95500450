import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AnswerTransferCommand, BreakGlassCommand, BreakGlassReportQuery, ListCaseReadersQuery, ListTransfersQuery, RequestTransferCommand, TransferTargetsQuery,
} from '@mnio/coordination';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe, parisToday } from '@mnio/platform';
import {
  BreakGlassByReferenceDto, BreakGlassDto, BreakGlassReportDto, ListTransfersDto, PageDto, TransferDto, TransferTargetsDto, TransferTransitionDto,
} from './coordination.dto';

const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** Transfers of a case between territories, and break-the-glass access with its report. */
@ApiTags('coordination')
@ApiBearerAuth()
@Controller('api')
export class TransfersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('cases/:id/transfers')
  @CheckPolicies('request', 'CaseTransfer')
  request(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TransferDto) {
    return this.commands.execute(new RequestTransferCommand(actor, id, dto.toOrganisationId, dto.reasonCode, dto.toTerritory));
  }

  @Get('cases/:id/transfer-targets')
  @CheckPolicies('request', 'CaseTransfer')
  targets(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: TransferTargetsDto) {
    return this.queries.execute(new TransferTargetsQuery(actor, id, q.territory));
  }

  @Get('transfers')
  @CheckPolicies('read', 'CaseTransfer')
  list(@CurrentActor() actor: Actor, @Query() q: ListTransfersDto) {
    return this.queries.execute(new ListTransfersQuery(actor, { direction: q.direction, status: q.status, caseId: q.caseId, cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @Post('transfers/:id/transitions')
  @HttpCode(200)
  @CheckPolicies(['request', 'answer'], 'CaseTransfer')
  answer(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TransferTransitionDto) {
    return this.commands.execute(new AnswerTransferCommand(actor, id, dto.action, dto.reasonCode));
  }

  @Post('cases/:id/break-glass')
  @CheckPolicies('create', 'BreakGlass')
  breakGlass(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: BreakGlassDto) {
    return this.commands.execute(new BreakGlassCommand(actor, { caseId: id }, dto.reasonCode, dto.justification, dto.totpCode));
  }

  @Post('break-glass')
  @CheckPolicies('create', 'BreakGlass')
  breakGlassByReference(@CurrentActor() actor: Actor, @Body() dto: BreakGlassByReferenceDto) {
    return this.commands.execute(new BreakGlassCommand(actor, { reference: dto.reference }, dto.reasonCode, dto.justification, dto.totpCode));
  }

  @Get('cases/:id/readers')
  @CheckPolicies('read', 'CaseAccessLog')
  readers(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: PageDto) {
    return this.queries.execute(new ListCaseReadersQuery(actor, id, { cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @Get('break-glass-report')
  @CheckPolicies('read', 'BreakGlassReport')
  report(@CurrentActor() actor: Actor, @Query() q: BreakGlassReportDto) {
    const to = q.to ?? parisToday();
    return this.queries.execute(new BreakGlassReportQuery(actor, q.from ?? daysBefore(to, 30), to));
  }
}
