import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { BlindIndex, Transactional } from '@mnio/platform';
import { nameSearchKey } from '../duplicates/identity-keys';
import { CaseSummary, ListCasesQuery } from '../queries/list-cases.query';
import { SearchCasesByNameQuery } from './search-cases-by-name.query';

/** More than this many cases for one exact name and year is not a search any more. */
const MAX_RESULTS = 20;

/**
 * Computes the one blind-index key of the name and year asked (nothing stored, nothing decrypted), lists the
 * matching cases the actor reads the identity of, and audits the search — who, how many matches, never the name.
 */
@QueryHandler(SearchCasesByNameQuery)
export class SearchCasesByNameHandler implements IQueryHandler<SearchCasesByNameQuery> {
  constructor(
    private readonly index: BlindIndex,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, search }: SearchCasesByNameQuery): Promise<{ items: CaseSummary[] }> {
    const key = nameSearchKey(this.index, [search.lastName, ...(search.firstNames ?? [])], search.birthYear);
    const { items } = key ? await this.queries.execute(new ListCasesQuery(actor, { personKeys: key, limit: MAX_RESULTS })) : { items: [] };
    await this.audit.record({
      action: 'case.name_searched', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`,
      details: { matches: items.length, caseIds: items.map((i) => i.id) },
    });
    return { items };
  }
}
