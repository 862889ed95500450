import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { NewAction } from '../actions/action-opener.service';
import type { DecisionType } from '../domain/vocabulary';

export type { NewAction };

export interface DecisionRecorded {
  id: string;
  meetingId: string;
  caseId: string;
  reference: string;
  type: DecisionType;
  supersedesId: string | null;
  actions: { id: string; ownerOrganisationId: string; dueOn: string; deadlineId: string | null }[];
  /** Pending actions of the superseded decision, cancelled by this one. */
  cancelledActionIds: string[];
}

/**
 * Records the cell's decision on a case on a meeting's agenda, with its follow-up actions. A decision is
 * never edited: a later one names the decision it supersedes.
 */
export class RecordDecisionCommand extends Command<DecisionRecorded> {
  constructor(
    readonly actor: Actor,
    readonly meetingId: string,
    readonly caseId: string,
    readonly type: DecisionType,
    readonly text: string,
    readonly supersedesId: string | undefined,
    readonly actions: NewAction[],
  ) {
    super();
  }
}
