import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDefined, IsEmail, IsIn, IsInt, IsISO31661Alpha2, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength,
  Min, ValidateIf, ValidateNested,
} from 'class-validator';
import {
  CONSENT_METHODS, CONSENT_PURPOSES, CONTACT_CHANNELS, EVENT_TYPES, EXPLOITATION_FORMS, FIRST_CONTACT_CONTEXTS, IDENTIFICATION_STATES, INDICATOR_STRENGTHS, NEEDS, SEXES,
  VULNERABILITIES,
} from '@mnio/cases';
import { TERRITORY_CODE } from '@mnio/directory';
import { CursorParam } from '../cursor-param';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_OR_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

export class ContactDto {
  @ApiPropertyOptional({ example: '+33612345678' }) @IsOptional() @IsString() @MaxLength(32) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @ApiPropertyOptional({ enum: CONTACT_CHANNELS }) @IsOptional() @IsIn(CONTACT_CHANNELS) channel?: string;
  @ApiProperty({ description: 'Whether contacting the person on this channel is safe' }) @IsBoolean() safeToContact: boolean;
}

export class IdentityDto {
  @ApiPropertyOptional({ example: 'Okafor' }) @IsOptional() @IsString() @Length(1, 200) lastName?: string;
  @ApiPropertyOptional({ example: ['Blessing'] }) @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @Length(1, 200, { each: true }) firstNames?: string[];
  @ApiPropertyOptional({ example: ['Joy'] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 200, { each: true }) aliases?: string[];
  @ApiPropertyOptional({ example: '1999-04-12' }) @IsOptional() @Matches(DATE, { message: 'birthDate must be YYYY-MM-DD' }) birthDate?: string;
  @ApiPropertyOptional({ description: 'When the birth date is unknown' }) @IsOptional() @IsInt() @Min(0) @Max(120) estimatedAge?: number;
  @ApiPropertyOptional({ description: 'Presumption of minority applies when true' }) @IsOptional() @IsBoolean() ageUncertain?: boolean;
  @ApiProperty({ enum: SEXES, example: 'female' }) @IsIn(SEXES) sex: (typeof SEXES)[number];
  @ApiPropertyOptional({ example: 'NG', description: 'ISO 3166-1 alpha-2' }) @IsOptional() @IsISO31661Alpha2() nationality?: string;
  @ApiPropertyOptional({ example: ['en', 'pcm'], description: 'ISO 639 codes' }) @IsOptional() @IsArray() @ArrayMaxSize(10) @Matches(/^[a-z]{2,3}$/, { each: true }) languages?: string[];
  @ApiPropertyOptional({ example: true }) @IsOptional() @IsBoolean() interpreterNeeded?: boolean;
  @ApiPropertyOptional({ type: ContactDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => ContactDto) contact?: ContactDto;
}

export class TraffickingEventDto {
  @ApiProperty({ enum: EVENT_TYPES }) @IsIn(EVENT_TYPES) type: (typeof EVENT_TYPES)[number];
  @ApiProperty({ example: 'NG' }) @IsISO31661Alpha2() country: string;
  @ApiPropertyOptional({ example: '93', description: 'Département, for an event in France' }) @IsOptional() @Matches(TERRITORY_CODE) territory?: string;
  @ApiPropertyOptional({ example: '2024-11' }) @IsOptional() @Matches(MONTH_OR_DATE) from?: string;
  @ApiPropertyOptional({ example: '2026-10' }) @IsOptional() @Matches(MONTH_OR_DATE) to?: string;
}

export class DangerDto {
  @ApiProperty({ description: 'Danger where the person is: what makes Ac.Sé the answer' }) @IsBoolean() localDanger: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

/** Where and when the first contact took place: codes and a day (pseudonymised facts, not encrypted). */
export class FirstContactDto {
  @ApiProperty({ enum: FIRST_CONTACT_CONTEXTS, example: 'outreach', description: 'outreach (« maraude »), drop_in (« accueil de jour »), hotline, partner_referral, place_of_detention, other' })
  @IsIn(FIRST_CONTACT_CONTEXTS) context: (typeof FIRST_CONTACT_CONTEXTS)[number];
  @ApiProperty({ example: '2026-10-30', description: 'The day of the first contact: not in the future (422 FIRST_CONTACT_IN_FUTURE), not before the birth date (422 FIRST_CONTACT_BEFORE_BIRTH)' })
  @Matches(DATE, { message: 'firstContact.on must be YYYY-MM-DD' }) on: string;
}

export const CREATE_CASE_EXAMPLE = {
  territory: '93',
  identity: {
    lastName: 'Okafor', firstNames: ['Blessing'], aliases: ['Joy'], birthDate: '1999-04-12', ageUncertain: false, sex: 'female', nationality: 'NG',
    languages: ['en', 'pcm'], interpreterNeeded: true, contact: { phone: '+33612345678', safeToContact: false },
  },
  exploitationForms: ['sexual_exploitation'],
  events: [
    { type: 'recruitment', country: 'NG', from: '2024-11' },
    { type: 'exploitation', country: 'FR', territory: '93', from: '2025-06', to: '2026-10' },
  ],
  vulnerabilities: ['migration', 'debt'],
  danger: { localDanger: true, notes: 'Threats against family' },
  needs: ['accommodation', 'health'],
  narrative: 'Met during a night outreach.',
  firstContact: { context: 'outreach', on: '2026-10-30' },
};

/** An indicator observed, as recorded on its own (`POST /api/cases/:id/indicators`) or at intake. */
export class ObservedIndicatorDto {
  @ApiProperty({ example: 'unodc' }) @IsString() @Length(1, 60) framework: string;
  @ApiProperty({ example: 'control' }) @IsString() @Length(1, 60) dimension: string;
  @ApiProperty({ example: 'documents_confiscated' }) @IsString() @Length(1, 120) indicator: string;
  @ApiProperty({ enum: INDICATOR_STRENGTHS }) @IsIn(INDICATOR_STRENGTHS) strength: (typeof INDICATOR_STRENGTHS)[number];
  @ApiProperty({ example: '2026-10-30' }) @Matches(DATE) observedAt: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

/** The person's answer for one purpose, as recorded on its own (`POST /api/cases/:id/consents`) or at intake. */
export class GivenConsentDto {
  @ApiProperty({ enum: CONSENT_PURPOSES }) @IsIn(CONSENT_PURPOSES) purpose: (typeof CONSENT_PURPOSES)[number];
  @ApiProperty() @IsBoolean() granted: boolean;
  @ApiProperty({ enum: CONSENT_METHODS }) @IsIn(CONSENT_METHODS) method: (typeof CONSENT_METHODS)[number];
  @ApiPropertyOptional({ description: 'Required for purpose "orientation"' }) @IsOptional() @IsUUID() targetOrganisationId?: string;
}

export class CreateCaseDto {
  @ApiProperty({ example: '93' }) @Matches(TERRITORY_CODE) territory: string;
  @ApiProperty({ type: IdentityDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => IdentityDto) identity: IdentityDto;
  @ApiProperty({ enum: EXPLOITATION_FORMS, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsIn(EXPLOITATION_FORMS, { each: true }) exploitationForms: (typeof EXPLOITATION_FORMS)[number][];
  @ApiPropertyOptional({ type: [TraffickingEventDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => TraffickingEventDto) events?: TraffickingEventDto[];
  @ApiPropertyOptional({ enum: VULNERABILITIES, isArray: true }) @IsOptional() @IsArray() @IsIn(VULNERABILITIES, { each: true }) vulnerabilities?: string[];
  @ApiProperty({ type: DangerDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => DangerDto) danger: DangerDto;
  @ApiPropertyOptional({ enum: NEEDS, isArray: true }) @IsOptional() @IsArray() @IsIn(NEEDS, { each: true }) needs?: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20000) narrative?: string;
  @ApiPropertyOptional({ type: [ObservedIndicatorDto], description: 'Indicators observed at the first contact: recorded with the case, in the same transaction' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ObservedIndicatorDto) indicators?: ObservedIndicatorDto[];
  @ApiPropertyOptional({ type: [GivenConsentDto], description: 'The person\'s answers at the first contact: recorded with the case, in the same transaction, in this order' })
  @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => GivenConsentDto) consents?: GivenConsentDto[];
  @ApiPropertyOptional({ description: 'The recording organisation considers the person a presumed victim at once (preliminary identification, dated today)' })
  @IsOptional() @IsBoolean() presumedVictim?: boolean;
  @ApiPropertyOptional({ description: 'A minor only: unaccompanied (« mineur non accompagné »); absent when not known. An adult: 422 CASE_NOT_MINOR' })
  @IsOptional() @IsBoolean() unaccompaniedMinor?: boolean;
  @ApiPropertyOptional({ type: FirstContactDto, description: 'Where and when the first contact took place' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => FirstContactDto) firstContact?: FirstContactDto;
}

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListCasesDto {
  @ApiPropertyOptional() @IsOptional() @Matches(TERRITORY_CODE) territory?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) identificationStatus?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) residenceStatus?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) childProtectionStatus?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) criminalStatus?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) caseStatus?: string;
  @ApiPropertyOptional({ enum: EXPLOITATION_FORMS }) @IsOptional() @IsIn(EXPLOITATION_FORMS) exploitationForm?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() minor?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() hasOpenDeadline?: boolean;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Recorded on or after this day (from midnight in Paris)' }) @IsOptional() @Matches(DATE) createdFrom?: string;
  @ApiPropertyOptional({ example: '2027-01-01', description: 'Recorded before this day (until midnight in Paris, exclusive)' }) @IsOptional() @Matches(DATE) createdTo?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() ownerOrganisationId?: string;
  @ApiPropertyOptional({ example: '93-2026-000042' }) @IsOptional() @Matches(/^[0-9AB]{2,3}-\d{4}-\d{6}$/) reference?: string;
  @ApiPropertyOptional({ example: 'me', description: '« Mes situations »: the cases a worker of your own organisation is assigned to: `me`, or a colleague\'s user id' })
  @IsOptional() @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'assignedTo must be me or a user id' }) assignedTo?: string;
  @CursorParam() cursor?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** An exact name and a birth year, compared through the blind index (never a fuzzy search over clear text). */
export class NameSearchDto {
  @ApiProperty({ example: 'Okafor', description: 'Last name, or one alias alone' }) @IsString() @Length(1, 200) lastName: string;
  @ApiPropertyOptional({ example: ['Blessing'], description: 'Every first name as recorded (none for an alias)' })
  @IsOptional() @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @Length(1, 200, { each: true }) firstNames?: string[];
  @ApiProperty({ example: 1999, description: 'Year of birth (an estimated age matches the year it gives, ± 1)' }) @IsInt() @Min(1900) @Max(2100) birthYear: number;
}

export class VersionedDto {
  @ApiPropertyOptional({ description: 'The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match)' })
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class IdentificationDto extends VersionedDto {
  @ApiProperty({ enum: IDENTIFICATION_STATES, example: 'presumed_victim' }) @IsIn(IDENTIFICATION_STATES) to: (typeof IDENTIFICATION_STATES)[number];
  @ApiPropertyOptional() @IsOptional() @Matches(DATE) occurredOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

export class IndicatorDto extends IntersectionType(ObservedIndicatorDto, VersionedDto) {}

export class TrackEventDto extends VersionedDto {
  @ApiProperty({ example: 'rights_information' }) @IsString() @Length(1, 60) event: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE) occurredOn?: string;
  @ApiPropertyOptional({ example: 'prefecture', description: 'A code of TRACK_SERVICES' }) @IsOptional() @IsString() @Length(1, 80) service?: string;
  @ApiPropertyOptional({ example: 'en' }) @IsOptional() @Matches(/^[a-z]{2,3}$/) language?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() interpreter?: boolean;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z_]{1,60}$/) reasonCode?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE) expiresOn?: string;
  @ApiPropertyOptional({ example: 'opp' }) @IsOptional() @Matches(/^[a-z_]{1,60}$/) legalBasis?: string;
  @ApiPropertyOptional({ example: 'uaped' }) @IsOptional() @Matches(/^[a-z_]{1,60}$/) hearingType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

export class CloseCaseDto extends VersionedDto {
  @ApiProperty({ example: 'support_completed' }) @Matches(/^[a-z_]{1,60}$/) reason: string;
  @ApiPropertyOptional({ enum: ['close', 'close_referred'] }) @IsOptional() @IsIn(['close', 'close_referred']) event?: 'close' | 'close_referred';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

export class CaseStatusDto extends VersionedDto {
  @ApiProperty({ enum: ['follow_up', 'resume', 'reopen'] }) @IsIn(['follow_up', 'resume', 'reopen']) event: 'follow_up' | 'resume' | 'reopen';
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

export class NoteDto extends VersionedDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

export class ConsentDto extends IntersectionType(GivenConsentDto, VersionedDto) {}

export class UnaccompaniedMinorDto extends VersionedDto {
  @ApiProperty({ type: Boolean, nullable: true, description: 'Unaccompanied minor (« mineur non accompagné »), or null: not known' })
  @ValidateIf((_, v) => v !== null) @IsBoolean() unaccompaniedMinor: boolean | null;
}

export class ReferralDto extends VersionedDto {
  @ApiProperty() @IsUUID() organisationId: string;
}

export class AnswerLinkDto {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z_]{1,60}$/) reasonCode?: string;
}

export class DuplicateLinksDto {
  @ApiPropertyOptional({ enum: ['requested', 'accepted', 'refused'] }) @IsOptional() @IsIn(['requested', 'accepted', 'refused']) status?: string;
}

export class IdentityReasonDto {
  @ApiPropertyOptional({ enum: ['follow_up', 'orientation', 'protection', 'legal_procedure', 'emergency', 'other'] })
  @IsOptional() @IsIn(['follow_up', 'orientation', 'protection', 'legal_procedure', 'emergency', 'other'])
  reason?: 'follow_up' | 'orientation' | 'protection' | 'legal_procedure' | 'emergency' | 'other';
}

export class DeadlinesDto {
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @Matches(DATE) dueBefore?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z_]{1,60}$/) kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() responsibleOrganisationId?: string;
  @ApiPropertyOptional({ enum: ['mine'], description: 'mine: only the deadlines your own organisations answer for' }) @IsOptional() @IsIn(['mine']) responsible?: 'mine';
  @CursorParam() cursor?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class DeadlineRulesQueryDto {
  @ApiProperty({ example: '93' }) @Matches(TERRITORY_CODE) territory: string;
}

export class DeadlineRuleDto {
  @ApiPropertyOptional({ description: 'Go back to the national default' }) @IsOptional() @IsBoolean() reset?: boolean;
  @ApiPropertyOptional({ example: 5 }) @IsOptional() @IsInt() @Min(0) @Max(3650) amount?: number;
  @ApiPropertyOptional({ enum: ['days', 'working_days', 'years'] }) @IsOptional() @IsIn(['days', 'working_days', 'years']) unit?: 'days' | 'working_days' | 'years';
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) @Max(365) alertBeforeDays?: number;
}

/**
 * A correction after intake (`PATCH /api/cases/:id`): `identity`, when given, is the whole corrected identity; each fact
 * given replaces the recorded one. The version read is required (If-Match or `version`).
 */
export class RectifyCaseDto extends VersionedDto {
  @ApiPropertyOptional({ type: IdentityDto, description: 'The whole corrected identity (a field left out is removed)' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => IdentityDto) identity?: IdentityDto;
  @ApiPropertyOptional({ enum: EXPLOITATION_FORMS, isArray: true }) @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsIn(EXPLOITATION_FORMS, { each: true }) exploitationForms?: (typeof EXPLOITATION_FORMS)[number][];
  @ApiPropertyOptional({ type: [TraffickingEventDto] }) @IsOptional() @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => TraffickingEventDto) events?: TraffickingEventDto[];
  @ApiPropertyOptional({ enum: VULNERABILITIES, isArray: true }) @IsOptional() @IsArray() @IsIn(VULNERABILITIES, { each: true }) vulnerabilities?: string[];
  @ApiPropertyOptional({ enum: NEEDS, isArray: true }) @IsOptional() @IsArray() @IsIn(NEEDS, { each: true }) needs?: string[];
  @ApiPropertyOptional({ type: DangerDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => DangerDto) danger?: DangerDto;
  @ApiPropertyOptional({ description: 'The corrected narrative; an empty text removes it' }) @IsOptional() @IsString() @MaxLength(20000) narrative?: string;
  @ApiPropertyOptional({ type: FirstContactDto, description: 'The corrected context and day of the first contact' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => FirstContactDto) firstContact?: FirstContactDto;
  @ApiPropertyOptional({ description: 'Why the correction (kept encrypted in the timeline)' }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
