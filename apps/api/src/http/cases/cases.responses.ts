import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

/**
 * What the cases routes answer, declared for the OpenAPI document (and so for the web client's types).
 * Written by scripts/openapi-responses.js from the views the handlers return; checked against real answers by
 * test/e2e/web/answers-contract.e2e-spec.ts. Edit by hand or re-run the script.
 */
export class DuplicateLinkView {
  @ApiProperty({ type: String })
  linkId!: string;

  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ enum: ["incoming","outgoing"] })
  direction!: "incoming" | "outgoing";

  @ApiProperty({ type: String, description: "The actor's own case on this side of the link." })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  otherTerritory!: string;

  @ApiProperty({ type: String })
  otherOrganisationKind!: string;

  @ApiProperty({ type: String })
  requestedAt!: string;
}

/** A possible duplicate of one of the actor's cases, found when another organisation recorded or checked its own. */
export class DuplicateMatchView {
  @ApiProperty({ type: String })
  matchId!: string;

  @ApiProperty({ type: String, description: "The actor's own case." })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  otherTerritory!: string;

  @ApiProperty({ type: String })
  otherOrganisationKind!: string;

  @ApiProperty({ nullable: true, type: String, description: "Only when the other case is the actor's organisation's own too (it sees it): its id and reference; otherwise null." })
  otherCaseId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  otherReference!: string | null;

  @ApiProperty({ type: String })
  foundAt!: string;

  @ApiProperty({ nullable: true, type: String, description: "The link proposed from this match, if any." })
  linkId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  linkStatus!: string | null;
}

export class CaseLinksRequestLinkAnswer {
  @ApiProperty({ type: String })
  linkId!: string;

  @ApiProperty({ enum: ["requested"] })
  status!: "requested";
}

export class CaseLinksAcceptAnswer {
  @ApiProperty({ type: String })
  linkId!: string;

  @ApiProperty({ enum: ["accepted","refused"] })
  status!: "accepted" | "refused";
}

export class DeadlineView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ type: String })
  alertOn!: string;

  @ApiProperty({ type: Boolean })
  overdue!: boolean;

  @ApiProperty({ type: Boolean, description: "The alert date has come (e.g. the permit's 60-day renewal window is open)." })
  alerting!: boolean;

  @ApiProperty({ nullable: true, type: String, description: "Null when it is a shelter the viewer is no party of (`maskOrganisation`); the kind is always told." })
  responsibleOrganisationId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  responsibleOrganisationKind!: string | null;
}

export class DeadlineViewPage {
  @ApiProperty({ type: () => [DeadlineView] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class TerritoryRule {
  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: Boolean, description: "True when the territory overrides the national default." })
  overridden!: boolean;

  @ApiProperty({ enum: ["reflection_period_end","permit_expiry","parquet_referral","judge_seizure","cell_review","orientation_answer","action_due","minor_report","ase_reception"] })
  kind!: "reflection_period_end" | "permit_expiry" | "parquet_referral" | "judge_seizure" | "cell_review" | "orientation_answer" | "action_due" | "minor_report" | "ase_reception";

  @ApiProperty({ type: Number, description: "Length of the period." })
  amount!: number;

  @ApiProperty({ enum: ["days","working_days","years"] })
  unit!: "days" | "working_days" | "years";

  @ApiProperty({ type: Number, description: "Days before the due date when the responsible organisation is alerted." })
  alertBeforeDays!: number;
}

export class CaseCreatedSameOrganisation {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;
}

export class CaseCreated {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: Number })
  version!: number;

  @ApiProperty({ type: Boolean })
  minor!: boolean;

  @ApiProperty({ nullable: true, type: Boolean, description: "Another organisation may follow the same person (its owner is told); null: past the user's daily checks, not told." })
  possibleDuplicate!: boolean | null;

  @ApiProperty({ type: () => [CaseCreatedSameOrganisation], description: "The recording organisation's own open cases that may concern the same person (it sees them), one per case." })
  sameOrganisation!: unknown;
}

export class CaseSummaryStatuses {
  @ApiProperty({ type: String })
  identification!: string;

  @ApiProperty({ type: String })
  residence!: string;

  @ApiProperty({ type: String })
  childProtection!: string;

  @ApiProperty({ type: String })
  criminal!: string;

  @ApiProperty({ type: String })
  case!: string;
}

export class CaseSummaryNextDeadline {
  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: String })
  dueOn!: string;
}

export class CaseSummary {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: String })
  ownerOrganisationId!: string;

  @ApiProperty({ type: String })
  sex!: string;

  @ApiProperty({ type: String })
  ageBand!: string;

  @ApiProperty({ type: Boolean })
  minor!: boolean;

  @ApiProperty({ nullable: true, type: String })
  nationality!: string | null;

  @ApiProperty({ type: [String] })
  exploitationForms!: string[];

  @ApiProperty({ type: () => CaseSummaryStatuses })
  statuses!: unknown;

  @ApiProperty({ nullable: true, type: () => CaseSummaryNextDeadline })
  nextDeadline!: unknown;

  @ApiProperty({ type: String })
  createdAt!: string;

  @ApiProperty({ type: String })
  updatedAt!: string;
}

export class CaseSummaryPage {
  @ApiProperty({ type: () => [CaseSummary] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class CaseSummaryList {
  @ApiProperty({ type: () => [CaseSummary] })
  items!: unknown;
}

export class CaseViewOrientations {
  @ApiProperty({ type: String })
  orientationId!: string;

  @ApiProperty({ enum: ["acse","dna","minors_centre","uaped","crp","psp","prefecture","parquet","general"] })
  targetKind!: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";

  @ApiProperty({ type: String })
  state!: string;
}

export class CaseViewFirstContact {
  @ApiProperty({ type: String })
  context!: string;

  @ApiProperty({ nullable: true, type: String })
  on!: string | null;
}

export class CaseViewEvents {
  @ApiProperty({ type: String })
  type!: string;

  @ApiProperty({ type: String })
  country!: string;

  @ApiProperty({ required: false, type: String })
  territory?: string | undefined;

  @ApiProperty({ required: false, type: String })
  from?: string | undefined;

  @ApiProperty({ required: false, type: String })
  to?: string | undefined;
}

export class CaseViewStatuses {
  @ApiProperty({ type: String })
  identification!: string;

  @ApiProperty({ type: String })
  residence!: string;

  @ApiProperty({ type: String })
  childProtection!: string;

  @ApiProperty({ type: String })
  criminal!: string;

  @ApiProperty({ type: String })
  case!: string;
}

export class CaseViewIndicatorSummary {
  @ApiProperty({ type: Number })
  strong!: number;

  @ApiProperty({ type: Number })
  medium!: number;

  @ApiProperty({ type: Number })
  weak!: number;
}

export class CaseViewConsents {
  @ApiProperty({ type: String })
  purpose!: string;

  @ApiProperty({ nullable: true, type: String })
  targetOrganisationId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  targetOrganisationKind!: string | null;

  @ApiProperty({ type: Boolean })
  granted!: boolean;

  @ApiProperty({ type: String })
  method!: string;

  @ApiProperty({ type: String })
  recordedAt!: string;
}

export class CaseViewDeadlines {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ type: String })
  alertOn!: string;

  @ApiProperty({ nullable: true, type: String })
  responsibleOrganisationId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  responsibleOrganisationKind!: string | null;

  @ApiProperty({ type: Boolean })
  overdue!: boolean;
}

export class CaseViewLinks {
  @ApiProperty({ type: String })
  linkId!: string;

  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ nullable: true, type: String })
  otherReference!: string | null;

  @ApiProperty({ type: String })
  otherTerritory!: string;
}

/** What this actor may record now on this case, track by track: what the pages offer (the handlers check again). */
export class TrackActions {
  @ApiProperty({ isArray: true, enum: ["spotted","presumed_victim","formally_identified","not_retained","lost_contact"], description: "Identification moves, named after the state they lead to." })
  identification!: unknown;

  @ApiProperty({ type: Boolean, description: "Whether indicators may be added." })
  indicators!: boolean;

  @ApiProperty({ isArray: true, enum: ["rights_information","reflection_period_started","reflection_period_ended_early","receipt_issued","complaint_or_testimony","permit_issued","permit_renewed","permit_refused","ten_year_card_issued","removal_order"] })
  residence!: unknown;

  @ApiProperty({ isArray: true, enum: ["report_made","ase_provisional_reception","parquet_informed","emergency_placement_order","judge_seized","placement","guardian_appointed","ad_hoc_administrator_appointed"] })
  childProtection!: unknown;

  @ApiProperty({ isArray: true, enum: ["complaint_filed","hearing","proceedings_opened","no_further_action","conviction"] })
  criminal!: unknown;

  @ApiProperty({ isArray: true, enum: ["follow_up","resume","close","close_referred","reopen"], description: "Case status events: follow_up, resume, close, close_referred, reopen." })
  case!: unknown;
}

export class CaseView {
  @ApiProperty({ type: () => [CaseViewOrientations] })
  orientations!: unknown;

  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: String })
  ownerOrganisationId!: string;

  @ApiProperty({ type: String })
  sex!: string;

  @ApiProperty({ type: String })
  ageBand!: string;

  @ApiProperty({ type: Boolean })
  minor!: boolean;

  @ApiProperty({ type: Boolean })
  ageUncertain!: boolean;

  @ApiProperty({ nullable: true, type: Boolean, description: "A minor's case: unaccompanied (« mineur non accompagné ») or not; null when not recorded, and for an adult." })
  unaccompaniedMinor!: boolean | null;

  @ApiProperty({ nullable: true, type: () => CaseViewFirstContact, description: "Where and when the first contact took place (codes and a day), or null when not recorded." })
  firstContact!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nationality!: string | null;

  @ApiProperty({ type: Boolean })
  foreignNational!: boolean;

  @ApiProperty({ type: [String] })
  exploitationForms!: string[];

  @ApiProperty({ type: Boolean })
  exploitedInFrance!: boolean;

  @ApiProperty({ type: Boolean })
  exploitedAbroad!: boolean;

  @ApiProperty({ type: () => [CaseViewEvents] })
  events!: unknown;

  @ApiProperty({ type: [String] })
  vulnerabilities!: string[];

  @ApiProperty({ type: [String] })
  needs!: string[];

  @ApiProperty({ type: Boolean })
  localDanger!: boolean;

  @ApiProperty({ type: Boolean })
  interpreterNeeded!: boolean;

  @ApiProperty({ type: () => CaseViewStatuses })
  statuses!: unknown;

  @ApiProperty({ nullable: true, type: String })
  closureReason!: string | null;

  @ApiProperty({ type: Boolean })
  removalOrderAlert!: boolean;

  @ApiProperty({ nullable: true, type: String })
  identifiedByOrganisationId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  identifiedAt!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(CaseViewIndicatorSummary) } })
  indicatorSummary!: unknown;

  @ApiProperty({ type: () => [CaseViewConsents], description: "`targetOrganisationId` is null when the target is a shelter the viewer is no party of (`maskOrganisation`): `targetOrganisationKind` tells what it is." })
  consents!: unknown;

  @ApiProperty({ type: () => [CaseViewDeadlines], description: "`responsibleOrganisationId` is masked like a consent's target (an orientation's answer deadline is the shelter's)." })
  deadlines!: unknown;

  @ApiProperty({ type: () => [CaseViewLinks] })
  links!: unknown;

  @ApiProperty({ type: Boolean, description: "Whether this actor may open the identity view (the API still checks)." })
  identityAccess!: boolean;

  @ApiProperty({ type: () => TrackActions, description: "What this actor may record now, per track (computed from the handlers' own rules; the API still checks)." })
  trackActions!: unknown;

  @ApiProperty({ nullable: true, type: String, description: "Set when this actor reads the case only through their own break-the-glass grant: when it ends (read-only until then)." })
  breakGlassUntil!: string | null;

  @ApiProperty({ type: Number })
  version!: number;

  @ApiProperty({ type: String })
  createdAt!: string;

  @ApiProperty({ type: String })
  updatedAt!: string;

  @ApiProperty({ nullable: true, type: String, description: "When the case was anonymised (its identity and free texts erased), null otherwise." })
  anonymisedAt!: string | null;
}

export class CasesRectifyAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: Number })
  version!: number;

  @ApiProperty({ isArray: true, enum: ["exploitationForms","events","vulnerabilities","needs","narrative","firstContact","lastName","firstNames","aliases","birthDate","estimatedAge","ageUncertain","sex","nationality","languages","interpreterNeeded","contact","localDanger","dangerNotes"] })
  fields!: unknown;
}

export class CaseRectificationViewPrevious {
  @ApiProperty({ type: 'object', additionalProperties: {  } })
  identity!: unknown;

  @ApiProperty({ type: 'object', additionalProperties: {  } })
  facts!: unknown;
}

export class CaseRectificationView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  at!: string;

  @ApiProperty({ isArray: true, enum: ["exploitationForms","events","vulnerabilities","needs","narrative","firstContact","lastName","firstNames","aliases","birthDate","estimatedAge","ageUncertain","sex","nationality","languages","interpreterNeeded","contact","localDanger","dangerNotes"], description: "The fields the correction changed: names, never values." })
  fields!: unknown;

  @ApiProperty({ nullable: true, type: String, description: "Who corrected: the owner organisation (masked like every organisation in a case's views)." })
  organisationId!: string | null;

  @ApiProperty({ required: false, nullable: true, type: () => CaseRectificationViewPrevious, description: "The values the correction replaced (identity fields and facts by name), for those who read the identity only (absent otherwise; null once the retention rules erased them)." })
  previous?: unknown;
}

export class CaseContact {
  @ApiProperty({ required: false, type: String })
  phone?: string | undefined;

  @ApiProperty({ required: false, type: String })
  email?: string | undefined;

  @ApiProperty({ required: false, type: String })
  channel?: string | undefined;

  @ApiProperty({ type: Boolean })
  safeToContact!: boolean;
}

/** Identity as recorded and as returned by the identity view: the same field names both ways. */
export class CaseIdentity {
  @ApiProperty({ required: false, type: String })
  lastName?: string | undefined;

  @ApiProperty({ required: false, type: [String] })
  firstNames?: string[] | undefined;

  @ApiProperty({ required: false, type: [String] })
  aliases?: string[] | undefined;

  @ApiProperty({ required: false, type: String })
  birthDate?: string | undefined;

  @ApiProperty({ required: false, type: Number })
  estimatedAge?: number | undefined;

  @ApiProperty({ required: false, type: Boolean })
  ageUncertain?: boolean | undefined;

  @ApiProperty({ enum: ["female","male","other","unknown"] })
  sex!: "female" | "male" | "other" | "unknown";

  @ApiProperty({ required: false, type: String })
  nationality?: string | undefined;

  @ApiProperty({ required: false, type: [String] })
  languages?: string[] | undefined;

  @ApiProperty({ required: false, type: Boolean })
  interpreterNeeded?: boolean | undefined;

  @ApiProperty({ required: false, type: () => CaseContact })
  contact?: unknown;
}

export class CaseIdentityViewDanger {
  @ApiProperty({ type: Boolean })
  localDanger!: boolean;

  @ApiProperty({ nullable: true, type: String })
  notes!: string | null;
}

export class CaseIdentityView {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: () => CaseIdentity })
  identity!: unknown;

  @ApiProperty({ nullable: true, type: String })
  narrative!: string | null;

  @ApiProperty({ type: () => CaseIdentityViewDanger })
  danger!: unknown;
}

export class CaseHistoryEntry {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  track!: string;

  @ApiProperty({ type: String })
  type!: string;

  @ApiProperty({ type: String })
  occurredOn!: string;

  @ApiProperty({ type: String })
  recordedAt!: string;

  @ApiProperty({ nullable: true, type: String, description: "Null when it is a shelter the viewer is no party of (`maskOrganisation`); `recordedByOrganisationKind` tells what it is." })
  recordedByOrganisationId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  recordedByOrganisationKind!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: {  }, description: "Codes and dates; an organisation id in it (`targetOrganisationId`, `organisationId`) is masked the same way, with its `…Kind` beside it." })
  data!: unknown;

  @ApiProperty({ required: false, nullable: true, type: String, description: "Free-text notes may name people: only identity readers get them." })
  note?: string | null | undefined;
}

export class CaseWriteResult {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: Number })
  version!: number;
}

export class CasesIdentificationAnswer extends CaseWriteResult {
  @ApiProperty({ enum: ["spotted","presumed_victim","formally_identified","not_retained","lost_contact"] })
  identification!: "spotted" | "presumed_victim" | "formally_identified" | "not_retained" | "lost_contact";
}

export class CasesIndicatorAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  indicatorId!: string;

  @ApiProperty({ type: Number })
  version!: number;
}

export class CasesResidenceAnswer extends CaseWriteResult {
  @ApiProperty({ enum: ["residence","child_protection","criminal"] })
  track!: unknown;

  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ type: [String] })
  deadlineIds!: string[];
}

export class CasesCloseAnswer extends CaseWriteResult {
  @ApiProperty({ enum: ["follow_up","active","closed","closed_referred"] })
  status!: "follow_up" | "active" | "closed" | "closed_referred";
}

export class CasesConsentAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  consentId!: string;

  @ApiProperty({ type: Number })
  version!: number;
}

export class CasesUnaccompaniedMinorAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: Number })
  version!: number;
}

export class CasesReferAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: Number })
  version!: number;
}

export class DuplicateCheckSameOrganisation {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;
}

/** What the recorder learns from a duplicate check: whether another organisation may follow the same person (`true`), not (`false`), or nothing because the user ran more checks today than allowed (`null`). Never which organisation, territory or case: the match goes to the other case's owner, who may propose a link. */
export class DuplicateCheck {
  @ApiProperty({ nullable: true, type: Boolean })
  possibleDuplicate!: boolean | null;

  @ApiProperty({ type: () => [DuplicateCheckSameOrganisation], description: "The recording organisation's own open cases sharing a key (« peut-être déjà suivie par votre structure »), one entry per case: it sees them already, so their references are no disclosure. Never another organisation's." })
  sameOrganisation!: unknown;
}

export class StepActor {
  @ApiProperty({ type: String })
  organisationKind!: string;

  @ApiProperty({ nullable: true, type: String })
  organisationId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  organisationName!: string | null;
}

export class MinorProtectionStep {
  @ApiProperty({ enum: ["ase_reception","parquet_informed","judge_seized","report","uaped_hearing"] })
  step!: "ase_reception" | "parquet_informed" | "judge_seized" | "report" | "uaped_hearing";

  @ApiProperty({ enum: ["done","due","overdue","to_do","not_applicable_yet"] })
  state!: "done" | "due" | "overdue" | "to_do" | "not_applicable_yet";

  @ApiProperty({ nullable: true, type: String, description: "YYYY-MM-DD, when done." })
  doneOn!: string | null;

  @ApiProperty({ nullable: true, type: String, description: "The child-protection event (or UAPED orientation state) that fulfilled the step." })
  doneBy!: string | null;

  @ApiProperty({ nullable: true, type: String, description: "YYYY-MM-DD, the last day to act, when a clock runs." })
  dueOn!: string | null;

  @ApiProperty({ nullable: true, type: String })
  deadlineId!: string | null;

  @ApiProperty({ type: () => StepActor, description: "Who must act now (or who acted, once done)." })
  actor!: unknown;

  @ApiProperty({ type: Boolean, description: "Overdue clocks are escalated to the territory's parquet." })
  escalated!: boolean;
}

export class MinorProtectionView {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: Boolean, description: "False for an adult's case: no steps." })
  applicable!: boolean;

  @ApiProperty({ type: String, description: "YYYY-MM-DD in France: the day the states were computed for." })
  today!: string;

  @ApiProperty({ type: () => [MinorProtectionStep] })
  steps!: unknown;

  @ApiProperty({ nullable: true, type: () => MinorProtectionStep })
  nextClock!: unknown;
}

export class MinorInCareNextClock {
  @ApiProperty({ type: String })
  deadlineId!: string;

  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: String })
  dueOn!: string;

  @ApiProperty({ type: Boolean })
  overdue!: boolean;

  @ApiProperty({ type: String })
  responsibleOrganisationId!: string;
}

export class MinorInCare {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: String })
  ageBand!: string;

  @ApiProperty({ type: String })
  childProtectionStatus!: string;

  @ApiProperty({ nullable: true, type: () => MinorInCareNextClock, description: "The earliest open clock of the child (report, reception, 5 days, 8 days), if one runs." })
  nextClock!: unknown;
}

export class MinorInCareList {
  @ApiProperty({ type: () => [MinorInCare] })
  items!: unknown;
}

export class CaseReferral {
  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  organisationKind!: string;

  @ApiProperty({ type: String })
  referredAt!: string;

  @ApiProperty({ nullable: true, type: String, description: "The organisation that referred the case (never a person)." })
  referredByOrganisationId!: string | null;

  @ApiProperty({ nullable: true, type: String, description: "Set when the referral ended (e.g. `consent_withdrawn`)." })
  endedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  endedReason!: string | null;
}

export class ReferralTarget {
  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  organisationKind!: string;

  @ApiProperty({ type: Boolean })
  national!: boolean;

  @ApiProperty({ nullable: true, enum: ["police_contact"], description: "The consent this referral needs, and whether the person's latest answer gives it." })
  consentNeeded!: "police_contact" | null;

  @ApiProperty({ type: Boolean })
  consentGiven!: boolean;
}

export class CaseReferrals {
  @ApiProperty({ type: () => [CaseReferral] })
  referrals!: unknown;

  @ApiProperty({ type: () => [ReferralTarget] })
  targets!: unknown;
}

export class ReferredCase {
  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: Boolean })
  minor!: boolean;

  @ApiProperty({ type: String })
  identificationStatus!: string;

  @ApiProperty({ type: String })
  caseStatus!: string;

  @ApiProperty({ type: String, description: "Which of the actor's organisations the case was referred to." })
  organisationId!: string;

  @ApiProperty({ type: String })
  referredAt!: string;

  @ApiProperty({ nullable: true, type: String })
  referredByOrganisationId!: string | null;
}

export class ReferredCasePage {
  @ApiProperty({ type: () => [ReferredCase] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}
