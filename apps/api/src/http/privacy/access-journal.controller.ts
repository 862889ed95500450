import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CheckPolicies, CurrentActor } from '@mnio/platform';
import { AccessJournalPage, AccessJournalQuery, ExportAccessJournalQuery } from '@mnio/privacy';
import { AccessJournalFiltersDto, AccessJournalPageDto, AccessJournalResponseDto } from './access-journal.dto';
import { ApiErrors } from '../api-docs';

const filtersOf = (q: AccessJournalFiltersDto) => ({ userId: q.userId, organisationId: q.organisationId, from: q.from, to: q.to, kinds: q.kinds });

/**
 * Who read what (issue 16 §4): identity reads, break-the-glass uses and exports, from the audit journal, for an
 * organisation's DPO and coordinators (their organisation) and the platform's DPO (every organisation).
 */
@ApiTags('privacy')
@ApiBearerAuth()
@Controller('api/privacy')
export class AccessJournalController {
  constructor(private readonly queries: QueryBus) {}

  @ApiOperation({ summary: 'Reads the access journal', description: 'Who read or changed what in my organisations\' cases over a period (DPO and coordinators), one page at a time.' })
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CURSOR', 'REPORT_PERIOD_INVALID')
  @Get('access-journal')
  @CheckPolicies('read', 'AccessJournal')
  @ApiOkResponse({ type: AccessJournalResponseDto })
  list(@CurrentActor() actor: Actor, @Query() q: AccessJournalPageDto): Promise<AccessJournalPage> {
    return this.queries.execute(new AccessJournalQuery(actor, filtersOf(q), { cursor: q.cursor, limit: q.limit ?? 50 }));
  }

  @ApiOperation({ summary: 'Exports the access journal', description: 'The same journal as a CSV file over a period.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'REPORT_PERIOD_INVALID', 'ACCESS_JOURNAL_EXPORT_TOO_LARGE')
  @Get('access-journal.csv')
  @CheckPolicies('export', 'AccessJournal')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every entry the filters select (at most 10,000), as a French CSV' })
  async csv(@CurrentActor() actor: Actor, @Query() q: AccessJournalFiltersDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.queries.execute(new ExportAccessJournalQuery(actor, filtersOf(q)));
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    return new StreamableFile(file.body);
  }
}
