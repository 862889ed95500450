import { Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

export interface CaseFilter {
  territory?: string;
  identificationStatus?: string;
  residenceStatus?: string;
  childProtectionStatus?: string;
  criminalStatus?: string;
  caseStatus?: string;
  exploitationForm?: string;
  minor?: boolean;
  hasOpenDeadline?: boolean;
  createdFrom?: string;
  createdTo?: string;
  ownerOrganisationId?: string;
  reference?: string;
  /** The cases this user (of one of the actor's own organisations) is assigned to: « Mes situations » (`me` is resolved before). */
  assignedTo?: string;
  /** Internal (never from a query string): the cases whose blind index holds one of these keys and whose identity the actor reads. */
  personKeys?: string[];
  cursor?: string;
  limit: number;
}

export interface CaseSummary {
  id: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  sex: string;
  ageBand: string;
  minor: boolean;
  nationality: string | null;
  exploitationForms: string[];
  statuses: { identification: string; residence: string; childProtection: string; criminal: string; case: string };
  nextDeadline: { kind: string; dueOn: string } | null;
  createdAt: string;
  updatedAt: string;
}

export class ListCasesQuery extends Query<{ items: CaseSummary[]; nextCursor: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly filter: CaseFilter,
  ) {
    super();
  }
}
