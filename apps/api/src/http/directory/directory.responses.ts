import { ApiProperty } from '@nestjs/swagger';

/**
 * What the directory routes answer, declared for the OpenAPI document (and so for the web client's types).
 * Written by scripts/openapi-responses.js from the views the handlers return; checked against real answers by
 * test/e2e/web/answers-contract.e2e-spec.ts. Edit by hand or re-run the script.
 */
export class UserAdminViewMemberships {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  role!: string;

  @ApiProperty({ type: [String] })
  territories!: string[];

  @ApiProperty({ type: Boolean })
  active!: boolean;
}

export class UserAdminView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  email!: string;

  @ApiProperty({ type: String })
  displayName!: string;

  @ApiProperty({ type: String })
  status!: string;

  @ApiProperty({ type: Boolean })
  totpEnabled!: boolean;

  @ApiProperty({ type: () => [UserAdminViewMemberships] })
  memberships!: unknown;
}

export class UserAdminViewPage {
  @ApiProperty({ type: () => [UserAdminView] })
  items!: unknown;

  @ApiProperty({ nullable: true, type: String })
  nextCursor!: string | null;
}

export class CreatedUserEnrolment {
  @ApiProperty({ type: String })
  token!: string;

  @ApiProperty({ type: String })
  path!: string;

  @ApiProperty({ type: String })
  expiresAt!: string;
}

export class CreatedUserMemberships {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ enum: ["case_worker","coordinator","investigator","teh_referent","cell_member","cell_coordinator","host_operator","national_analyst","platform_admin","dpo"] })
  role!: "case_worker" | "coordinator" | "investigator" | "teh_referent" | "cell_member" | "cell_coordinator" | "host_operator" | "national_analyst" | "platform_admin" | "dpo";
}

export class CreatedUserRequests {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ enum: ["case_worker","coordinator","investigator","teh_referent","cell_member","cell_coordinator","host_operator","national_analyst","platform_admin","dpo"] })
  role!: "case_worker" | "coordinator" | "investigator" | "teh_referent" | "cell_member" | "cell_coordinator" | "host_operator" | "national_analyst" | "platform_admin" | "dpo";
}

export class CreatedUser {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: () => CreatedUserEnrolment, description: "The single-use enrolment link's token and path (`/inscription#<token>`), shown this once." })
  enrolment!: unknown;

  @ApiProperty({ type: () => [CreatedUserMemberships], description: "Memberships granted at once (roles that read no identity)." })
  memberships!: unknown;

  @ApiProperty({ type: () => [CreatedUserRequests], description: "Identity-reading roles: requests waiting for the organisation's coordinator." })
  requests!: unknown;
}

export class AdminSetStatusAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ enum: ["active","disabled"] })
  status!: unknown;
}

/** `granted`: the membership's id; `pending`: the request's id, waiting for the organisation's coordinator. */
export class MembershipOutcome {
  @ApiProperty({ enum: ["granted","pending"] })
  status!: "granted" | "pending";

  @ApiProperty({ type: String })
  id!: string;
}

export class AdminSetMembershipAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: Boolean })
  active!: boolean;
}

export class AdminOrganisation {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ enum: ["minors_centre","uaped","crp","prefecture","parquet","association","police","gendarmerie","labour_inspection","ase","pjj","ofii","acse_coordination","host","clav_cell","national_coordinator","platform"] })
  kind!: "minors_centre" | "uaped" | "crp" | "prefecture" | "parquet" | "association" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "clav_cell" | "national_coordinator" | "platform";

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: Boolean })
  national!: boolean;

  @ApiProperty({ type: [String] })
  territories!: string[];

  @ApiProperty({ type: 'object', additionalProperties: {  } })
  attributes!: unknown;

  @ApiProperty({ nullable: true, type: String })
  siret!: string | null;

  @ApiProperty({ type: Boolean })
  passwordSignIn!: boolean;

  @ApiProperty({ type: Boolean })
  active!: boolean;

  @ApiProperty({ type: Number })
  version!: number;

  @ApiProperty({ type: Number, description: "Active memberships in it." })
  members!: number;

  @ApiProperty({ type: [String], description: "For a CLAV cell: its member organisations." })
  cellMembers!: string[];
}

export class AdminUpdateOrganisationAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: Number })
  version!: number;

  @ApiProperty({ type: Boolean })
  active!: boolean;

  @ApiProperty({ type: Number })
  revokedSessions!: number;
}

export class AdminCreateOrganisationAnswer {
  @ApiProperty({ type: String })
  id!: string;
}

export class TokenPair {
  @ApiProperty({ type: String })
  accessToken!: string;

  @ApiProperty({ type: String })
  refreshToken!: string;

  @ApiProperty({ type: Number })
  expiresIn!: number;

  @ApiProperty({ enum: ["Bearer"] })
  tokenType!: "Bearer";

  @ApiProperty({ type: Number, description: "Seconds until the session ends unless it is refreshed (idle timeout, never past its absolute end)." })
  idleExpiresIn!: number;

  @ApiProperty({ type: Number, description: "Seconds until the session's absolute end: no refresh takes it further." })
  sessionExpiresIn!: number;
}

export class MfaChallenge {
  @ApiProperty({ type: Boolean })
  mfaRequired!: true;

  @ApiProperty({ type: Boolean, description: "True when the user must first enrol a second factor (`/api/auth/totp/enrol` with this token)." })
  enrolmentRequired!: boolean;

  @ApiProperty({ type: String })
  mfaToken!: string;

  @ApiProperty({ type: Number })
  expiresIn!: number;
}

export class BrowserTokenPair {
  @ApiProperty({ type: String })
  accessToken!: string;

  @ApiProperty({ type: Number })
  expiresIn!: number;

  @ApiProperty({ enum: ["Bearer"] })
  tokenType!: "Bearer";

  @ApiProperty({ type: Number, description: "Seconds until the session ends unless it is refreshed (idle timeout, never past its absolute end)." })
  idleExpiresIn!: number;

  @ApiProperty({ type: Number, description: "Seconds until the session's absolute end: no refresh takes it further." })
  sessionExpiresIn!: number;
}

export class AuthEnrolAtLoginAnswer {
  @ApiProperty({ type: String })
  secret!: string;

  @ApiProperty({ type: String })
  otpauthUrl!: string;
}

export class AuthCompleteEnrolmentAnswer {
  @ApiProperty({ type: String })
  email!: string;
}

export class AuthEnrolAnswer {
  @ApiProperty({ type: String })
  secret!: string;

  @ApiProperty({ type: String })
  otpauthUrl!: string;
}

export class MeViewMemberships {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  organisationName!: string;

  @ApiProperty({ type: String })
  organisationKind!: string;

  @ApiProperty({ type: String })
  role!: string;

  @ApiProperty({ type: [String] })
  territories!: string[];

  @ApiProperty({ type: Boolean })
  national!: boolean;
}

export class MeView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  email!: string;

  @ApiProperty({ type: String })
  displayName!: string;

  @ApiProperty({ type: Boolean })
  totpEnabled!: boolean;

  @ApiProperty({ type: Boolean })
  mfa!: boolean;

  @ApiProperty({ type: () => [MeViewMemberships] })
  memberships!: unknown;

  @ApiProperty({ type: 'array', items: {  }, description: "CASL rules, packed: what a client needs to show or hide actions. The API still checks every call." })
  permissions!: unknown[];
}

export class OrganisationSummary {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ enum: ["minors_centre","uaped","crp","prefecture","parquet","association","police","gendarmerie","labour_inspection","ase","pjj","ofii","acse_coordination","host","clav_cell","national_coordinator","platform"] })
  kind!: "minors_centre" | "uaped" | "crp" | "prefecture" | "parquet" | "association" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "clav_cell" | "national_coordinator" | "platform";

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: Boolean })
  national!: boolean;

  @ApiProperty({ type: [String] })
  territories!: string[];

  @ApiProperty({ required: false, nullable: true, type: String, description: "Told to the platform administrators only (they set them): the SIRET ProConnect links by, and whether a password still signs in." })
  siret?: string | null | undefined;

  @ApiProperty({ required: false, type: Boolean })
  passwordSignIn?: boolean | undefined;
}

export class Territory {
  @ApiProperty({ type: String })
  code!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ type: String })
  regionCode!: string;

  @ApiProperty({ type: String })
  regionName!: string;
}

export class MembershipRequestViewUser {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  displayName!: string;

  @ApiProperty({ type: String })
  email!: string;

  @ApiProperty({ type: Boolean })
  enrolled!: boolean;
}

export class MembershipRequestViewRequestedBy {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  displayName!: string;
}

export class MembershipRequestView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  organisationName!: string;

  @ApiProperty({ type: String })
  role!: string;

  @ApiProperty({ type: [String] })
  territories!: string[];

  @ApiProperty({ enum: ["refused","pending","approved"] })
  status!: "refused" | "pending" | "approved";

  @ApiProperty({ type: () => MembershipRequestViewUser })
  user!: unknown;

  @ApiProperty({ type: () => MembershipRequestViewRequestedBy })
  requestedBy!: unknown;

  @ApiProperty({ type: String })
  createdAt!: string;

  @ApiProperty({ nullable: true, type: String })
  decidedAt!: string | null;
}

export class MembershipRequestsDecideAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ enum: ["refused","approved"] })
  status!: "refused" | "approved";

  @ApiProperty({ nullable: true, type: String })
  membershipId!: string | null;
}

export class ProconnectStatusAnswer {
  @ApiProperty({ type: Boolean })
  enabled!: boolean;
}

export class ProconnectStartAnswer {
  @ApiProperty({ type: String })
  attempt!: string;

  @ApiProperty({ type: String })
  authorizationUrl!: string;
}

export class ProconnectEndSessionAnswer {
  @ApiProperty({ nullable: true, type: String })
  endSessionUrl!: string | null;
}

export class AccessRequestView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  organisationId!: string;

  @ApiProperty({ type: String })
  organisationName!: string;

  @ApiProperty({ type: String })
  email!: string;

  @ApiProperty({ type: String })
  displayName!: string;

  @ApiProperty({ enum: ["accepted","refused","pending"] })
  status!: "accepted" | "refused" | "pending";

  @ApiProperty({ nullable: true, type: String })
  role!: string | null;

  @ApiProperty({ type: String })
  createdAt!: string;

  @ApiProperty({ nullable: true, type: String })
  decidedAt!: string | null;
}

export class ProconnectDecideAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ enum: ["accepted","refused"] })
  status!: "accepted" | "refused";

  @ApiProperty({ nullable: true, type: String })
  userId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  membershipId!: string | null;
}

export class ProconnectUpdateAnswer {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ nullable: true, type: String })
  siret!: string | null;

  @ApiProperty({ type: Boolean })
  passwordSignIn!: boolean;
}
