import { Body, Controller, Delete, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AddAgendaItemCommand, AddAttendeeCommand, AgendaSuggestionsQuery, GetMeetingQuery, MeetingMinutesPdfQuery, MeetingMinutesQuery, RecordDecisionCommand, RemoveAttendeeCommand,
} from '@mnio/coordination';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { AgendaItemDto, AttendeeDto, DecisionDto } from './coordination.dto';
import { ApiErrors, ApiFile } from '../api-docs';
import * as answers from './coordination.responses';

/** Cell meetings: attendees, agenda, decisions (no route edits or deletes a decision), minutes. */
@ApiTags('coordination')
@ApiBearerAuth()
@Controller('api/meetings')
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @ApiOperation({ summary: 'Reads a meeting', description: 'A meeting\'s date, attendees, agenda and decisions with their actions.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.MeetingView })
  @Get(':id')
  @CheckPolicies('read', 'CellMeeting')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetMeetingQuery(actor, id));
  }

  @ApiOperation({ summary: 'Adds an attendee to a meeting', description: 'Records that a member organisation of the cell attends the meeting.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'ATTENDEE_NOT_CELL_MEMBER')
  @ApiResponse({ status: 201, type: answers.MeetingsAttendeeAnswer })
  @Post(':id/attendees')
  @CheckPolicies('update', 'CellMeeting')
  attendee(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AttendeeDto) {
    return this.commands.execute(new AddAttendeeCommand(actor, id, dto.organisationId));
  }

  @ApiOperation({ summary: 'Removes an attendee from a meeting', description: 'Removes an organisation from the meeting\'s attendees.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.MeetingsRemoveAttendeeAnswer })
  @Delete(':id/attendees/:organisationId')
  @CheckPolicies('update', 'CellMeeting')
  removeAttendee(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('organisationId', ParseIdPipe) organisationId: string) {
    return this.commands.execute(new RemoveAttendeeCommand(actor, id, organisationId));
  }

  /** Cases the cell holds worth discussing, not yet on the agenda: new, due soon, overdue. */
  @ApiOperation({ summary: 'Suggests cases for the agenda', description: 'Cases the cell holds worth discussing, not yet on the agenda: new, due soon, overdue.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.AgendaSuggestions })
  @Get(':id/agenda-suggestions')
  @CheckPolicies('read', 'CellMeeting')
  suggestions(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new AgendaSuggestionsQuery(actor, id));
  }

  @ApiOperation({ summary: 'Puts a case on the agenda', description: 'Adds a case the cell may see to the meeting\'s agenda.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'CASE_NOT_VISIBLE_TO_CELL', 'CASE_ALREADY_ON_AGENDA')
  @ApiResponse({ status: 201, type: answers.MeetingsAgendaAnswer })
  @Post(':id/agenda')
  @CheckPolicies('propose', 'CellMeeting')
  agenda(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AgendaItemDto) {
    return this.commands.execute(new AddAgendaItemCommand(actor, id, dto.caseId ? { caseId: dto.caseId } : { reference: dto.reference! }));
  }

  @ApiOperation({ summary: 'Records a decision', description: 'Records the cell\'s decision on a case of the agenda, with its actions; it may supersede an earlier one.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'CASE_NOT_ON_AGENDA', 'ACTION_OWNER_NOT_ALLOWED', 'DUE_DATE_IN_PAST', 'SUPERSEDED_DECISION_MISMATCH', 'DECISION_ALREADY_SUPERSEDED')
  @ApiResponse({ status: 201, type: answers.DecisionRecorded })
  @Post(':id/decisions')
  @CheckPolicies('decide', 'CellMeeting')
  decide(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: DecisionDto) {
    return this.commands.execute(new RecordDecisionCommand(actor, id, dto.caseId, dto.type, dto.text, dto.supersedesId, dto.actions ?? []));
  }

  /** Printable minutes in French: references and codes, never identity; nothing may load or run in the page. */
  @ApiOperation({ summary: 'Prints a meeting\'s minutes', description: 'Printable minutes in French (HTML): references and codes, never identity; nothing may load or run in the page.' })
  @ApiErrors('NOT_FOUND')
  @Get(':id/minutes')
  @ApiProduces('text/html')
  @ApiFile('text/html')
  @CheckPolicies('read', 'CellMeeting')
  async minutes(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { html, contentSecurityPolicy } = await this.queries.execute(new MeetingMinutesQuery(actor, id));
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', 'inline; filename="compte-rendu.html"');
    return html;
  }

  /** The same minutes as an A4 PDF to keep: a download, never cached. */
  @ApiOperation({ summary: 'Downloads a meeting\'s minutes as PDF', description: 'The same minutes as an A4 PDF to keep: a download, never cached.' })
  @ApiErrors('NOT_FOUND')
  @Get(':id/minutes.pdf')
  @ApiProduces('application/pdf')
  @ApiFile('application/pdf')
  @CheckPolicies('read', 'CellMeeting')
  async minutesPdf(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { pdf, filename } = await this.queries.execute(new MeetingMinutesPdfQuery(actor, id));
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${filename}"`, length: pdf.length });
  }
}
