import { ApiProperty } from '@nestjs/swagger';

/**
 * What the coordination routes answer, declared for the OpenAPI document (and so for the web client's types).
 * Written by scripts/openapi-responses.js from the views the handlers return; checked against real answers by
 * test/e2e/web/answers-contract.e2e-spec.ts. Edit by hand or re-run the script.
 */
export class ActionItem {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  decisionId!: string;

  @ApiProperty({ type: String })
  decisionType!: string;

  @ApiProperty({ type: String })
  cellId!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  ownerOrganisationId!: string;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ type: Boolean })
  overdue!: boolean;

  @ApiProperty({ enum: ["done","open","in_progress","cancelled"] })
  status!: "done" | "open" | "in_progress" | "cancelled";

  @ApiProperty({ type: Number })
  version!: number;
}

export class ActionItemPage {
  @ApiProperty({ type: () => [ActionItem] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class ActionsTransitionAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ enum: ["done","open","in_progress","cancelled"] })
  status!: "done" | "open" | "in_progress" | "cancelled";

  @ApiProperty({ type: Number })
  version!: number;
}

export class OpenedAction {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  ownerOrganisationId!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ nullable: true, type: String })
  deadlineId!: string | null;
}

export class ActionsAddActionAnswer extends OpenedAction {
  @ApiProperty({ type: String })
  decisionId!: string;
}

export class CellCompositionMemberOrganisations {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ enum: ["minors_centre","uaped","crp","prefecture","parquet","association","police","gendarmerie","labour_inspection","ase","pjj","ofii","acse_coordination","host","clav_cell","national_coordinator","platform"] })
  kind!: "minors_centre" | "uaped" | "crp" | "prefecture" | "parquet" | "association" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "clav_cell" | "national_coordinator" | "platform";

  @ApiProperty({ type: String })
  name!: string;
}

export class CellCompositionMembers {
  @ApiProperty({ type: String })
  userId!: string;

  @ApiProperty({ type: String })
  displayName!: string;

  @ApiProperty({ enum: ["cell_member","cell_coordinator"] })
  role!: "cell_member" | "cell_coordinator";
}

export class CellComposition {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: () => [CellCompositionMemberOrganisations], description: "Organisations sitting in the cell (préfecture, parquet, police, ASE, associations…)." })
  memberOrganisations!: unknown;

  @ApiProperty({ type: () => [CellCompositionMembers], description: "The cell's own users: coordinators and members (staff names, never victims)." })
  members!: unknown;
}

export class CellsAddMemberAnswer {
  @ApiProperty({ type: String })
  cellId!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: Boolean })
  member!: boolean;

  @ApiProperty({ type: Boolean })
  changed!: boolean;
}

export class CellDashboardCell {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: String })
  territory!: string;
}

export class CellDashboardNewPresumedVictimsItems {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ type: Boolean })
  overdue!: boolean;
}

export class CellDashboardNewPresumedVictims {
  @ApiProperty({ type: Number })
  count!: number;

  @ApiProperty({ type: () => [CellDashboardNewPresumedVictimsItems] })
  items!: unknown;
}

export class CellDashboardOrientationsAwaitingAnswer {
  @ApiProperty({ type: Boolean })
  available!: boolean;

  @ApiProperty({ type: Number })
  total!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byTarget!: unknown;
}

export class OverviewDeadline {
  @ApiProperty({ type: String })
  deadlineId!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ nullable: true, type: String, description: "Null when it is a shelter the cell is no party of (`maskOrganisation`); the kind is always told." })
  responsibleOrganisationId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  responsibleOrganisationKind!: string | null;
}

export class DeadlineSection {
  @ApiProperty({ type: Number })
  count!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byKind!: unknown;

  @ApiProperty({ type: () => [OverviewDeadline], description: "The soonest, at most 50, live." })
  items!: unknown;
}

export class CellDashboardDeadlinesUpcoming extends DeadlineSection {
  @ApiProperty({ type: String })
  until!: string;
}

export class CellDashboardDeadlines {
  @ApiProperty({ type: () => DeadlineSection })
  overdue!: unknown;

  @ApiProperty({ type: () => CellDashboardDeadlinesUpcoming })
  upcoming!: unknown;
}

export class LateDecision {
  @ApiProperty({ type: String })
  decisionId!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  type!: string;

  @ApiProperty({ type: Number })
  lateActions!: number;

  @ApiProperty({ type: String })
  oldestDueOn!: string;
}

export class CellDashboardLateActions {
  @ApiProperty({ type: Number })
  decisions!: number;

  @ApiProperty({ type: Number })
  actions!: number;

  @ApiProperty({ type: () => [LateDecision] })
  items!: unknown;
}

export class CellDashboardCounts {
  @ApiProperty({ type: Number })
  activeCases!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byExploitationForm!: unknown;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byOrientationTarget!: unknown;
}

/** A cell's action-needed view: references, codes, dates and counts, never identity. Items are live; counts may be up to `MNIO_CELL_DASHBOARD_COUNTS_SECONDS` old (`countsAsOf`). */
export class CellDashboard {
  @ApiProperty({ type: () => CellDashboardCell })
  cell!: unknown;

  @ApiProperty({ type: String })
  asOf!: string;

  @ApiProperty({ type: String })
  countsAsOf!: string;

  @ApiProperty({ type: () => CellDashboardNewPresumedVictims })
  newPresumedVictims!: unknown;

  @ApiProperty({ type: () => CellDashboardOrientationsAwaitingAnswer, description: "`available` false when no orientations context answers: the counts are unknown, not zero." })
  orientationsAwaitingAnswer!: unknown;

  @ApiProperty({ type: () => CellDashboardDeadlines })
  deadlines!: unknown;

  @ApiProperty({ type: () => CellDashboardLateActions })
  lateActions!: unknown;

  @ApiProperty({ type: () => CellDashboardCounts })
  counts!: unknown;
}

export class ActivityWeek {
  @ApiProperty({ type: String, description: "First and last day of the week inside the month (Monday to Sunday, cut at the month's edges)." })
  from!: string;

  @ApiProperty({ type: String })
  to!: string;

  @ApiProperty({ type: Number })
  situationsReceived!: number;

  @ApiProperty({ type: Number })
  decisions!: number;

  @ApiProperty({ nullable: true, type: Number, description: "null when no orientations context answers (unknown, not zero)." })
  orientations!: number | null;
}

/** The month's activity of a cell, week by week: counts only, never a case id. */
export class CellActivity {
  @ApiProperty({ type: String })
  month!: string;

  @ApiProperty({ type: String })
  asOf!: string;

  @ApiProperty({ type: () => [ActivityWeek] })
  weeks!: unknown;
}

export class CellsScheduleAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  cellId!: string;

  @ApiProperty({ type: String })
  date!: string;
}

export class MeetingSummary {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  date!: string;

  @ApiProperty({ type: Number })
  agendaItems!: number;

  @ApiProperty({ type: Number })
  decisions!: number;
}

export class MeetingSummaryPage {
  @ApiProperty({ type: () => [MeetingSummary] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class ActionView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  ownerOrganisationId!: string;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ type: Number })
  version!: number;
}

export class DecisionView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  meetingId!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  type!: string;

  @ApiProperty({ type: String })
  text!: string;

  @ApiProperty({ nullable: true, type: String })
  supersedesId!: string | null;

  @ApiProperty({ nullable: true, type: String, description: "The later decision that replaced this one; null while it stands." })
  supersededById!: string | null;

  @ApiProperty({ type: String })
  decidedAt!: string;

  @ApiProperty({ type: String })
  decidedByOrganisationId!: string;

  @ApiProperty({ type: () => [ActionView] })
  actions!: unknown;
}

export class MeetingViewAttendees {
  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ nullable: true, type: String })
  name!: string | null;
}

export class MeetingViewAgenda {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  addedAt!: string;
}

export class MeetingView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  cellId!: string;

  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: String })
  date!: string;

  @ApiProperty({ type: () => [MeetingViewAttendees] })
  attendees!: unknown;

  @ApiProperty({ type: () => [MeetingViewAgenda] })
  agenda!: unknown;

  @ApiProperty({ type: () => [DecisionView] })
  decisions!: unknown;
}

export class MeetingsAttendeeAnswer {
  @ApiProperty({ type: String })
  meetingId!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: Boolean })
  added!: boolean;
}

export class MeetingsRemoveAttendeeAnswer {
  @ApiProperty({ type: String })
  meetingId!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: Boolean })
  removed!: boolean;
}

export class AgendaSuggestion {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String, description: "The deadline that brings the case up (`cell_review` for a new presumed victim)." })
  kind!: string;

  @ApiProperty({ type: String })
  dueOn!: string;
}

/** Cases the cell holds that a meeting should look at, not yet on its agenda: references, codes and dates only. */
export class AgendaSuggestions {
  @ApiProperty({ type: () => [AgendaSuggestion], description: "Presumed victims the cell has not examined yet, review not overdue." })
  new!: unknown;

  @ApiProperty({ type: () => [AgendaSuggestion], description: "A deadline within `MNIO_CELL_UPCOMING_DAYS`." })
  dueSoon!: unknown;

  @ApiProperty({ type: () => [AgendaSuggestion], description: "A deadline past, the cell's own review included." })
  overdue!: unknown;
}

export class MeetingsAgendaAnswer {
  @ApiProperty({ type: String })
  meetingId!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;
}

export class DecisionRecordedActions {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  ownerOrganisationId!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ nullable: true, type: String })
  deadlineId!: string | null;
}

export class DecisionRecorded {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  meetingId!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ enum: ["follow_up","close","review_done","orientation_to_request","referral_parquet","referral_prefecture"] })
  type!: "follow_up" | "close" | "review_done" | "orientation_to_request" | "referral_parquet" | "referral_prefecture";

  @ApiProperty({ nullable: true, type: String })
  supersedesId!: string | null;

  @ApiProperty({ type: () => [DecisionRecordedActions] })
  actions!: unknown;

  @ApiProperty({ type: [String], description: "Pending actions of the superseded decision, cancelled by this one." })
  cancelledActionIds!: string[];
}

export class TransferView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  fromOrganisationId!: string;

  @ApiProperty({ type: String })
  fromTerritory!: string;

  @ApiProperty({ type: String })
  toOrganisationId!: string;

  @ApiProperty({ type: String })
  toTerritory!: string;

  @ApiProperty({ enum: ["requested","accepted","refused","cancelled"] })
  status!: "requested" | "accepted" | "refused" | "cancelled";

  @ApiProperty({ type: String })
  reasonCode!: string;

  @ApiProperty({ nullable: true, type: String })
  answerReasonCode!: string | null;

  @ApiProperty({ type: String })
  requestedAt!: string;

  @ApiProperty({ nullable: true, type: String })
  answeredAt!: string | null;

  @ApiProperty({ type: Number })
  version!: number;
}

export class TransferTargetView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: String })
  kind!: string;
}

export class TransferViewPage {
  @ApiProperty({ type: () => [TransferView] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class TransfersBreakGlassAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  expiresAt!: string;
}

export class CaseReaderView {
  @ApiProperty({ enum: ["identity_read","break_glass"], description: "`identity_read`: someone displayed the identity; `break_glass`: someone opened the case in an emergency." })
  kind!: "identity_read" | "break_glass";

  @ApiProperty({ type: String })
  at!: string;

  @ApiProperty({ nullable: true, type: String })
  userId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  userName!: string | null;

  @ApiProperty({ nullable: true, type: String })
  organisationId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  organisationName!: string | null;

  @ApiProperty({ nullable: true, type: String, description: "The reason code given: an identity read's reason, or the break-the-glass reason." })
  reason!: string | null;

  @ApiProperty({ nullable: true, type: String, description: "Break-the-glass: when the access ends." })
  expiresAt!: string | null;
}

export class CaseReaderViewPage {
  @ApiProperty({ type: () => [CaseReaderView] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class BreakGlassReportByUser {
  @ApiProperty({ type: String })
  userId!: string;

  @ApiProperty({ nullable: true, type: String })
  displayName!: string | null;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: Number })
  uses!: number;

  @ApiProperty({ type: String })
  firstAt!: string;

  @ApiProperty({ type: String })
  lastAt!: string;
}

export class BreakGlassReportByOrganisation {
  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ nullable: true, type: String })
  name!: string | null;

  @ApiProperty({ nullable: true, type: String })
  kind!: string | null;

  @ApiProperty({ type: Number })
  uses!: number;

  @ApiProperty({ type: Number })
  users!: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  byReason!: unknown;
}

export class BreakGlassReport {
  @ApiProperty({ type: String })
  from!: string;

  @ApiProperty({ type: String })
  to!: string;

  @ApiProperty({ type: Number })
  total!: number;

  @ApiProperty({ type: () => [BreakGlassReportByUser] })
  byUser!: unknown;

  @ApiProperty({ type: () => [BreakGlassReportByOrganisation] })
  byOrganisation!: unknown;
}
