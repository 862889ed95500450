import { Command } from '@nestjs/cqrs';

export interface CasesAnonymised {
  /** The cases anonymised by this command, all in its one transaction. */
  anonymised: string[];
  /** The cases left as they were: changed since the caller read them (reopened, held, already anonymised, gone). */
  skipped: string[];
}

/**
 * The retention job's batch of `AnonymiseCaseCommand` (issue 16 §1, erasure throughput): up to a few dozen cases
 * the nightly job found eligible, anonymised in ONE transaction with set-based statements, each still with its own
 * `case.anonymised` audit entry and its own `CaseAnonymised` outbox event. The rows are locked in id order, then
 * checked again as the single command does; a case that no longer qualifies is skipped, not an error. A failure
 * rolls back the whole batch: the caller then falls back to one case per transaction, so one bad case never loses
 * the others' work.
 */
export class AnonymiseCasesCommand extends Command<CasesAnonymised> {
  constructor(
    readonly caseIds: string[],
    readonly cause: { kind: 'retention'; rule: string; runId: string },
  ) {
    super();
  }
}
