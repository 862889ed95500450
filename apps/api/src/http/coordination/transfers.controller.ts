import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AnswerTransferCommand, BreakGlassCommand, BreakGlassReportQuery, ListTransfersQuery, RequestTransferCommand } from '@mnio/coordination';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { BreakGlassDto, BreakGlassReportDto, ListTransfersDto, TransferDto, TransferTransitionDto } from './coordination.dto';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
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

  @Get('transfers')
  @CheckPolicies('read', 'CaseTransfer')
  list(@CurrentActor() actor: Actor, @Query() q: ListTransfersDto) {
    return this.queries.execute(new ListTransfersQuery(actor, { direction: q.direction, status: q.status, cursor: q.cursor, limit: q.limit ?? 50 }));
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
    return this.commands.execute(new BreakGlassCommand(actor, id, dto.reasonCode, dto.justification));
  }

  @Get('break-glass-report')
  @CheckPolicies('read', 'BreakGlassReport')
  report(@CurrentActor() actor: Actor, @Query() q: BreakGlassReportDto) {
    const to = q.to ?? today();
    return this.queries.execute(new BreakGlassReportQuery(actor, q.from ?? daysBefore(to, 30), to));
  }
}
