import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  AnswerTransferCommand, BreakGlassCommand, BreakGlassReportQuery, ListCaseReadersQuery, ListTransfersQuery, RequestTransferCommand, TransferTargetsQuery,
} from '@mnio/coordination';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe, parisToday } from '@mnio/platform';
import {
  BreakGlassByReferenceDto, BreakGlassDto, BreakGlassReportDto, ListTransfersDto, PageDto, TransferDto, TransferTargetsDto, TransferTransitionDto,
} from './coordination.dto';
import { ApiErrors } from '../api-docs';
import * as answers from './coordination.responses';

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

  @ApiOperation({ summary: 'Asks to transfer a case', description: 'Asks another organisation (and territory) to take the case over; it is told and answers.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'TRANSFER_TARGET_NOT_ALLOWED', 'TRANSFER_TERRITORY_REQUIRED', 'TRANSFER_ALREADY_PENDING')
  @ApiResponse({ status: 201, type: answers.TransferView })
  @Post('cases/:id/transfers')
  @CheckPolicies('request', 'CaseTransfer')
  request(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TransferDto) {
    return this.commands.execute(new RequestTransferCommand(actor, id, dto.toOrganisationId, dto.reasonCode, dto.toTerritory));
  }

  @ApiOperation({ summary: 'Lists where a case may be transferred', description: 'The organisations the owner may transfer the case to.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: [answers.TransferTargetView] })
  @Get('cases/:id/transfer-targets')
  @CheckPolicies('request', 'CaseTransfer')
  targets(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: TransferTargetsDto) {
    return this.queries.execute(new TransferTargetsQuery(actor, id, q.territory));
  }

  @ApiOperation({ summary: 'Lists transfers', description: 'The transfers my organisations asked for or were asked, one page at a time.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR')
  @ApiResponse({ status: 200, type: answers.TransferViewPage })
  @Get('transfers')
  @CheckPolicies('read', 'CaseTransfer')
  list(@CurrentActor() actor: Actor, @Query() q: ListTransfersDto) {
    return this.queries.execute(new ListTransfersQuery(actor, { direction: q.direction, status: q.status, caseId: q.caseId, cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @ApiOperation({ summary: 'Answers a transfer', description: 'Accepts or refuses (with a reason) a transfer asked of my organisation, or cancels my own, on the version read.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'VERSION_CONFLICT', 'PRECONDITION_REQUIRED', 'ILLEGAL_TRANSITION', 'UNKNOWN_MOVE', 'REFUSAL_REASON_REQUIRED', 'TRANSFER_STALE')
  @ApiResponse({ status: 200, type: answers.TransferView })
  @Post('transfers/:id/transitions')
  @HttpCode(200)
  @CheckPolicies(['request', 'answer'], 'CaseTransfer')
  answer(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: TransferTransitionDto) {
    return this.commands.execute(new AnswerTransferCommand(actor, id, dto.action, dto.reasonCode));
  }

  @ApiOperation({ summary: 'Opens emergency access to a case', description: 'Break the glass: a time-limited access to a case my organisation does not see, with a reason; reported to the owner and audited.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'BREAK_GLASS_NOT_NEEDED', 'BREAK_GLASS_DAILY_LIMIT')
  @ApiResponse({ status: 201, type: answers.TransfersBreakGlassAnswer })
  @Post('cases/:id/break-glass')
  @CheckPolicies('create', 'BreakGlass')
  breakGlass(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: BreakGlassDto) {
    return this.commands.execute(new BreakGlassCommand(actor, { caseId: id }, dto.reasonCode, dto.justification, dto.totpCode));
  }

  @ApiOperation({ summary: 'Opens emergency access by reference', description: 'Break the glass from a case reference given by phone or letter; same rules as from the case.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'BREAK_GLASS_NOT_NEEDED', 'BREAK_GLASS_DAILY_LIMIT')
  @ApiResponse({ status: 201, type: answers.TransfersBreakGlassAnswer })
  @Post('break-glass')
  @CheckPolicies('create', 'BreakGlass')
  breakGlassByReference(@CurrentActor() actor: Actor, @Body() dto: BreakGlassByReferenceDto) {
    return this.commands.execute(new BreakGlassCommand(actor, { reference: dto.reference }, dto.reasonCode, dto.justification, dto.totpCode));
  }

  @ApiOperation({ summary: 'Lists who read a case', description: 'Who read the identity of a case or opened emergency access to it, newest first (the owner\'s coordinators and DPO).' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR', 'NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.CaseReaderViewPage })
  @Get('cases/:id/readers')
  @CheckPolicies('read', 'CaseAccessLog')
  readers(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: PageDto) {
    return this.queries.execute(new ListCaseReadersQuery(actor, id, { cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @ApiOperation({ summary: 'Reports emergency accesses', description: 'The break-the-glass report over a period: who opened which case and why.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'REPORT_PERIOD_INVALID')
  @ApiResponse({ status: 200, type: answers.BreakGlassReport })
  @Get('break-glass-report')
  @CheckPolicies('read', 'BreakGlassReport')
  report(@CurrentActor() actor: Actor, @Query() q: BreakGlassReportDto) {
    const to = q.to ?? parisToday();
    return this.queries.execute(new BreakGlassReportQuery(actor, q.from ?? daysBefore(to, 30), to));
  }
}
