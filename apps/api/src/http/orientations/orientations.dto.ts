import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsISO8601, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { TERRITORY_CODE } from '@mnio/directory';
import { ASYLUM_STATUSES, GENERAL_CHANNELS, LEGAL_BASES, PLACE_KINDS, REQUEST_REASONS, TARGET_KINDS } from '@mnio/orientations';
import { CursorParam } from '../cursor-param';

const CODE = /^[a-z_]{1,60}$/;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class RequestOrientationDto {
  @ApiProperty({ enum: TARGET_KINDS, example: 'acse' }) @IsIn(TARGET_KINDS) targetKind: (typeof TARGET_KINDS)[number];
  @ApiProperty({ description: 'The organisation asked (Ac.Sé coordination, DNA host, minors\u2019 centre, UAPED, CRP, préfecture, parquet…)' })
  @IsUUID() targetOrganisationId: string;
  @ApiPropertyOptional({ enum: GENERAL_CHANNELS, description: 'Required for targetKind "general", and only for it' })
  @IsOptional() @IsIn(GENERAL_CHANNELS) channel?: (typeof GENERAL_CHANNELS)[number];
  @ApiPropertyOptional({ enum: PLACE_KINDS, description: 'Hosting targets: the kind of place needed (default from the person)' })
  @IsOptional() @IsIn(PLACE_KINDS) placeKind?: (typeof PLACE_KINDS)[number];
  @ApiProperty({ enum: REQUEST_REASONS, example: 'local_danger' }) @IsIn(REQUEST_REASONS) reason: (typeof REQUEST_REASONS)[number];
  @ApiPropertyOptional({ description: 'Free text, encrypted; shown only to those who read the identity' }) @IsOptional() @IsString() @MaxLength(5000) note?: string;
  @ApiPropertyOptional({ enum: LEGAL_BASES, description: 'Minors\u2019 centre: the placement\u2019s legal basis, unless the child-protection track holds one' })
  @IsOptional() @IsIn(LEGAL_BASES) legalBasis?: (typeof LEGAL_BASES)[number];
  @ApiPropertyOptional({ enum: ASYLUM_STATUSES, description: 'DNA dedicated places: asylum seeker or refugee' })
  @IsOptional() @IsIn(ASYLUM_STATUSES) asylumStatus?: (typeof ASYLUM_STATUSES)[number];
  @ApiPropertyOptional({ description: 'UAPED asked by someone else than the parquet: the parquet that decided the hearing' })
  @IsOptional() @IsUUID() parquetOrganisationId?: string;
}

/** The eligibility dry run: what a request would carry, the target optional (without it, consent and the target are not judged). */
export class EligibilityQueryDto {
  @ApiProperty({ enum: TARGET_KINDS, example: 'acse' }) @IsIn(TARGET_KINDS) targetKind: (typeof TARGET_KINDS)[number];
  @ApiPropertyOptional({ description: 'The organisation to be asked; without it, `eligible` is false and target rules are not judged' })
  @IsOptional() @IsUUID() targetOrganisationId?: string;
  @ApiPropertyOptional({ enum: GENERAL_CHANNELS }) @IsOptional() @IsIn(GENERAL_CHANNELS) channel?: (typeof GENERAL_CHANNELS)[number];
  @ApiPropertyOptional({ enum: PLACE_KINDS }) @IsOptional() @IsIn(PLACE_KINDS) placeKind?: (typeof PLACE_KINDS)[number];
  @ApiPropertyOptional({ enum: LEGAL_BASES }) @IsOptional() @IsIn(LEGAL_BASES) legalBasis?: (typeof LEGAL_BASES)[number];
  @ApiPropertyOptional({ enum: ASYLUM_STATUSES }) @IsOptional() @IsIn(ASYLUM_STATUSES) asylumStatus?: (typeof ASYLUM_STATUSES)[number];
  @ApiPropertyOptional() @IsOptional() @IsUUID() parquetOrganisationId?: string;
}

export class EligibilityCheckDto {
  @ApiProperty({ enum: TARGET_KINDS }) targetKind: string;
  @ApiProperty({ enum: GENERAL_CHANNELS, nullable: true, type: String }) channel: string | null;
  @ApiProperty({ nullable: true, type: String }) targetOrganisationId: string | null;
  @ApiProperty({ description: 'True only when a target is named and no check fails' }) eligible: boolean;
  @ApiProperty({ type: [String], example: ['ELIGIBILITY_CONSENT_REQUIRED'], description: 'The codes a request would answer, in the order it checks them' }) problems: string[];
  @ApiProperty({ type: [String], example: ['acse_coordination'], description: 'Organisation kinds that receive this kind (DNA: hosts with dedicated places)' })
  targetOrganisationKinds: string[];
  @ApiProperty({ description: 'The target must be national or cover the case\u2019s département' }) territorial: boolean;
  @ApiProperty({ enum: PLACE_KINDS, isArray: true }) placeKinds: string[];
}

export class TransitionDto {
  @ApiProperty({ example: 'start_assessment', description: 'A step of the target kind\u2019s workflow (see allowedActions)' }) @Matches(CODE) action: string;
  @ApiPropertyOptional({ example: 'no_place', description: 'Refusal, exit, cancellation or opinion code, when the step takes one' })
  @IsOptional() @Matches(CODE) reasonCode?: string;
  @ApiPropertyOptional({ description: 'Free text, encrypted; shown only to those who read the identity' }) @IsOptional() @IsString() @MaxLength(5000) note?: string;
  @ApiPropertyOptional({ description: 'The host chosen (agree_in_principle, accept at the minors\u2019 centre, relay)' }) @IsOptional() @IsUUID() hostId?: string;
  @ApiPropertyOptional({ enum: PLACE_KINDS }) @IsOptional() @IsIn(PLACE_KINDS) placeKind?: (typeof PLACE_KINDS)[number];
  @ApiPropertyOptional({ example: '2026-12-08T10:00:00+01:00', description: 'Ac.Sé: the date and time of the pre-admission video meeting (schedule_pre_admission) or of the transfer (transfer)' })
  @IsOptional() @IsISO8601({ strict: true }) scheduledAt?: string;
  @ApiPropertyOptional({ description: 'The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match)' })
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class ListOrientationsDto {
  @ApiPropertyOptional({ description: 'Your work queue: orientations addressed to your organisation, or to the host you are' })
  @IsOptional() @Transform(toBool) @IsBoolean() inbox?: boolean;
  @ApiPropertyOptional({ example: 'requested' }) @IsOptional() @Matches(CODE) state?: string;
  @ApiPropertyOptional({ enum: TARGET_KINDS }) @IsOptional() @IsIn(TARGET_KINDS) targetKind?: (typeof TARGET_KINDS)[number];
  @ApiPropertyOptional({ example: '93', description: 'Territory of the case' }) @IsOptional() @Matches(TERRITORY_CODE) territory?: string;
  @ApiPropertyOptional({ description: 'Only orientations still running' }) @IsOptional() @Transform(toBool) @IsBoolean() open?: boolean;
  @CursorParam() cursor?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class CaseOrientationsDto {
  @ApiPropertyOptional({ example: 'requested' }) @IsOptional() @Matches(CODE) state?: string;
  @ApiPropertyOptional({ enum: TARGET_KINDS }) @IsOptional() @IsIn(TARGET_KINDS) targetKind?: (typeof TARGET_KINDS)[number];
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() open?: boolean;
  @CursorParam() cursor?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class HostCapacityDto {
  @ApiPropertyOptional({ example: 2, description: 'Places for women (a kind left out has none)' }) @IsOptional() @IsInt() @Min(0) @Max(10000) women?: number;
  @ApiPropertyOptional({ example: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10000) men?: number;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(10000) family?: number;
  @ApiPropertyOptional({ example: 0 }) @IsOptional() @IsInt() @Min(0) @Max(10000) minors?: number;
}

export class HostLocationDto {
  @ApiProperty({ description: 'Secret: encrypted, shown only to the host and its coordination' }) @IsString() @Length(1, 500) address: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[0-9AB]{5}$/) postalCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) city?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) accessInstructions?: string;
}

export class ListHostsDto {
  @ApiPropertyOptional({ enum: PLACE_KINDS }) @IsOptional() @IsIn(PLACE_KINDS) placeKind?: (typeof PLACE_KINDS)[number];
  @ApiPropertyOptional({ description: 'Only hosts with a free place (of placeKind, when given)' }) @IsOptional() @Transform(toBool) @IsBoolean() available?: boolean;
}

export class PlaceBoardQueryDto {
  @ApiPropertyOptional({ enum: PLACE_KINDS, description: 'The kind of place sought (default: the orientation\u2019s, when one is given)' })
  @IsOptional() @IsIn(PLACE_KINDS) placeKind?: (typeof PLACE_KINDS)[number];
  @ApiPropertyOptional({ example: '93', description: 'Only hosts with a département in this region (code)' }) @IsOptional() @Matches(/^[0-9]{2}$/) regionCode?: string;
  @ApiPropertyOptional({ description: 'An orientation you answer (its target): each host says whether it may be chosen for it, and why not (distancing, no free place)' })
  @IsOptional() @IsUUID() orientationId?: string;
}
