import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CheckPolicies, CurrentActor } from '@mnio/platform';
import { AccessJournalPage, AccessJournalQuery, ExportAccessJournalQuery } from '@mnio/privacy';
import { AccessJournalFiltersDto, AccessJournalPageDto, AccessJournalResponseDto } from './access-journal.dto';

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

  @Get('access-journal')
  @CheckPolicies('read', 'AccessJournal')
  @ApiOkResponse({ type: AccessJournalResponseDto })
  list(@CurrentActor() actor: Actor, @Query() q: AccessJournalPageDto): Promise<AccessJournalPage> {
    return this.queries.execute(new AccessJournalQuery(actor, filtersOf(q), { cursor: q.cursor, limit: q.limit ?? 50 }));
  }

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
