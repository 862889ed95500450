import { Body, Controller, Delete, Get, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AddAgendaItemCommand, AddAttendeeCommand, AgendaSuggestionsQuery, GetMeetingQuery, MeetingMinutesPdfQuery, MeetingMinutesQuery, RecordDecisionCommand, RemoveAttendeeCommand,
} from '@mnio/coordination';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { AgendaItemDto, AttendeeDto, DecisionDto } from './coordination.dto';

/** Cell meetings: attendees, agenda, decisions (no route edits or deletes a decision), minutes. */
@ApiTags('coordination')
@ApiBearerAuth()
@Controller('api/meetings')
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':id')
  @CheckPolicies('read', 'CellMeeting')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new GetMeetingQuery(actor, id));
  }

  @Post(':id/attendees')
  @CheckPolicies('update', 'CellMeeting')
  attendee(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AttendeeDto) {
    return this.commands.execute(new AddAttendeeCommand(actor, id, dto.organisationId));
  }

  @Delete(':id/attendees/:organisationId')
  @CheckPolicies('update', 'CellMeeting')
  removeAttendee(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('organisationId', ParseIdPipe) organisationId: string) {
    return this.commands.execute(new RemoveAttendeeCommand(actor, id, organisationId));
  }

  /** Cases the cell holds worth discussing, not yet on the agenda: new, due soon, overdue. */
  @Get(':id/agenda-suggestions')
  @CheckPolicies('read', 'CellMeeting')
  suggestions(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new AgendaSuggestionsQuery(actor, id));
  }

  @Post(':id/agenda')
  @CheckPolicies('propose', 'CellMeeting')
  agenda(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AgendaItemDto) {
    return this.commands.execute(new AddAgendaItemCommand(actor, id, dto.caseId ? { caseId: dto.caseId } : { reference: dto.reference! }));
  }

  @Post(':id/decisions')
  @CheckPolicies('decide', 'CellMeeting')
  decide(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: DecisionDto) {
    return this.commands.execute(new RecordDecisionCommand(actor, id, dto.caseId, dto.type, dto.text, dto.supersedesId, dto.actions ?? []));
  }

  /** Printable minutes in French: references and codes, never identity; nothing may load or run in the page. */
  @Get(':id/minutes')
  @ApiProduces('text/html')
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
  @Get(':id/minutes.pdf')
  @ApiProduces('application/pdf')
  @CheckPolicies('read', 'CellMeeting')
  async minutesPdf(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Res({ passthrough: true }) res: Response) {
    const { pdf, filename } = await this.queries.execute(new MeetingMinutesPdfQuery(actor, id));
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${filename}"`, length: pdf.length });
  }
}
