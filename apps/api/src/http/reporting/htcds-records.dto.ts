import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class HtcdsParamsDto {
  @ApiProperty({ example: 2025, description: 'First calendar year (cases first spotted from this year)' }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) fromYear: number;
  @ApiPropertyOptional({ example: 2025, description: 'Last calendar year (default: fromYear; at most 10 years)' }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) toYear?: number;
  @ApiProperty({ enum: ['json', 'csv', 'xlsx'] }) @IsIn(['json', 'csv', 'xlsx']) format: 'json' | 'csv' | 'xlsx';
}

export class DiversityFieldDto {
  @ApiProperty() l: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The fewest distinct values in a released class' }) leastDistinct: number | null;
}

/** l-diversity: every released class holds at least `l` distinct values of each of these fields. */
export class DiversityDto {
  @ApiProperty() l: number;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/DiversityFieldDto' } }) fields: Record<string, DiversityFieldDto>;
}

export class InformationLossDto {
  @ApiProperty() k: number;
  @ApiProperty({ description: 'Cases in the period' }) records: number;
  @ApiProperty() released: number;
  @ApiProperty({ description: 'Records in equivalence classes still smaller than k after generalisation' }) suppressed: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Generalisation level per quasi-identifier (0: as held)' }) levels: Record<string, number>;
  @ApiProperty({ type: [String] }) generalisedFields: string[];
  @ApiProperty() equivalenceClasses: number;
  @ApiProperty({ type: Number, nullable: true }) smallestClass: number | null;
  @ApiProperty({ type: DiversityDto, nullable: true }) diversity: DiversityDto | null;
}

export class HtcdsMetadataDto {
  @ApiProperty() standard: string;
  @ApiProperty() fromYear: number;
  @ApiProperty() toYear: number;
  @ApiProperty({ description: 'Month of the export (YYYY-MM)' }) generatedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Month of the last event applied (YYYY-MM)' }) lastEventAt: string | null;
  @ApiProperty({ type: [String] }) quasiIdentifiers: string[];
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ type: InformationLossDto }) loss: InformationLossDto;
}

export class HtcdsRecordDto {
  @ApiProperty() ext_RecordId: string;
  @ApiProperty() prs_Gender: string;
  @ApiProperty() ext_AgeGroup: string;
  @ApiProperty() ext_CitizenshipRegion: string;
  @ApiProperty() vic_TypeOfExploitation: string;
  @ApiProperty() ext_Year: string;
  @ApiProperty() ext_Region: string;
  @ApiProperty() vic_TraffickingStatus: string;
  @ApiProperty() vic_TraffickingStatusDecisionMakingOrg: string;
  @ApiProperty() cas_Status: string;
}

export class HtcdsExportDto {
  @ApiProperty({ type: HtcdsMetadataDto }) metadata: HtcdsMetadataDto;
  @ApiProperty({ type: [HtcdsRecordDto] }) records: HtcdsRecordDto[];
}
