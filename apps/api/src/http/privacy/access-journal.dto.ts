import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { JOURNAL_KINDS, type JournalKind } from '@mnio/privacy';
import { CursorParam } from '../cursor-param';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

/** The journal's filters, shared by the page and the CSV. */
export class AccessJournalFiltersDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Reads by this user only' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'One organisation’s scope: reads by its users and reads of the cases it follows' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day (French calendar), inclusive' }) @IsOptional() @Matches(DATE, { message: 'from must be YYYY-MM-DD' }) from?: string;
  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day (French calendar), inclusive' }) @IsOptional() @Matches(DATE, { message: 'to must be YYYY-MM-DD' }) to?: string;
  @ApiPropertyOptional({ enum: JOURNAL_KINDS, isArray: true, description: 'Kinds of entries, comma-separated (default: all)' })
  @IsOptional() @Transform(list) @IsArray() @ArrayMaxSize(JOURNAL_KINDS.length) @IsIn(JOURNAL_KINDS, { each: true }) kinds?: JournalKind[];
}

export class AccessJournalPageDto extends AccessJournalFiltersDto {
  @CursorParam() cursor?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class AccessJournalEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: JOURNAL_KINDS }) kind: JournalKind;
  @ApiProperty({ description: 'The audit journal’s action' }) action: string;
  @ApiProperty({ type: String, nullable: true }) userId: string | null;
  @ApiProperty({ type: String, nullable: true }) userName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The reader’s organisation (the one whose rules allowed the act)' }) organisationId: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName: string | null;
  @ApiProperty({ type: String, nullable: true }) caseId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The case’s reference: never the person’s identity' }) caseReference: string | null;
  @ApiProperty({ type: String, nullable: true }) caseOwnerOrganisationId: string | null;
  @ApiProperty({ type: String, nullable: true }) caseOwnerOrganisationName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Reason code given (identity reads, break-the-glass)' }) reason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Exports: report and format codes; break-the-glass: end of the access' }) detail: string | null;
}

export class AccessJournalResponseDto {
  @ApiProperty({ type: [AccessJournalEntryDto] }) items: AccessJournalEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
