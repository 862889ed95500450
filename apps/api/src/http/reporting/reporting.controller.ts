import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CheckPolicies, CurrentActor, DomainError, NotFoundError } from '@mnio/platform';
import { ExportReportQuery, GetReportQuery, ReportKind, ReportRequest, REPORTS } from '@mnio/reporting';
import { ExportParamsDto, ReportDto, ReportParamsDto } from './reporting.dto';
import { ApiErrors, ApiFile } from '../api-docs';

function request(actor: Actor, report: string, p: ReportParamsDto): ReportRequest {
  if (!(REPORTS as readonly string[]).includes(report)) throw new NotFoundError('Report');
  if (p.year === undefined && !p.from && !p.to) throw new DomainError('REPORT_FILTER_INVALID', 'A year or a period is required');
  if ((p.from || p.to) && (report === 'survey' || report === 'eu')) throw new DomainError('REPORT_FILTER_INVALID', 'The survey and the EU tables count a calendar year');
  if (!!p.from !== !!p.to) throw new DomainError('REPORT_FILTER_INVALID', 'A period has a first and a last day');
  if (p.from && p.to && (p.from > p.to || Date.parse(p.to) - Date.parse(p.from) > 3 * 366 * 86_400_000)) {
    throw new DomainError('REPORT_FILTER_INVALID', 'A period runs forward and lasts three years at most');
  }
  const m = actor.memberships;
  const national = m.some((x) => x.organisationKind === 'national_coordinator' || x.organisationKind === 'acse_coordination');
  const scope = p.scope ?? (national ? 'national' : m.some((x) => x.organisationKind === 'clav_cell') ? 'territory' : 'organisation');
  let s: ReportRequest['scope'];
  if (scope === 'territory') {
    const territory = p.territory ?? m.find((x) => x.organisationKind === 'clav_cell')?.territories[0];
    if (!territory) throw new DomainError('REPORT_FILTER_INVALID', 'A territory is required');
    s = { scope, territory };
  } else if (scope === 'organisation') {
    const organisationId = p.organisationId ?? m.find((x) => x.organisationKind === 'association')?.organisationId;
    if (!organisationId) throw new DomainError('REPORT_FILTER_INVALID', 'An organisation is required');
    s = { scope, organisationId };
  } else {
    s = { scope: 'national' };
  }
  return {
    report: report as ReportKind,
    scope: s,
    filters: { year: p.year ?? Number((p.from ?? p.to ?? '').slice(0, 4)), from: p.from, to: p.to, territory: p.territory, region: p.region, form: p.form, minor: p.minor },
    publication: p.publication ?? false,
  };
}

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('api/statistics')
export class ReportingController {
  constructor(private readonly queries: QueryBus) {}

  @ApiOperation({ summary: 'Reads a statistics report', description: 'Counts over a period and territory for a named report; small counts are hidden.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'REPORT_FILTER_INVALID', 'REPORT_PERIOD_INVALID')
  @Get(':report')
  @CheckPolicies('read', 'Statistics')
  @ApiOkResponse({ type: ReportDto })
  get(@CurrentActor() actor: Actor, @Param('report') report: string, @Query() p: ReportParamsDto) {
    return this.queries.execute(new GetReportQuery(actor, request(actor, report, p)));
  }

  @ApiOperation({ summary: 'Exports a statistics report', description: 'The same report as a spreadsheet.' })
  @ApiErrors('VALIDATION_FAILED', 'UNKNOWN_FIELD', 'NOT_FOUND', 'REPORT_FILTER_INVALID', 'REPORT_PERIOD_INVALID')
  @Get(':report/export')
  @CheckPolicies('export', 'Statistics')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiFile('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@CurrentActor() actor: Actor, @Param('report') report: string, @Query() p: ExportParamsDto, @Res({ passthrough: true }) res: Response) {
    const file = await this.queries.execute(new ExportReportQuery(actor, request(actor, report, p), p.format));
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    return new StreamableFile(file.body);
  }
}
