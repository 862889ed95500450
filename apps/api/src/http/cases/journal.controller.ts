import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AddJournalNoteCommand, CorrectJournalNoteCommand, GetCaseJournalQuery, JournalPage } from '@mnio/cases';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import { ApiErrors } from '../api-docs';
import { AddJournalNoteDto, CorrectJournalNoteDto, JournalNoteCorrectedDto, JournalNoteCreatedDto, JournalPageDto, JournalPageResponseDto } from './journal.dto';

/** A case's follow-up journal (docs/cases.md, « Follow-up journal »). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class CaseJournalController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get(':id/journal')
  @CheckPolicies('read', 'Case')
  @ApiOperation({
    summary: 'Read the follow-up journal of a case',
    description:
      'The dated notes of the case the caller may read, newest day first, paged by cursor. The owner organisation reads every note; another organisation that holds identity access reads the notes shared with it. ' +
      'Each read is recorded in the audit journal as a read of the identity. Also says whether the caller may add a note and with which organisations a note may be shared.',
  })
  @ApiOkResponse({ type: JournalPageResponseDto })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR', 'IDENTITY_NOT_SHARED', 'NOT_FOUND')
  journal(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Query() q: JournalPageDto): Promise<JournalPage> {
    return this.queries.execute(new GetCaseJournalQuery(actor, id, { cursor: q.cursor, limit: q.limit ?? 20 }));
  }

  @Post(':id/journal')
  @CheckPolicies('update', 'Case')
  @ApiOperation({
    summary: 'Add a dated note to the follow-up journal of a case',
    description:
      'For the workers of the organisation that owns the case. The note is about a day that has come, is stored encrypted, and is never edited afterwards. ' +
      'visibleTo chooses, among the organisations that hold identity access to the case, those that will read it besides the owner. The write is audited.',
  })
  @ApiCreatedResponse({ type: JournalNoteCreatedDto })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'CASE_ANONYMISED', 'JOURNAL_DATE_IN_FUTURE', 'JOURNAL_TEXT_REQUIRED', 'JOURNAL_READER_NOT_IDENTITY_HOLDER')
  add(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AddJournalNoteDto): Promise<{ id: string; caseId: string }> {
    return this.commands.execute(new AddJournalNoteCommand(actor, id, { occurredOn: dto.occurredOn, text: dto.text, visibleTo: dto.visibleTo ?? [] }));
  }

  @Put(':id/journal/:noteId')
  @CheckPolicies('update', 'Case')
  @ApiOperation({
    summary: 'Correct the text of a note of the follow-up journal',
    description:
      'For the author of the note only, while a worker of the organisation that owns the case. The text replaced is kept encrypted in the note’s corrections ' +
      '(shown in the person’s right of access); the day of the note and the organisations that read it do not change. The correction is audited.',
  })
  @ApiOkResponse({ type: JournalNoteCorrectedDto })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'JOURNAL_NOTE_NOT_YOURS', 'NOT_FOUND', 'CASE_ANONYMISED', 'JOURNAL_TEXT_REQUIRED', 'NOTHING_TO_RECTIFY')
  correct(
    @CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('noteId', ParseIdPipe) noteId: string, @Body() dto: CorrectJournalNoteDto,
  ): Promise<{ id: string; caseId: string; correctedAt: string }> {
    return this.commands.execute(new CorrectJournalNoteCommand(actor, id, noteId, dto.text));
  }
}
