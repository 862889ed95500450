import { ApiProperty } from '@nestjs/swagger';

/**
 * What the orientations routes answer, declared for the OpenAPI document (and so for the web client's types).
 * Written by scripts/openapi-responses.js from the views the handlers return; checked against real answers by
 * test/e2e/web/answers-contract.e2e-spec.ts. Edit by hand or re-run the script.
 */
/** Ac.Sé distancing in a territory: whether the host must also lie outside the regions (not only the départements). */
export class DistancingRuleView {
  @ApiProperty({ type: String, description: "A département code, or `national` for the rule every territory follows unless it overrides it." })
  territory!: string;

  @ApiProperty({ type: Boolean })
  regions!: boolean;
}

export class DistancingRulesSetAnswer extends DistancingRuleView {
  @ApiProperty({ type: Boolean })
  overridden!: boolean;
}

export class PlaceCount {
  @ApiProperty({ enum: ["women","men","family","minors"] })
  placeKind!: "women" | "men" | "family" | "minors";

  @ApiProperty({ type: Number })
  capacity!: number;

  @ApiProperty({ type: Number })
  reserved!: number;

  @ApiProperty({ type: Number })
  occupied!: number;

  @ApiProperty({ type: Number })
  free!: number;
}

export class HostSummary {
  @ApiProperty({ type: String })
  hostId!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: [String] })
  territories!: string[];

  @ApiProperty({ type: () => [PlaceCount] })
  places!: unknown;
}

export class PlaceBoardOrientationDistancing {
  @ApiProperty({ type: Boolean })
  applied!: boolean;

  @ApiProperty({ type: Boolean })
  regions!: boolean;
}

export class PlaceBoardOrientation {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: String })
  targetKind!: string;

  @ApiProperty({ type: String })
  state!: string;

  @ApiProperty({ type: Number })
  version!: number;

  @ApiProperty({ nullable: true, enum: ["women","men","family","minors"] })
  placeKind!: "women" | "men" | "family" | "minors" | null;

  @ApiProperty({ type: () => PlaceBoardOrientationDistancing })
  distancing!: unknown;
}

export class PlaceBoardHostFree {
  @ApiProperty({ type: Number })
  women!: number;

  @ApiProperty({ type: Number })
  men!: number;

  @ApiProperty({ type: Number })
  family!: number;

  @ApiProperty({ type: Number })
  minors!: number;
}

export class PlaceBoardHost {
  @ApiProperty({ type: String })
  hostId!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: String })
  kind!: string;

  @ApiProperty({ type: Boolean })
  national!: boolean;

  @ApiProperty({ type: [String] })
  territories!: string[];

  @ApiProperty({ type: [String], description: "The regions of its départements (codes), for the filter and the totals." })
  regionCodes!: string[];

  @ApiProperty({ type: () => [PlaceCount] })
  places!: unknown;

  @ApiProperty({ type: () => PlaceBoardHostFree, description: "Free places of each kind (0 when none is declared)." })
  free!: unknown;

  @ApiProperty({ nullable: true, type: Boolean, description: "With an orientation at hand: whether it may be chosen for it, and if not, why (a code the page says in French)." })
  selectable!: boolean | null;

  @ApiProperty({ nullable: true, enum: ["national","departement","region","not_in_network","no_free_place"] })
  excludedBecause!: unknown;
}

export class PlaceBoardRegions {
  @ApiProperty({ type: String })
  regionCode!: string;

  @ApiProperty({ type: String })
  regionName!: string;

  @ApiProperty({ type: () => PlaceBoardHostFree })
  free!: unknown;
}

export class PlaceBoard {
  @ApiProperty({ nullable: true, type: () => PlaceBoardOrientation, description: "The orientation at hand, when the board was opened from one: its kind of place and the distancing rule applied (codes only)." })
  orientation!: unknown;

  @ApiProperty({ type: () => [PlaceBoardHost] })
  hosts!: unknown;

  @ApiProperty({ type: () => [PlaceBoardRegions], description: "Free places by region and kind over the hosts listed (a national host counts under `national`)." })
  regions!: unknown;
}

export class HostCapacityPlaces {
  @ApiProperty({ enum: ["women","men","family","minors"] })
  placeKind!: "women" | "men" | "family" | "minors";

  @ApiProperty({ type: Number })
  capacity!: number;
}

export class HostCapacity {
  @ApiProperty({ type: String })
  hostId!: string;

  @ApiProperty({ type: () => [HostCapacityPlaces] })
  places!: unknown;

  @ApiProperty({ required: false, isArray: true, enum: ["minors_centre","acse_coordination","host"], description: "Who may read the host's secret location besides the host itself (GET only), from the same rules as the location read: `acse_coordination` for an Ac.Sé network host, `minors_centre` for a relay of the minors' centre." })
  locationReaders?: unknown;
}

export class HostOccupancyOrientations {
  @ApiProperty({ type: String })
  orientationId!: string;

  @ApiProperty({ type: String })
  targetKind!: string;

  @ApiProperty({ type: String })
  state!: string;

  @ApiProperty({ enum: ["women","men","family","minors"] })
  placeKind!: "women" | "men" | "family" | "minors";

  @ApiProperty({ enum: ["reserved","occupied"] })
  placeStatus!: "reserved" | "occupied";
}

export class HostOccupancy {
  @ApiProperty({ type: String })
  hostId!: string;

  @ApiProperty({ type: () => [PlaceCount] })
  places!: unknown;

  @ApiProperty({ type: () => [HostOccupancyOrientations], description: "The orientations holding a place here: ids and codes only." })
  orientations!: unknown;
}

/** Where a host really is. Secret: encrypted at rest, never in a list, an event, a notification or a log. */
export class HostLocation {
  @ApiProperty({ type: String })
  address!: string;

  @ApiProperty({ required: false, type: String })
  postalCode?: string | undefined;

  @ApiProperty({ required: false, type: String })
  city?: string | undefined;

  @ApiProperty({ required: false, type: String })
  phone?: string | undefined;

  @ApiProperty({ required: false, type: String })
  accessInstructions?: string | undefined;
}

export class HostsLocationAnswer {
  @ApiProperty({ type: String })
  hostId!: string;

  @ApiProperty({ type: () => HostLocation })
  location!: unknown;

  @ApiProperty({ type: String })
  updatedAt!: string;
}

export class HostsSetLocationAnswer {
  @ApiProperty({ type: String })
  hostId!: string;

  @ApiProperty({ type: String })
  updatedAt!: string;
}

/** A step of the orientation's workflow that may be taken from its current state, as the reader sees it. */
export class NextStep {
  @ApiProperty({ type: String, description: "The step's code, also the key of its French label." })
  action!: string;

  @ApiProperty({ enum: ["host","requester","target"], description: "The party that takes it." })
  party!: "host" | "requester" | "target";

  @ApiProperty({ type: Boolean, description: "Whether this reader may take it now (the transition still checks again)." })
  allowed!: boolean;

  @ApiProperty({ nullable: true, type: String, description: "When not allowed, the code the transition would answer: `ACTION_NOT_ALLOWED_FOR_PARTY`, `PSP_MAX_DURATION_REACHED`." })
  deniedCode!: string | null;

  @ApiProperty({ type: [String], description: "The reason codes the step takes (`reasonCode`); empty when it takes none." })
  reasonCodes!: string[];

  @ApiProperty({ type: Boolean, description: "Whether one of `reasonCodes` must be given." })
  reasonRequired!: boolean;

  @ApiProperty({ nullable: true, enum: ["required","optional"], description: "Whether the step names a host (`hostId`): required, optional (the target itself by default), or not at all." })
  host!: "required" | "optional" | null;

  @ApiProperty({ nullable: true, enum: ["pre_admission","transfer"], description: "Whether the step dates an appointment (`scheduledAt`): the pre-admission video meeting, the transfer, or none." })
  date!: "pre_admission" | "transfer" | null;
}

export class OrientationView {
  @ApiProperty({ type: String })
  requestedAt!: string;

  @ApiProperty({ nullable: true, type: String, description: "The target's answer (acceptance, agreement in principle, refusal…), not its taking the request in hand." })
  answeredAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  preAdmissionAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  transferAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  closedAt!: string | null;

  @ApiProperty({ type: String })
  updatedAt!: string;

  @ApiProperty({ isArray: true, enum: ["host","requester","target"], description: "The parties the reader holds, and what they may do next (the API still checks)." })
  parties!: unknown;

  @ApiProperty({ type: [String], description: "The actions of `nextSteps` the reader may take." })
  allowedActions!: string[];

  @ApiProperty({ type: () => [NextStep], description: "The steps the workflow offers now, whoever takes them, with whether the reader may and why not." })
  nextSteps!: unknown;

  @ApiProperty({ type: String })
  territory!: string;

  @ApiProperty({ type: String })
  reference!: string;

  @ApiProperty({ type: Number })
  version!: number;

  @ApiProperty({ type: String })
  reasonCode!: string;

  @ApiProperty({ nullable: true, type: String })
  legalBasis!: string | null;

  @ApiProperty({ type: String })
  state!: string;

  @ApiProperty({ type: String })
  targetOrganisationId!: string;

  @ApiProperty({ type: Boolean })
  open!: boolean;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  requesterOrganisationId!: string;

  @ApiProperty({ enum: ["acse","dna","minors_centre","uaped","crp","psp","prefecture","parquet","general"] })
  targetKind!: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";

  @ApiProperty({ nullable: true, enum: ["women","men","family","minors"] })
  placeKind!: "women" | "men" | "family" | "minors" | null;

  @ApiProperty({ enum: ["reserved","occupied","none"] })
  placeStatus!: "reserved" | "occupied" | "none";

  @ApiProperty({ nullable: true, type: String })
  hostOrganisationId!: string | null;

  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ nullable: true, type: String })
  channel!: string | null;

  @ApiProperty({ nullable: true, type: String })
  asylumStatus!: string | null;

  @ApiProperty({ nullable: true, type: String })
  outcomeCode!: string | null;

  @ApiProperty({ type: Number })
  authorisations!: number;

  @ApiProperty({ nullable: true, type: String })
  authorisedUntil!: string | null;
}

export class OrientationsRequestAnswer extends OrientationView {
  @ApiProperty({ nullable: true, type: String })
  answerDueOn!: string | null;
}

export class OrientationPage {
  @ApiProperty({ type: () => [OrientationView] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class OrientationStepView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  action!: string;

  @ApiProperty({ nullable: true, type: String })
  from!: string | null;

  @ApiProperty({ type: String })
  to!: string;

  @ApiProperty({ type: String })
  party!: string;

  @ApiProperty({ nullable: true, type: String })
  reasonCode!: string | null;

  @ApiProperty({ nullable: true, type: String })
  hostOrganisationId!: string | null;

  @ApiProperty({ type: String })
  actorOrganisationId!: string;

  @ApiProperty({ type: String })
  occurredAt!: string;

  @ApiProperty({ required: false, nullable: true, type: String, description: "Free text may name the person: only those who read the case's identity get it." })
  note?: string | null | undefined;
}

export class OrientationWithHistory extends OrientationView {
  @ApiProperty({ type: () => [OrientationStepView] })
  history!: unknown;
}
