import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { JOURNAL_MAX_SHARED, JOURNAL_NOTE_MAX_LENGTH } from '@mnio/cases';
import { CursorParam } from '../cursor-param';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class JournalPageDto {
  @CursorParam() cursor?: string;
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class AddJournalNoteDto {
  @ApiProperty({ example: '2026-12-03', description: 'The day the note is about (YYYY-MM-DD, French calendar); today or before' })
  @Matches(DATE, { message: 'occurredOn must be YYYY-MM-DD' }) occurredOn: string;

  @ApiProperty({ maxLength: JOURNAL_NOTE_MAX_LENGTH, description: 'The note; stored encrypted, never in a log, an event or a notification' })
  @IsString() @MinLength(1) @MaxLength(JOURNAL_NOTE_MAX_LENGTH) text: string;

  @ApiPropertyOptional({
    type: [String], format: 'uuid', maxItems: JOURNAL_MAX_SHARED,
    description: 'Organisations that will read the note besides the owner: each must hold identity access to the case (see shareableOrganisations)',
  })
  @IsOptional() @IsArray() @ArrayMaxSize(JOURNAL_MAX_SHARED) @ArrayUnique() @IsUUID('all', { each: true }) visibleTo?: string[];
}

export class CorrectJournalNoteDto {
  @ApiProperty({ maxLength: JOURNAL_NOTE_MAX_LENGTH, description: 'The corrected text; the text it replaces is kept encrypted' })
  @IsString() @MinLength(1) @MaxLength(JOURNAL_NOTE_MAX_LENGTH) text: string;
}

export class JournalNoteCorrectedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ format: 'date-time' }) correctedAt: string;
}

export class JournalNoteDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-12-03', description: 'The day the note is about' }) occurredOn: string;
  @ApiProperty({ type: String, nullable: true, description: 'The text; null once the case is anonymised' }) text: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The author’s organisation (null when a shelter is hidden from the reader)' }) authorOrganisationId: string | null;
  @ApiProperty({ description: 'Whether the reader wrote the note' }) mine: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When its author last corrected its text' }) correctedAt: string | null;
  @ApiProperty({ type: [String], nullable: true, description: 'Organisations chosen to read it besides the owner; told to the owner’s readers only (null for others)' })
  sharedWith: string[] | null;
}

export class ShareableOrganisationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Kind of organisation (directory code)' }) kind: string;
}

export class JournalPageResponseDto {
  @ApiProperty({ type: [JournalNoteDto] }) items: JournalNoteDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiProperty({ description: 'Whether the reader may add a note (the owner’s workers, on a case not anonymised)' }) canWrite: boolean;
  @ApiProperty({ type: [ShareableOrganisationDto], description: 'Organisations a new note may be shared with (writers only; else empty)' })
  shareableOrganisations: ShareableOrganisationDto[];
}

export class JournalNoteCreatedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
}

