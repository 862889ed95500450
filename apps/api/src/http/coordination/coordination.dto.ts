import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import {
  ACTION_MOVES, ACTION_STATUSES, ActionMove, ActionStatus, BREAK_GLASS_REASONS, BreakGlassReason, DECISION_TYPES, DecisionType, TRANSFER_MOVES,
  TRANSFER_REASONS, TRANSFER_REFUSAL_REASONS, TRANSFER_STATUSES, TransferMove, TransferStatus,
} from '@mnio/coordination';
import { TERRITORY_CODE } from '@mnio/directory';
import { CursorParam } from '../cursor-param';

const CASE_REFERENCE = /^[0-9AB]{2,3}-\d{4}-\d{6}$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class PageDto {
  @CursorParam() cursor?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class ScheduleMeetingDto {
  @ApiProperty({ example: '2026-12-03', description: 'Day of the meeting' }) @Matches(DATE, { message: 'date must be YYYY-MM-DD' }) date: string;
  @ApiPropertyOptional({ description: 'The cell or its member organisations' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) attendeeOrganisationIds?: string[];
}

export class AttendeeDto {
  @ApiProperty() @IsUUID() organisationId: string;
}

/** A case named by its id (from a suggestion) or by its reference (typed by a member): one of the two. */
export class AgendaItemDto {
  @ApiPropertyOptional() @ValidateIf((o: AgendaItemDto) => o.reference === undefined) @IsUUID() caseId?: string;
  @ApiPropertyOptional({ example: '93-2026-000042' }) @ValidateIf((o: AgendaItemDto) => o.caseId === undefined) @Matches(CASE_REFERENCE, { message: 'reference must look like 93-2026-000042' }) reference?: string;
}

export class NewActionDto {
  @ApiProperty({ description: 'The cell, one of its member organisations, or the case’s owner' }) @IsUUID() ownerOrganisationId: string;
  @ApiProperty({ example: 'Saisir le parquet des mineurs' }) @IsString() @Length(1, 500) title: string;
  @ApiProperty({ example: '2026-12-10' }) @Matches(DATE, { message: 'dueOn must be YYYY-MM-DD' }) dueOn: string;
}

export class DecisionDto {
  @ApiProperty() @IsUUID() caseId: string;
  @ApiProperty({ enum: DECISION_TYPES }) @IsIn(DECISION_TYPES) type: DecisionType;
  @ApiProperty({ description: 'What the cell decided; kept encrypted, never in the minutes' }) @IsString() @Length(1, 10000) text: string;
  @ApiPropertyOptional({ description: 'The earlier decision on this case this one replaces' }) @IsOptional() @IsUUID() supersedesId?: string;
  @ApiPropertyOptional({ type: [NewActionDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => NewActionDto) actions?: NewActionDto[];
}

export class CaseDecisionsDto {
  @ApiProperty() @IsUUID() caseId: string;
}

export class ListActionsDto extends PageDto {
  @ApiPropertyOptional({ description: 'Only actions owned by your organisations' }) @IsOptional() @Transform(toBool) @IsBoolean() mine?: boolean;
  @ApiPropertyOptional({ enum: ['mine'], description: 'The same as `mine=true`: the actions your organisations own (their home)' }) @IsOptional() @IsIn(['mine']) owner?: 'mine';
  @ApiPropertyOptional({ enum: ACTION_STATUSES }) @IsOptional() @IsIn(ACTION_STATUSES) status?: ActionStatus;
}

export class ActionTransitionDto {
  @ApiProperty({ enum: ACTION_MOVES }) @IsIn(ACTION_MOVES) action: ActionMove;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) note?: string;
  @ApiPropertyOptional({ description: 'The version you read; a stale one answers 409 VERSION_CONFLICT' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

export class TransferDto {
  @ApiProperty() @IsUUID() toOrganisationId: string;
  @ApiProperty({ enum: TRANSFER_REASONS }) @IsIn(TRANSFER_REASONS) reasonCode: string;
  @ApiPropertyOptional({ description: 'Required when the receiving organisation covers several territories' }) @IsOptional() @Matches(TERRITORY_CODE) toTerritory?: string;
}

export class TransferTransitionDto {
  @ApiProperty({ enum: TRANSFER_MOVES }) @IsIn(TRANSFER_MOVES) action: TransferMove;
  @ApiPropertyOptional({ enum: TRANSFER_REFUSAL_REASONS, description: 'Required to refuse' }) @IsOptional() @IsIn(TRANSFER_REFUSAL_REASONS) reasonCode?: string;
}

export class ListTransfersDto extends PageDto {
  @ApiPropertyOptional({ enum: ['incoming', 'outgoing'] }) @IsOptional() @IsIn(['incoming', 'outgoing']) direction?: 'incoming' | 'outgoing';
  @ApiPropertyOptional({ enum: TRANSFER_STATUSES }) @IsOptional() @IsIn(TRANSFER_STATUSES) status?: TransferStatus;
  @ApiPropertyOptional({ description: 'One case’s transfers' }) @IsOptional() @IsUUID() caseId?: string;
}

export class BreakGlassDto {
  @ApiProperty({ enum: BREAK_GLASS_REASONS }) @IsIn(BREAK_GLASS_REASONS) reasonCode: BreakGlassReason;
  @ApiProperty({ description: 'Why this cannot wait; kept encrypted' }) @IsString() @Length(10, 2000) justification: string;
  @ApiPropertyOptional({ description: 'A fresh code from the authenticator app: required when the user has enrolled TOTP (else 403 STEP_UP_REQUIRED)' })
  @IsOptional() @Matches(/^\d{6}$/) totpCode?: string;
}

export class BreakGlassByReferenceDto extends BreakGlassDto {
  @ApiProperty({ example: '93-2026-000042', description: 'The case reference, as read out by the person who asks for help' })
  @Matches(/^[0-9][0-9AB][0-9]?-\d{4}-\d{6,9}$/) reference: string;
}

export class TransferTargetsDto {
  @ApiProperty({ example: '13', description: 'The département the follow-up would move to' }) @Matches(TERRITORY_CODE) territory: string;
}

export class BreakGlassReportDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day (default: 30 days before `to`)' }) @IsOptional() @Matches(DATE) from?: string;
  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day (default: today)' }) @IsOptional() @Matches(DATE) to?: string;
}
