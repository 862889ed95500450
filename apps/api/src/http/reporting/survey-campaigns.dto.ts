import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CORRECTION_REASONS } from '@mnio/reporting';
import { FreshnessDto, ReportTableDto } from './reporting.dto';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class OpenCampaignDto {
  @ApiProperty({ example: 2026, description: 'The calendar year the survey counts (one campaign per year)' })
  @IsInt() @Min(2000) @Max(2100) year: number;
}

export class VersionDto {
  @ApiProperty({ description: 'The version read; another writer in between answers 409 VERSION_CONFLICT' }) @IsInt() @Min(1) version: number;
}

export class CorrectionDto {
  @ApiProperty({ example: 'summary', description: 'The line’s dimension (summary, form, sex, age_band, minor, nationality, world_region, place, complaint)' })
  @Matches(/^[a-z_]{1,20}$/) dim: string;
  @ApiProperty({ example: 'spotted' }) @Matches(/^[A-Za-z0-9_-]{1,40}$/) code: string;
  @ApiProperty({ example: 'count' }) @Matches(/^[a-z_]{1,20}$/) col: string;
  @ApiProperty({ example: 3, description: 'Persons met outside mnio on this line' }) @IsInt() @Min(1) @Max(100_000) count: number;
  @ApiProperty({ enum: CORRECTION_REASONS, description: 'Why they are not in mnio: a code, never free text' }) @IsIn(CORRECTION_REASONS) reason: (typeof CORRECTION_REASONS)[number];
}

export class CorrectionsDto extends VersionDto {
  @ApiProperty({ type: [CorrectionDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => CorrectionDto) corrections: CorrectionDto[];
}

export class ResultsParamsDto {
  @ApiPropertyOptional({ description: 'Marked for publication: the public threshold applies' }) @IsOptional() @Transform(toBool) @IsBoolean() publication?: boolean;
}

export class ResultsExportParamsDto extends ResultsParamsDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) @IsIn(['csv', 'xlsx']) format: 'csv' | 'xlsx';
}

export class QuestionnaireSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() organisationKind: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: 'draft' | 'submitted';
  @ApiProperty({ type: String, nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Display name of the signer' }) submittedByName: string | null;
}

export class CampaignDto {
  @ApiProperty() id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['open', 'closed'] }) status: 'open' | 'closed';
  @ApiProperty() openedAt: string;
  @ApiProperty({ type: String, nullable: true }) closedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ type: [QuestionnaireSummaryDto] }) questionnaires: QuestionnaireSummaryDto[];
  @ApiProperty() answered: number;
  @ApiProperty() total: number;
}

export class CampaignSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['open', 'closed'] }) status: 'open' | 'closed';
  @ApiProperty() openedAt: string;
  @ApiProperty({ type: String, nullable: true }) closedAt: string | null;
  @ApiProperty() answered: number;
  @ApiProperty() total: number;
}

export class MyQuestionnaireDto {
  @ApiProperty() id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['open', 'closed'] }) campaignStatus: 'open' | 'closed';
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: 'draft' | 'submitted';
  @ApiProperty({ type: String, nullable: true }) submittedAt: string | null;
}

export class CorrectionViewDto {
  @ApiProperty() dim: string;
  @ApiProperty() code: string;
  @ApiProperty() col: string;
  @ApiProperty() count: number;
  @ApiProperty({ enum: CORRECTION_REASONS }) reason: (typeof CORRECTION_REASONS)[number];
}

export class QuestionnaireDto {
  @ApiProperty() id: string;
  @ApiProperty() campaignId: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['open', 'closed'] }) campaignStatus: 'open' | 'closed';
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: 'draft' | 'submitted';
  @ApiProperty() version: number;
  @ApiProperty({ type: [ReportTableDto], description: 'The survey’s tables from the organisation’s own cases, not suppressed' }) tables: ReportTableDto[];
  @ApiProperty({ type: [CorrectionViewDto] }) corrections: CorrectionViewDto[];
  @ApiProperty({ type: String, nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedByName: string | null;
  @ApiProperty({ type: FreshnessDto }) freshness: FreshnessDto;
}

export class CampaignResultsDto {
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['open', 'closed'] }) status: 'open' | 'closed';
  @ApiProperty() threshold: number;
  @ApiProperty() publication: boolean;
  @ApiProperty({ type: FreshnessDto }) freshness: FreshnessDto;
  @ApiProperty() answered: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: ReportTableDto, description: 'Files, persons counted once, persons followed by several organisations, met outside mnio, total' }) once: ReportTableDto;
  @ApiProperty({ type: [ReportTableDto] }) tables: ReportTableDto[];
}

