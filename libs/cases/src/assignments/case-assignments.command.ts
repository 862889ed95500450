import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/**
 * Assigns a worker of the owning organisation to a case (issue 14 §2): by the owner's coordinators and case
 * workers (`assign`); only an active member of the owning organisation with a case-working role
 * (`case_worker`, `coordinator`) may be assigned (422 `ASSIGNEE_NOT_ELIGIBLE`); twice is 409 `ALREADY_ASSIGNED`.
 */
export class AssignCaseCommand extends Command<{ caseId: string; userId: string; assignedAt: string }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly userId: string,
  ) {
    super();
  }
}

/** Ends a worker's assignment to a case (404 `NOT_ASSIGNED` when none is live). */
export class UnassignCaseCommand extends Command<{ caseId: string; userId: string }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly userId: string,
  ) {
    super();
  }
}

/** A colleague, named for colleagues (staff display name), never the person's identity. */
export interface CaseWorker {
  userId: string;
  displayName: string;
}

export interface CaseAssignments {
  caseId: string;
  /** The workers following the case, first assigned first. */
  assignees: (CaseWorker & { assignedAt: string })[];
  /** The members of the owning organisation who may be assigned (case workers and coordinators), by name. */
  candidates: CaseWorker[];
}

/** Who follows the case within the owning organisation: read by the owner's workers only (other viewers 403, others 404). */
export class GetCaseAssignmentsQuery extends Query<CaseAssignments> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
  ) {
    super();
  }
}

/** A colleague one may assign or filter the list by, with the organisation both work in. */
export interface Colleague extends CaseWorker {
  organisationId: string;
}

/**
 * The case workers and coordinators of the organisations where the actor herself records cases (« Suivies par »
 * in the list): staff display names only, and only to a colleague. Others get an empty list from here (the route
 * guard refuses them first).
 */
export class ColleaguesQuery extends Query<Colleague[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
