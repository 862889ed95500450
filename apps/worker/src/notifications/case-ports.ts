import { Injectable, Module } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CanOrganisationSeeCaseQuery, CasesModule, OpenDeadlinesQuery } from '@mnio/cases';
import type { CaseAccessCheck, DeadlineSource, OpenDeadline } from '@mnio/notifications';

/** Reminders scan the cases context's open deadlines through its public query. */
@Injectable()
export class CasesDeadlineSource implements DeadlineSource {
  constructor(private readonly queries: QueryBus) {}

  listOpenDeadlines(dueBefore: Date, afterId?: string, limit?: number): Promise<OpenDeadline[]> {
    return this.queries.execute(new OpenDeadlinesQuery(dueBefore, afterId, limit));
  }
}

/** A recipient's organisation is told about a case only while it may still see that case. */
@Injectable()
export class CasesAccessCheck implements CaseAccessCheck {
  constructor(private readonly queries: QueryBus) {}

  canOrganisationSeeCase(caseId: string, organisationId: string, formerSourceId?: string): Promise<boolean> {
    return this.queries.execute(new CanOrganisationSeeCaseQuery(caseId, organisationId, formerSourceId));
  }
}

/** Wires the notifications worker's ports to the cases context (the composition root decides, not either lib). */
@Module({
  imports: [CasesModule],
  providers: [CasesDeadlineSource, CasesAccessCheck],
  exports: [CasesDeadlineSource, CasesAccessCheck],
})
export class CasePortsModule {}
