import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Actor, DomainError, Transactional } from '@mnio/platform';
import { accessJournalCsv } from './access-journal-csv';
import { AccessJournalFilters, AccessJournalQuery } from './access-journal.query';

/** The most entries one CSV holds; past it, the export asks for a narrower selection. */
export const ACCESS_JOURNAL_EXPORT_MAX = 10_000;

export interface AccessJournalFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/**
 * The journal of who read what as a CSV: every entry the filters select (not one page), newest first, as the
 * page lists them. Audited as `privacy.access_journal_exported`.
 */
export class ExportAccessJournalQuery extends Query<AccessJournalFile> {
  constructor(
    readonly actor: Actor,
    readonly filters: AccessJournalFilters,
  ) {
    super();
  }
}

@QueryHandler(ExportAccessJournalQuery)
export class ExportAccessJournalHandler implements IQueryHandler<ExportAccessJournalQuery> {
  constructor(private readonly queries: QueryBus) {}

  @Transactional()
  async execute({ actor, filters }: ExportAccessJournalQuery): Promise<AccessJournalFile> {
    const page = await this.queries.execute(new AccessJournalQuery(actor, filters, { limit: ACCESS_JOURNAL_EXPORT_MAX }, 'export'));
    if (page.nextCursor) {
      throw new DomainError('ACCESS_JOURNAL_EXPORT_TOO_LARGE', `More than ${ACCESS_JOURNAL_EXPORT_MAX} entries: narrow the period, the user or the organisation`);
    }
    const days = [filters.from, filters.to].filter(Boolean).join('-');
    return { filename: `mnio-journal-des-acces${days ? `-${days}` : ''}.csv`, contentType: 'text/csv; charset=utf-8', body: accessJournalCsv(page.items) };
  }
}
