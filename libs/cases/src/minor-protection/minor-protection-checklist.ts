import type { DeadlineKind } from '../deadlines/deadline-rules';

/** The clocks that protect a child, in the order they usually run. */
export const MINOR_PROTECTION_STEPS = ['report', 'ase_reception', 'parquet_informed', 'judge_seized', 'uaped_hearing'] as const;
export type MinorProtectionStepName = (typeof MINOR_PROTECTION_STEPS)[number];

/**
 * `done` (with its date), `due` (by a date), `overdue` (the date has passed: the parquet is alerted),
 * `to_do` (may be done now, no legal date), `not_applicable_yet` (waits for an earlier step).
 */
export const MINOR_PROTECTION_STATES = ['done', 'due', 'overdue', 'to_do', 'not_applicable_yet'] as const;
export type MinorProtectionState = (typeof MINOR_PROTECTION_STATES)[number];

export interface StepActor {
  organisationKind: string;
  organisationId: string | null;
  organisationName: string | null;
}

export interface MinorProtectionStep {
  step: MinorProtectionStepName;
  state: MinorProtectionState;
  /** YYYY-MM-DD, when done. */
  doneOn: string | null;
  /** The child-protection event (or UAPED orientation state) that fulfilled the step. */
  doneBy: string | null;
  /** YYYY-MM-DD, the last day to act, when a clock runs. */
  dueOn: string | null;
  deadlineId: string | null;
  /** Who must act now (or who acted, once done). */
  actor: StepActor;
  /** Overdue clocks are escalated to the territory's parquet. */
  escalated: boolean;
}

export interface MinorProtectionInput {
  /** YYYY-MM-DD in France. */
  today: string;
  createdOn: string;
  ownerOrganisationId: string;
  /** The territory's ASE and parquet (the first of each kind), when the directory has one. */
  aseOrganisationId: string | null;
  parquetOrganisationId: string | null;
  /** Kind and name of every organisation named in the input. */
  organisations: Record<string, { kind: string; name: string }>;
  /** Child-protection events, any order. */
  events: { type: string; occurredOn: string; organisationId: string }[];
  /** The case's deadlines of the minor's clocks (open and closed). */
  deadlines: { id: string; kind: DeadlineKind | string; dueOn: string; responsibleOrganisationId: string; closed: boolean }[];
  /** The latest UAPED orientation, if any: its state and the day it reached it. */
  uaped: { state: string; since: string; targetOrganisationId: string; answerDueOn: string | null } | null;
}

const firstOf = (events: MinorProtectionInput['events'], types: string[]) =>
  events.filter((e) => types.includes(e.type)).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))[0] ?? null;

/**
 * A minor's protection checklist, computed from the child-protection track, its deadlines and the UAPED
 * orientation. Pure: the same facts and day always give the same list.
 */
export function minorProtectionChecklist(input: MinorProtectionInput): MinorProtectionStep[] {
  const { events, today } = input;
  const who = (id: string | null, kind: string): StepActor =>
    ({ organisationKind: (id && input.organisations[id]?.kind) || kind, organisationId: id, organisationName: (id && input.organisations[id]?.name) || null });
  const aseActor = who(input.aseOrganisationId, 'ase');
  const parquetActor = who(input.parquetOrganisationId, 'parquet');
  const openDeadline = (kind: DeadlineKind) => input.deadlines.find((d) => d.kind === kind && !d.closed) ?? null;

  const done = (step: MinorProtectionStepName, by: { type: string; occurredOn: string; organisationId?: string }, actor: StepActor): MinorProtectionStep => ({
    step, state: 'done', doneOn: by.occurredOn, doneBy: by.type, dueOn: null, deadlineId: null, actor, escalated: false,
  });
  const clock = (step: MinorProtectionStepName, kind: DeadlineKind, fallback: StepActor): MinorProtectionStep => {
    const d = openDeadline(kind);
    if (!d) return { step, state: 'to_do', doneOn: null, doneBy: null, dueOn: null, deadlineId: null, actor: fallback, escalated: false };
    const overdue = d.dueOn < today;
    const actor = who(d.responsibleOrganisationId, fallback.organisationKind);
    return { step, state: overdue ? 'overdue' : 'due', doneOn: null, doneBy: null, dueOn: d.dueOn, deadlineId: d.id, actor, escalated: overdue };
  };
  const waiting = (step: MinorProtectionStepName, actor: StepActor): MinorProtectionStep => ({
    step, state: 'not_applicable_yet', doneOn: null, doneBy: null, dueOn: null, deadlineId: null, actor, escalated: false,
  });

  const ownerActor = who(input.ownerOrganisationId, 'association');
  const ownerKind = ownerActor.organisationKind;
  const reception = firstOf(events, ['ase_provisional_reception']);
  const opp = firstOf(events, ['emergency_placement_order']);
  const judge = firstOf(events, ['judge_seized']);

  // 1. Report to the CRIP or the parquet: made at recording by the ASE or the parquet themselves, else by a
  // report event or any measure that shows the authorities were told.
  const reportBy = firstOf(events, ['report_made']) ?? firstOf(events, ['ase_provisional_reception', 'parquet_informed', 'emergency_placement_order', 'judge_seized']);
  const report = ownerKind === 'ase' || ownerKind === 'parquet'
    ? done('report', { type: 'case_created', occurredOn: input.createdOn }, ownerActor)
    : reportBy ? done('report', reportBy, who(reportBy.organisationId, 'ase')) : clock('report', 'minor_report', ownerActor);

  // 2. ASE provisional reception, or the child entrusted by an emergency placement order.
  const receivedBy = reception ?? opp;
  const aseReception = receivedBy ? done('ase_reception', receivedBy, receivedBy === reception ? who(reception.organisationId, 'ase') : parquetActor) : clock('ase_reception', 'ase_reception', aseActor);

  // 3. The parquet told within 5 days of the reception (an OPP or a judge seized shows it knows).
  const toldBy = firstOf(events, ['parquet_informed', 'emergency_placement_order', 'judge_seized']);
  const parquetInformed = toldBy
    ? done('parquet_informed', toldBy, who(toldBy.organisationId, 'parquet'))
    : reception ? clock('parquet_informed', 'parquet_referral', who(reception.organisationId, 'ase')) : waiting('parquet_informed', aseActor);

  // 4. The juge des enfants seized within 8 days of an emergency placement order.
  const judgeSeized = judge
    ? done('judge_seized', judge, who(judge.organisationId, 'parquet'))
    : opp ? clock('judge_seized', 'judge_seizure', parquetActor) : waiting('judge_seized', parquetActor);

  // 5. The UAPED hearing, on the parquet's decision: no legal clock, the UAPED answers its request in time.
  const uapedActor = (id: string): StepActor => who(id, 'uaped');
  const u = input.uaped;
  let uaped: MinorProtectionStep;
  if (u?.state === 'hearing_held') uaped = done('uaped_hearing', { type: 'hearing_held', occurredOn: u.since }, uapedActor(u.targetOrganisationId));
  else if (u && (u.state === 'requested' || u.state === 'hearing_scheduled')) {
    const overdue = u.state === 'requested' && !!u.answerDueOn && u.answerDueOn < today;
    uaped = {
      step: 'uaped_hearing', state: u.state === 'requested' && u.answerDueOn ? (overdue ? 'overdue' : 'due') : 'to_do', doneOn: null, doneBy: null,
      dueOn: u.state === 'requested' ? u.answerDueOn : null, deadlineId: null, actor: uapedActor(u.targetOrganisationId), escalated: false,
    };
  } else uaped = { step: 'uaped_hearing', state: 'to_do', doneOn: null, doneBy: null, dueOn: null, deadlineId: null, actor: parquetActor, escalated: false };

  return [report, aseReception, parquetInformed, judgeSeized, uaped];
}

/** The next clock of a checklist: the earliest open due date, overdue first. */
export function nextClock(steps: MinorProtectionStep[]): MinorProtectionStep | null {
  return steps.filter((s) => s.dueOn && (s.state === 'due' || s.state === 'overdue')).sort((a, b) => a.dueOn!.localeCompare(b.dueOn!))[0] ?? null;
}
