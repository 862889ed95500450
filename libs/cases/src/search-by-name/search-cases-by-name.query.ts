import { Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { CaseSummary } from '../queries/list-cases.query';

export interface NameSearch {
  lastName: string;
  firstNames?: string[];
  birthYear: number;
}

/**
 * The cases of one person, found by her exact name and birth year through the blind index, among the cases whose
 * identity the actor reads: references and pseudonymised facts, never a name (the identity is opened on the case).
 */
export class SearchCasesByNameQuery extends Query<{ items: CaseSummary[] }> {
  constructor(
    readonly actor: Actor,
    readonly search: NameSearch,
  ) {
    super();
  }
}
