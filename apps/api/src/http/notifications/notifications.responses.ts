import { ApiProperty } from '@nestjs/swagger';

/**
 * What the notifications routes answer, declared for the OpenAPI document (and so for the web client's types).
 * Written by scripts/openapi-responses.js from the views the handlers return; checked against real answers by
 * test/e2e/web/answers-contract.e2e-spec.ts. Edit by hand or re-run the script.
 */
export class QueueCounts {
  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ nullable: true, type: Number })
  waiting!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  active!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  delayed!: number | null;

  @ApiProperty({ nullable: true, type: Number })
  failed!: number | null;

  @ApiProperty({ type: Number, description: "Dead letters not yet replayed (from PostgreSQL, so known even without Redis)." })
  deadLettered!: number;
}

export class QueueStatsDeliveries {
  @ApiProperty({ type: Number })
  pending!: number;

  @ApiProperty({ type: Number })
  sending!: number;
}

export class QueueStats {
  @ApiProperty({ enum: ["up","down"] })
  redis!: "up" | "down";

  @ApiProperty({ type: Number })
  outboxBacklog!: number;

  @ApiProperty({ type: () => [QueueCounts] })
  queues!: unknown;

  @ApiProperty({ type: () => QueueStatsDeliveries })
  deliveries!: unknown;
}

/** A delivery that exhausted its attempts: ids, codes and counts, never content or address. */
export class DeadLetterView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  deliveryId!: string;

  @ApiProperty({ type: Number })
  round!: number;

  @ApiProperty({ type: String })
  channel!: string;

  @ApiProperty({ type: String })
  eventType!: string;

  @ApiProperty({ type: String, description: "The event type in French, for the administration page (the catalogue's label)." })
  eventLabel!: string;

  @ApiProperty({ type: String })
  eventKey!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  recipientId!: string;

  @ApiProperty({ type: Number })
  attempts!: number;

  @ApiProperty({ nullable: true, type: String })
  lastError!: string | null;

  @ApiProperty({ type: String })
  failedAt!: string;

  @ApiProperty({ nullable: true, type: String })
  replayedAt!: string | null;
}

export class DeadLetterViewPage {
  @ApiProperty({ type: () => [DeadLetterView] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class NotificationsAdminReplayAnswer {
  @ApiProperty({ type: String })
  deliveryId!: string;

  @ApiProperty({ type: Number })
  round!: number;
}

/** One inbox item as the API returns it: a French title, the content's ids and codes, a path to follow. */
export class NotificationView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  eventType!: string;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: Boolean })
  read!: boolean;

  @ApiProperty({ type: String })
  createdAt!: string;

  @ApiProperty({ nullable: true, type: String })
  readAt!: string | null;

  @ApiProperty({ required: false, type: String })
  caseId?: string | undefined;

  @ApiProperty({ required: false, type: String })
  reference?: string | undefined;

  @ApiProperty({ required: false, type: String })
  territory?: string | undefined;

  @ApiProperty({ required: false, type: String })
  orientationId?: string | undefined;

  @ApiProperty({ required: false, type: String })
  linkId?: string | undefined;

  @ApiProperty({ required: false, type: String })
  deadlineId?: string | undefined;

  @ApiProperty({ required: false, type: String })
  dueAt?: string | undefined;

  @ApiProperty({ required: false, type: String })
  threshold?: string | undefined;

  @ApiProperty({ type: String })
  link!: string;
}

export class NotificationPage {
  @ApiProperty({ type: () => [NotificationView] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class NotificationsUnreadCountAnswer {
  @ApiProperty({ type: Number })
  unread!: number;
}

export class NotificationsReadAllAnswer {
  @ApiProperty({ type: Number })
  updated!: number;
}

export class EffectivePreference {
  @ApiProperty({ enum: ["MinorCaseCreated","CaseShared","PresumedVictimIdentified","RemovalOrderAlert","CaseErasedOnRequest","PossibleDuplicateFound","DuplicateLinkRequested","DuplicateLinkAnswered","OrientationRequested","OrientationAccepted","OrientationRefused","OrientationAdmitted","OrientationEnded","OrientationCancelled","OrientationHostChosen","CellActionAssigned","CellActionStatusChanged","BreakGlassUsed","CaseTransferRequested","CaseTransferAccepted","CaseTransferRefused","CaseTransferCancelled","MembershipRequested","AccessRequested","SurveyQuestionnaireOpened","IdentityReadsAlertRaised","DeadlineApproaching","DeadlineOverdue","DeadlineEscalated"] })
  eventType!: "MinorCaseCreated" | "CaseShared" | "PresumedVictimIdentified" | "RemovalOrderAlert" | "CaseErasedOnRequest" | "PossibleDuplicateFound" | "DuplicateLinkRequested" | "DuplicateLinkAnswered" | "OrientationRequested" | "OrientationAccepted" | "OrientationRefused" | "OrientationAdmitted" | "OrientationEnded" | "OrientationCancelled" | "OrientationHostChosen" | "CellActionAssigned" | "CellActionStatusChanged" | "BreakGlassUsed" | "CaseTransferRequested" | "CaseTransferAccepted" | "CaseTransferRefused" | "CaseTransferCancelled" | "MembershipRequested" | "AccessRequested" | "SurveyQuestionnaireOpened" | "IdentityReadsAlertRaised" | "DeadlineApproaching" | "DeadlineOverdue" | "DeadlineEscalated";

  @ApiProperty({ type: String })
  label!: string;

  @ApiProperty({ enum: ["email","in_app"] })
  channel!: "email" | "in_app";

  @ApiProperty({ type: Boolean })
  enabled!: boolean;

  @ApiProperty({ type: Boolean, description: "False when the user changed it." })
  isDefault!: boolean;

  @ApiProperty({ type: Boolean, description: "The in-app inbox cannot be turned off: it is the record of what was asked of the user." })
  locked!: boolean;
}

export class EffectivePreferenceList {
  @ApiProperty({ type: () => [EffectivePreference] })
  items!: unknown;
}

export class EffectivePreferenceListAnswer {
  @ApiProperty({ type: () => [EffectivePreference] })
  items!: unknown;
}

/** A webhook as the API shows it. The secret is never shown again after creation. */
export class WebhookView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  url!: string;

  @ApiProperty({ type: [String] })
  eventTypes!: string[];

  @ApiProperty({ type: Boolean })
  active!: boolean;

  @ApiProperty({ type: Number })
  version!: number;

  @ApiProperty({ type: String })
  createdAt!: string;
}

export class WebhooksCreateAnswer extends WebhookView {
  @ApiProperty({ type: String })
  secret!: string;
}
