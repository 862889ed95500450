import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { ATTACHMENT_KINDS, ATTACHMENT_MEDIA_TYPES } from '@mnio/cases';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The fields of the multipart upload beside the file (`file`). */
export class AddAttachmentDto {
  @ApiProperty({ enum: ATTACHMENT_KINDS, description: 'What the document is: récépissé, medical certificate, decision, other' })
  @IsIn(ATTACHMENT_KINDS)
  kind: (typeof ATTACHMENT_KINDS)[number];

  @ApiProperty({ example: '2026-11-30', description: 'Date of the document (YYYY-MM-DD), not of the upload; not in the future' })
  @Matches(DATE, { message: 'documentDate must be YYYY-MM-DD' })
  documentDate: string;
}

/** The multipart body as documented (the file itself is read by the interceptor, not validated as a field). */
export class AddAttachmentBodyDoc extends AddAttachmentDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The file: PDF, JPEG or PNG, recognised by its content; at most MNIO_ATTACHMENT_MAX_BYTES (10 MiB by default)' })
  file: unknown;
}

export class AttachmentAddedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind: string;
  @ApiProperty({ example: '2026-11-30' }) documentDate: string;
  @ApiProperty({ enum: ATTACHMENT_MEDIA_TYPES, description: 'The type found in the content' }) mediaType: string;
  @ApiProperty() sizeBytes: number;
}

export class CaseAttachmentDto extends AttachmentAddedDto {
  @ApiProperty({ format: 'uuid', description: 'The organisation that attached it' }) organisationId: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ description: 'Erased with the identity (anonymisation): no name and no content left' }) erased: boolean;
  @ApiPropertyOptional({ description: 'The file name, for those who read the identity only' }) name?: string;
}
