import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CheckPolicies, CurrentActor } from '@mnio/platform';
import { ExportHtcdsRecordsQuery, HtcdsExport, HtcdsFile } from '@mnio/reporting';
import { DiversityFieldDto, HtcdsExportDto, HtcdsParamsDto } from './htcds-records.dto';
import { ApiErrors } from '../api-docs';

/** Record-level export (IOM HTCDS field names, k-anonymous) for the EU and international data collections. */
@ApiTags('reporting')
@ApiBearerAuth()
@ApiExtraModels(HtcdsExportDto, DiversityFieldDto)
@Controller('api/statistics/records')
export class HtcdsRecordsController {
  constructor(private readonly queries: QueryBus) {}

  @ApiOperation({ summary: 'Exports the anonymous records for the HTCDS', description: 'One anonymous record per case for the statistical survey of a year, as a file (counts and codes, never identity).' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'SURVEY_YEAR_INVALID')
  @Get('htcds')
  @CheckPolicies('export', 'Statistics')
  @ApiOkResponse({ type: HtcdsExportDto, description: 'format=json; csv and xlsx are files' })
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@CurrentActor() actor: Actor, @Query() p: HtcdsParamsDto, @Res({ passthrough: true }) res: Response): Promise<HtcdsExport | StreamableFile> {
    const out: HtcdsExport | HtcdsFile = await this.queries.execute(new ExportHtcdsRecordsQuery(actor, p.fromYear, p.toYear ?? p.fromYear, p.format));
    if (!('body' in out)) return out;
    res.setHeader('Content-Type', out.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${out.filename}"`);
    return new StreamableFile(out.body);
  }
}
