import { QueryBus } from '@nestjs/cqrs';
import { CasesVisibleToQuery } from '@mnio/cases';

/**
 * Of `caseIds`, those one of `organisationIds` still sees, asked of the cases context's front door. A case the
 * cell no longer sees (the person withdrew the `cell` consent) drops out of every coordination list at once.
 */
export async function visibleCaseIds(queries: QueryBus, organisationIds: string[], caseIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(caseIds)];
  return new Set(ids.length ? await queries.execute(new CasesVisibleToQuery(organisationIds, ids)) : []);
}
