import {
  Body, CallHandler, Controller, ExecutionContext, Get, Injectable, NestInterceptor, Param, PayloadTooLargeException, Post, Res, StreamableFile, UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { catchError, Observable, throwError } from 'rxjs';
import { AddAttachmentCommand, DownloadCaseAttachmentQuery, ListCaseAttachmentsQuery, loadCasesConfig } from '@mnio/cases';
import { Actor, CheckPolicies, CurrentActor, DomainError, ParseIdPipe } from '@mnio/platform';
import { AddAttachmentBodyDoc, AddAttachmentDto, AttachmentAddedDto, CaseAttachmentDto } from './attachments.dto';

/** Read once when the routes are built, like every other setting at boot. */
const MAX_BYTES = loadCasesConfig().attachmentMaxBytes;
const ERROR = { schema: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, correlationId: { type: 'string' }, details: { type: 'object' } } } };
const NOT_FOUND = { status: 404, description: 'NOT_FOUND: no such case or attachment, or not visible to the caller (the same answer)', ...ERROR };

/** Multer's « file too large » (the upload cut at the limit) answers with the same stable code as the handler's own check. */
@Injectable()
class AttachmentLimitInterceptor implements NestInterceptor {
  intercept(_ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((e: unknown) =>
        throwError(() => (e instanceof PayloadTooLargeException ? new DomainError('ATTACHMENT_TOO_LARGE', 'The file is larger than allowed', { maxBytes: MAX_BYTES }) : e)),
      ),
    );
  }
}

interface UploadedPart {
  originalname: string;
  buffer: Buffer;
}

/**
 * A case's attachments (docs/cases.md, « Attachments »): uploaded by those who may update the case, listed to its
 * readers, downloaded by those who read its identity. The file name travels in the multipart body only, never in an
 * address, and no answer or log quotes it.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/cases')
export class AttachmentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(':id/attachments')
  @CheckPolicies('update', 'Case')
  @UseInterceptors(
    AttachmentLimitInterceptor,
    // Memory storage (the default): the bytes go encrypted into PostgreSQL and never touch the disk.
    FileInterceptor('file', { limits: { fileSize: MAX_BYTES, files: 1, fields: 4, fieldSize: 64, parts: 5 }, defParamCharset: 'utf8' } as Parameters<typeof FileInterceptor>[1]),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: AddAttachmentBodyDoc })
  @ApiOperation({
    summary: 'Attach a document to a case',
    description:
      'A scanned récépissé, a medical certificate, a decision or another document, sent as multipart/form-data (`file`, `kind`, `documentDate`). ' +
      'Only the owner organisation’s workers may attach. The type is recognised by the content (PDF, JPEG, PNG), never by the name; the name and the bytes ' +
      'are stored encrypted. The answer never repeats the file name.',
  })
  @ApiResponse({ status: 201, type: AttachmentAddedDto, description: 'Attached' })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED, UNKNOWN_FIELD: kind or documentDate missing or wrong', ...ERROR })
  @ApiResponse({ status: 403, description: 'FORBIDDEN: the caller sees the case but may not update it', ...ERROR })
  @ApiResponse(NOT_FOUND)
  @ApiResponse({ status: 409, description: 'CASE_ANONYMISED: the case was erased', ...ERROR })
  @ApiResponse({ status: 413, description: 'ATTACHMENT_TOO_LARGE: over MNIO_ATTACHMENT_MAX_BYTES (`details.maxBytes`)', ...ERROR })
  @ApiResponse({
    status: 422,
    description: 'ATTACHMENT_TYPE_NOT_ALLOWED (content not PDF, JPEG or PNG), ATTACHMENT_EMPTY, ATTACHMENT_FILE_REQUIRED, ATTACHMENT_NAME_INVALID, ATTACHMENT_DATE_IN_FUTURE',
    ...ERROR,
  })
  add(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: AddAttachmentDto, @UploadedFile() file: UploadedPart | undefined) {
    if (!file) throw new DomainError('ATTACHMENT_FILE_REQUIRED', 'Send the document in the `file` part');
    return this.commands.execute(new AddAttachmentCommand(actor, id, { name: file.originalname, bytes: file.buffer }, dto.kind, dto.documentDate));
  }

  @Get(':id/attachments')
  @CheckPolicies('read', 'Case')
  @ApiOperation({
    summary: 'List the attachments of a case',
    description: 'Kind, date, type, size and the organisation that attached each one, newest first, for every reader of the case; the file names only for those who read its identity.',
  })
  @ApiOkResponse({ type: CaseAttachmentDto, isArray: true })
  @ApiResponse(NOT_FOUND)
  list(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new ListCaseAttachmentsQuery(actor, id));
  }

  @Get(':id/attachments/:attachmentId/content')
  @CheckPolicies('read', 'Case')
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOperation({
    summary: 'Download an attachment',
    description:
      'The bytes as uploaded, for those who read the identity of the case (others get 404 as for an invisible case). Always a download ' +
      '(Content-Disposition: attachment, named after the kind and date, never the stored name), never cached; each download is audited.',
  })
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiResponse(NOT_FOUND)
  async download(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Param('attachmentId', ParseIdPipe) attachmentId: string, @Res({ passthrough: true }) res: Response) {
    const file = await this.queries.execute(new DownloadCaseAttachmentQuery(actor, id, attachmentId));
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(file.body);
  }
}
