import { Injectable } from '@nestjs/common';

export interface OpenDeadline {
  deadlineId: string;
  caseId: string;
  reference: string;
  territory: string;
  kind: string;
  dueAt: Date;
  responsibleOrganisationId: string;
  /** Once overdue, also told to the territory's parquet (a minor's clock): DeadlineEscalated, once. */
  escalate?: boolean;
}

/**
 * Where the reminder scan finds open deadlines; the cases context provides the real one. Pages are keyset:
 * ordered by id, `afterId` is the last id of the previous page.
 */
export interface DeadlineSource {
  listOpenDeadlines(dueBefore: Date, afterId?: string, limit?: number): Promise<OpenDeadline[]>;
}

export const DEADLINE_SOURCE = Symbol('DEADLINE_SOURCE');

/** Until a context provides deadlines, there are none: the worker boots and the scan finds nothing. */
@Injectable()
export class NoDeadlines implements DeadlineSource {
  async listOpenDeadlines(): Promise<OpenDeadline[]> {
    return [];
  }
}
