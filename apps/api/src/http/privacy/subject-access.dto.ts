import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { SUBJECT_ACCESS_FORMATS } from '@mnio/privacy';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SubjectAccessRequestDto {
  @ApiProperty({ example: 'Demande écrite de la personne reçue le 2 décembre', description: 'Why the export is made (kept encrypted with the request)' })
  @Transform(trim) @IsString() @Length(5, 2000) reason: string;
}

export class SubjectAccessByReferenceDto extends SubjectAccessRequestDto {
  @ApiProperty({ example: '93-2026-000042', description: 'The case reference (the DPO never opens a case page)' })
  @Transform(trim) @Matches(/^[0-9][0-9AB][0-9]?-\d{4}-\d{6,9}$/) reference: string;
}

export class SubjectAccessDownloadDto {
  @ApiProperty({ enum: SUBJECT_ACCESS_FORMATS, description: 'Which file: the PDF or the JSON, each downloadable once' })
  @IsIn(SUBJECT_ACCESS_FORMATS) format: (typeof SUBJECT_ACCESS_FORMATS)[number];
}
