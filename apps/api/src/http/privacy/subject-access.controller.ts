import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CheckPolicies, CurrentActor, ParseIdPipe } from '@mnio/platform';
import {
  DownloadSubjectAccessCommand, GetSubjectAccessExportQuery, ListSubjectAccessExportsQuery, RequestSubjectAccessCommand,
} from '@mnio/privacy';
import { SubjectAccessByReferenceDto, SubjectAccessDownloadDto, SubjectAccessRequestDto } from './subject-access.dto';
import { ApiErrors, ApiFile } from '../api-docs';
import * as answers from './privacy.responses';

/**
 * The person's right of access (issue 16 §2): the owner organisation's DPO or coordinator asks for an export of
 * everything held about the person, made in the worker, downloadable once (PDF and JSON) by the requester within 24 h.
 */
@ApiTags('privacy')
@ApiBearerAuth()
@Controller('api')
export class SubjectAccessController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** Asks for the export from the case page; answers 202 with its state « en préparation ». */
  @ApiOperation({ summary: 'Asks for a right-of-access export', description: 'Asks for the person\'s right-of-access export from the case page; answers 202 with its state « en préparation ».' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND')
  @ApiResponse({ status: 201, type: answers.SubjectAccessExportView })
  @Post('cases/:id/subject-access')
  @CheckPolicies('request', 'SubjectAccess')
  request(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string, @Body() dto: SubjectAccessRequestDto, @Res({ passthrough: true }) res: Response) {
    res.status(202);
    return this.commands.execute(new RequestSubjectAccessCommand(actor, { caseId: id }, dto.reason));
  }

  /** The exports asked for this case, newest first. */
  @ApiOperation({ summary: 'Lists a case\'s right-of-access exports', description: 'The exports asked for this case, newest first.' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.SubjectAccessExportViewList })
  @Get('cases/:id/subject-access')
  @CheckPolicies('request', 'SubjectAccess')
  listForCase(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string) {
    return this.queries.execute(new ListSubjectAccessExportsQuery(actor, id));
  }

  /** Asks for the export by the case's reference (the DPO's page); answers 202. */
  @ApiOperation({ summary: 'Asks for an export by reference', description: 'Asks for the export by the case\'s reference (the DPO\'s page); answers 202.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND')
  @ApiResponse({ status: 201, type: answers.SubjectAccessExportView })
  @Post('subject-access')
  @CheckPolicies('request', 'SubjectAccess')
  requestByReference(@CurrentActor() actor: Actor, @Body() dto: SubjectAccessByReferenceDto, @Res({ passthrough: true }) res: Response) {
    res.status(202);
    return this.commands.execute(new RequestSubjectAccessCommand(actor, { reference: dto.reference }, dto.reason));
  }

  /** The exports of the organisations whose DPO or coordinator the caller is, newest first. */
  @ApiOperation({ summary: 'Lists right-of-access exports', description: 'The exports of the organisations whose DPO or coordinator the caller is, newest first.' })
  @ApiErrors()
  @ApiResponse({ status: 200, type: answers.SubjectAccessExportViewList })
  @Get('subject-access')
  @CheckPolicies('request', 'SubjectAccess')
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListSubjectAccessExportsQuery(actor));
  }

  @ApiOperation({ summary: 'Reads a right-of-access export', description: 'The state of one export (in preparation, ready, downloaded, expired).' })
  @ApiErrors('NOT_FOUND')
  @ApiResponse({ status: 200, type: answers.SubjectAccessExportView })
  @Get('subject-access/:exportId')
  @CheckPolicies('request', 'SubjectAccess')
  get(@CurrentActor() actor: Actor, @Param('exportId', ParseIdPipe) exportId: string) {
    return this.queries.execute(new GetSubjectAccessExportQuery(actor, exportId));
  }

  /** One file, once, by the requester: 410 `SUBJECT_ACCESS_ALREADY_DOWNLOADED` or `SUBJECT_ACCESS_EXPIRED` after. */
  @ApiOperation({ summary: 'Downloads a right-of-access export', description: 'The PDF file, once, by the requester; gone (410) once downloaded or expired.' })
  @ApiErrors('NOT_FOUND', 'SUBJECT_ACCESS_ALREADY_DOWNLOADED', 'SUBJECT_ACCESS_EXPIRED')
  @Get('subject-access/:exportId/download')
  @CheckPolicies('request', 'SubjectAccess')
  @ApiProduces('application/pdf', 'application/json')
  @ApiFile('application/pdf')
  async download(@CurrentActor() actor: Actor, @Param('exportId', ParseIdPipe) exportId: string, @Query() q: SubjectAccessDownloadDto, @Res({ passthrough: true }) res: Response) {
    const file = await this.commands.execute(new DownloadSubjectAccessCommand(actor, exportId, q.format));
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.body);
  }
}
