import { Query } from '@nestjs/cqrs';
import type { OverviewDeadline } from '@mnio/cases';
import type { Actor } from '@mnio/platform';

export interface LateDecision {
  decisionId: string;
  caseId: string;
  reference: string;
  type: string;
  lateActions: number;
  oldestDueOn: string;
}

export interface DeadlineSection {
  count: number;
  byKind: Record<string, number>;
  /** The soonest, at most 50, live. */
  items: OverviewDeadline[];
}

/**
 * A cell's action-needed view: references, codes, dates and counts, never identity. Items are live;
 * counts may be up to `MNIO_CELL_DASHBOARD_COUNTS_SECONDS` old (`countsAsOf`).
 */
export interface CellDashboard {
  cell: { id: string; name: string; territory: string };
  asOf: string;
  countsAsOf: string;
  newPresumedVictims: { count: number; items: { caseId: string; reference: string; dueOn: string; overdue: boolean }[] };
  /** `available` false when no orientations context answers: the counts are unknown, not zero. */
  orientationsAwaitingAnswer: { available: boolean; total: number; byTarget: Record<string, number> };
  deadlines: { overdue: DeadlineSection; upcoming: DeadlineSection & { until: string } };
  lateActions: { decisions: number; actions: number; items: LateDecision[] };
  counts: { activeCases: number; byExploitationForm: Record<string, number>; byOrientationTarget: Record<string, number> };
}

export class CellDashboardQuery extends Query<CellDashboard> {
  constructor(
    readonly actor: Actor,
    readonly cellId: string,
  ) {
    super();
  }
}
