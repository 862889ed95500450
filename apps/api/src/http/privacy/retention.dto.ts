import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ERASURE_REASONS, RETENTION_RULE_KINDS, RETENTION_UNITS } from '@mnio/privacy';

export class RetentionRuleDto {
  @ApiProperty({ enum: RETENTION_RULE_KINDS }) kind: string;
  @ApiProperty({ example: 2 }) amount: number;
  @ApiProperty({ enum: RETENTION_UNITS }) unit: string;
  @ApiProperty() updatedAt: string;
}

export class RetentionPeriodDto {
  @ApiProperty({ example: 2, description: 'Between 30 days and 30 years' }) @IsInt() @Min(1) @Max(10_950) amount: number;
  @ApiProperty({ enum: RETENTION_UNITS }) @IsIn(RETENTION_UNITS) unit: (typeof RETENTION_UNITS)[number];
}

export class RequestRetentionRunDto {
  @ApiProperty({ description: 'A dry run reports what would be erased and erases nothing' }) @IsBoolean() dryRun: boolean;
}

export class RetentionRunSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: ['schedule', 'manual'] }) trigger: string;
  @ApiProperty({ enum: ['queued', 'running', 'done', 'failed'] }) status: string;
  @ApiProperty() requestedAt: string;
  @ApiProperty({ nullable: true, type: String }) startedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ description: 'Cases erased (or, in a dry run, to erase)' }) erasedCount: number;
  @ApiProperty({ description: 'Cases kept by a legal hold' }) heldCount: number;
  @ApiProperty({ description: 'Rows of the row rules purged (or, in a dry run, to purge)' }) purgedCount: number;
}

export class RetentionRunRuleDto {
  @ApiProperty() kind: string;
  @ApiProperty() amount: number;
  @ApiProperty() unit: string;
  @ApiProperty({ description: 'Data older than this falls under the rule' }) cutoff: string;
}

export class RetentionProgressDto {
  @ApiPropertyOptional() rule?: string;
  @ApiPropertyOptional() scanned?: number;
  @ApiPropertyOptional() erased?: number;
  @ApiPropertyOptional() held?: number;
  @ApiPropertyOptional({ description: 'Rows purged so far by the row rule under way' }) purged?: number;
}

export class ErasedLineDto {
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() rule: string;
  @ApiProperty() count: number;
}

export class HeldLineDto extends ErasedLineDto {
  @ApiProperty({ enum: ['criminal_proceedings', 'minor_protection'] }) hold: string;
  @ApiProperty({ type: [String], description: 'The held cases’ references (at most 50 per line)' }) references: string[];
}

export class PurgedLineDto {
  @ApiProperty({ enum: RETENTION_RULE_KINDS }) rule: string;
  @ApiProperty({ description: 'Rows deleted (or emptied) under the rule, or, in a dry run, that would be' }) count: number;
}

export class RetentionReportDto extends RetentionRunSummaryDto {
  @ApiProperty({ type: [RetentionRunRuleDto] }) rules: RetentionRunRuleDto[];
  @ApiProperty({ type: RetentionProgressDto }) progress: RetentionProgressDto;
  @ApiProperty({ type: [ErasedLineDto] }) erased: ErasedLineDto[];
  @ApiProperty({ type: [HeldLineDto] }) held: HeldLineDto[];
  @ApiProperty({ type: [PurgedLineDto], description: 'The row rules (inbox items, sessions, login throttling, delivery logs, break-glass records, rectified values): counts per rule' }) purged: PurgedLineDto[];
}

export class EraseCaseDto {
  @ApiProperty({ example: '93-2026-000042' }) @Matches(/^[0-9][0-9AB][0-9]?-\d{4}-\d{6,9}$/, { message: 'reference must look like 93-2026-000042' }) reference: string;
  @ApiProperty({ enum: ERASURE_REASONS, description: 'Why the case is erased now: a code, never free text' }) @IsIn(ERASURE_REASONS) reason: (typeof ERASURE_REASONS)[number];
  @ApiPropertyOptional({ description: 'The version read; another writer in between answers 409 VERSION_CONFLICT' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

export class CaseAnonymisedDto {
  @ApiProperty() id: string;
  @ApiProperty() reference: string;
  @ApiProperty() version: number;
  @ApiProperty() anonymisedAt: string;
}
