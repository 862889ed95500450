import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { EXPLOITATION_FORMS } from '@mnio/cases';
import { TERRITORY_CODE } from '@mnio/directory';

const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ReportParamsDto {
  @ApiPropertyOptional({ enum: ['national', 'territory', 'organisation'], default: 'national', description: 'national: the analyst; territory: a cell; organisation: an association’s own figures' })
  @IsOptional() @IsIn(['national', 'territory', 'organisation']) scope?: 'national' | 'territory' | 'organisation';
  @ApiPropertyOptional({ example: 2026, description: 'Calendar year (survey, EU); the default period of the activity and capacity tables' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First day of the period (activity, capacity), with `to`' })
  @IsOptional() @Matches(/^20\d\d-\d\d-\d\d$/) @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ example: '2026-06-30', description: 'Last day of the period (inclusive)' })
  @IsOptional() @Matches(/^20\d\d-\d\d-\d\d$/) @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional({ example: '93', description: 'Département (INSEE code)' }) @IsOptional() @Matches(TERRITORY_CODE, { message: 'territory must be a département code' }) territory?: string;
  @ApiPropertyOptional({ example: '11', description: 'Region (INSEE code)' }) @IsOptional() @Matches(/^\d{2,3}$/, { message: 'region must be a region code' }) region?: string;
  @ApiPropertyOptional({ enum: EXPLOITATION_FORMS }) @IsOptional() @IsIn(EXPLOITATION_FORMS) form?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(toBool) @IsBoolean() minor?: boolean;
  @ApiPropertyOptional({ description: 'Organisation scope: the association' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ description: 'A file marked for publication: the public threshold applies' }) @IsOptional() @Transform(toBool) @IsBoolean() publication?: boolean;
}

export class ExportParamsDto extends ReportParamsDto {
  @ApiProperty({ enum: ['csv', 'xlsx'] }) @IsIn(['csv', 'xlsx']) format: 'csv' | 'xlsx';
}

export class FigureDto {
  @ApiProperty({ type: Number, nullable: true, description: 'null when suppressed' }) value: number | null;
  @ApiProperty() suppressed: boolean;
}

export class ReportRowDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: [FigureDto] }) cells: FigureDto[];
  @ApiProperty({ type: FigureDto, nullable: true }) total: FigureDto | null;
}

export class ReportTotalsDto {
  @ApiProperty({ type: [FigureDto] }) cells: FigureDto[];
  @ApiProperty({ type: FigureDto }) total: FigureDto;
}

/** A table's words in French (the statistics' labels): the pages show these, the files use the same. */
export class TableLabelsDto {
  @ApiProperty() title: string;
  @ApiProperty() dimension: string;
  @ApiProperty({ type: [String] }) columns: string[];
  @ApiProperty({ type: [String] }) rows: string[];
}

export class ReportTableDto {
  @ApiProperty({ example: 'survey.by_sex' }) key: string;
  @ApiProperty({ example: 'sex' }) rowDimension: string;
  @ApiProperty({ type: [String] }) columns: string[];
  @ApiProperty() additive: boolean;
  @ApiProperty({ type: [ReportRowDto] }) rows: ReportRowDto[];
  @ApiProperty({ type: ReportTotalsDto, nullable: true }) totals: ReportTotalsDto | null;
  @ApiPropertyOptional({ type: TableLabelsDto }) labels?: TableLabelsDto;
}

export class FreshnessDto {
  @ApiProperty({ type: String, nullable: true }) lastEventAt: string | null;
  @ApiProperty({ type: String, nullable: true }) lastAppliedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) rebuiltAt: string | null;
}

export class ReportFiltersDto {
  @ApiProperty() year: number;
  @ApiPropertyOptional() from?: string;
  @ApiPropertyOptional() to?: string;
  @ApiPropertyOptional() territory?: string;
  @ApiPropertyOptional() region?: string;
  @ApiPropertyOptional() form?: string;
  @ApiPropertyOptional() minor?: boolean;
}

export class PeriodDto {
  @ApiProperty({ example: '2026-01-01' }) from: string;
  @ApiProperty({ example: '2026-12-31' }) to: string;
}

export class PreviousDto {
  @ApiProperty({ type: PeriodDto }) period: PeriodDto;
  @ApiProperty({ type: [ReportTableDto], description: 'The same tables over the previous period of the same length' }) tables: ReportTableDto[];
}

export class ReportDto {
  @ApiProperty({ enum: ['survey', 'eu', 'activity', 'capacity'] }) report: 'survey' | 'eu' | 'activity' | 'capacity';
  @ApiProperty({ enum: ['national', 'territory', 'organisation'] }) scope: 'national' | 'territory' | 'organisation';
  @ApiProperty({ type: ReportFiltersDto }) filters: ReportFiltersDto;
  @ApiProperty({ description: 'Suppression threshold applied (0: none)' }) threshold: number;
  @ApiProperty() publication: boolean;
  @ApiProperty({ type: FreshnessDto }) freshness: FreshnessDto;
  @ApiProperty({ type: Number, nullable: true }) contributingOrganisations: number | null;
  @ApiProperty({ type: [ReportTableDto] }) tables: ReportTableDto[];
  @ApiProperty({ type: PeriodDto, nullable: true, description: 'The period counted (activity, capacity); null for a calendar-year report' }) period: PeriodDto | null;
  @ApiProperty({ type: PreviousDto, nullable: true }) previous: PreviousDto | null;
}
