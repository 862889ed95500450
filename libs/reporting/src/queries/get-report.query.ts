import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Actor, asSubject, DomainError, ForbiddenError, NotFoundError, Transactional } from '@mnio/platform';
import { buildActivity, buildCapacity, buildEu, buildSurvey, Period, periodOf, previousPeriod, Report, ReportFilters, ReportKind, ReportScope } from '../domain/reports';
import type { ReportTable } from '../domain/tables';
import { reportAllowedFor } from '../reporting.abilities';
import { reportCsv, reportXlsx } from '../exports/report-files';
import { withLabels } from '../exports/labels-fr';
import { REPORTING_CONFIG, ReportingConfig } from '../reporting.config';
import { ReportStore } from './report-store';

export interface ReportRequest {
  report: ReportKind;
  scope: ReportScope;
  filters: ReportFilters;
  /** A file marked for publication: the public threshold applies. */
  publication: boolean;
}

/** A statistics report as JSON: counts only, small cells suppressed, never a case id or reference. Audited. */
export class GetReportQuery extends Query<Report> {
  constructor(
    readonly actor: Actor,
    readonly request: ReportRequest,
  ) {
    super();
  }
}

export type ReportFormat = 'csv' | 'xlsx';
export interface ReportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** The same report as a file (CSV for French spreadsheets, or XLSX). Audited: who, which table, which filters. */
export class ExportReportQuery extends Query<ReportFile> {
  constructor(
    readonly actor: Actor,
    readonly request: ReportRequest,
    readonly format: ReportFormat,
  ) {
    super();
  }
}

const FILE_NAMES: Record<ReportKind, string> = { survey: 'enquete', eu: 'ue-greta', activity: 'activite', capacity: 'capacite' };

abstract class ReportHandlerBase {
  constructor(
    protected readonly store: ReportStore,
    protected readonly abilities: AbilityFactory,
    protected readonly audit: AuditJournal,
    @Inject(REPORTING_CONFIG) protected readonly config: ReportingConfig,
  ) {}

  protected async compute(actor: Actor, action: 'read' | 'export', r: ReportRequest): Promise<Report> {
    const s = r.scope;
    const ability = this.abilities.forActor(actor);
    // A report the actor reads in no scope at all: 403. Another territory's or organisation's figures are invisible: the same 404 as a missing report.
    if (!reportAllowedFor(ability, action, r.report)) throw new ForbiddenError();
    if (!ability.can(action, asSubject('Statistics', { ...s, report: r.report }))) throw new NotFoundError('Report');
    const filters: ReportFilters = { ...r.filters };
    if (s.scope === 'territory') {
      if (filters.territory && filters.territory !== s.territory) throw new DomainError('REPORT_FILTER_INVALID', 'A cell reads its own territory');
      filters.territory = s.territory;
      delete filters.region;
    }
    const ownerId = s.scope === 'organisation' ? s.organisationId : null;
    const threshold = s.scope === 'organisation' ? 0 : r.publication ? this.config.publicMinCell : this.config.minCell;
    let tables: ReportTable[];
    let contributingOrganisations: number | null = null;
    let period: Period | null = null;
    let previous: Report['previous'] = null;
    if (r.report === 'survey') {
      const { counts, organisations } = await this.store.surveyCounts(filters, ownerId);
      tables = buildSurvey(counts, threshold);
      contributingOrganisations = s.scope === 'organisation' ? null : organisations;
    } else if (r.report === 'eu') {
      tables = buildEu(await this.store.euCounts(filters, ownerId), threshold);
    } else {
      period = periodOf(filters);
      if (period.from > period.to) throw new DomainError('REPORT_FILTER_INVALID', 'The period ends before it starts');
      const before = previousPeriod(period);
      const build = async (p: Period) => {
        if (r.report === 'activity') {
          const { counts, delays } = await this.store.activityCounts(filters, ownerId, p);
          return buildActivity(counts, delays, threshold);
        }
        const { counts, delays } = await this.store.capacityCounts(filters, p);
        return buildCapacity(counts, delays, threshold);
      };
      tables = await build(period);
      // places are counted today, not over a period: no comparison for them
      const prior = (await build(before)).filter((t) => !t.key.startsWith('capacity.places'));
      previous = { period: before, tables: prior };
    }
    return {
      report: r.report, scope: s.scope, filters, threshold, publication: r.publication, freshness: await this.store.freshness(), contributingOrganisations,
      tables: tables.map(withLabels), period, previous: previous && { period: previous.period, tables: previous.tables.map(withLabels) },
    };
  }

  /** The organisation whose membership allowed reading these figures, for the audit entry. */
  protected actingFor(actor: Actor, action: 'read' | 'export', r: ReportRequest): string {
    return actingOrganisationId(this.abilities, actor, action, asSubject('Statistics', { ...r.scope, report: r.report }));
  }

  protected auditDetails(r: ReportRequest, format: string) {
    const s = r.scope;
    return {
      report: r.report, format, scope: s.scope, publication: r.publication,
      territory: s.scope === 'territory' ? s.territory : (r.filters.territory ?? null),
      organisationId: s.scope === 'organisation' ? s.organisationId : null,
      year: r.filters.year, from: r.filters.from ?? null, to: r.filters.to ?? null, region: r.filters.region ?? null, form: r.filters.form ?? null, minor: r.filters.minor ?? null,
    };
  }
}

@QueryHandler(GetReportQuery)
export class GetReportHandler extends ReportHandlerBase implements IQueryHandler<GetReportQuery> {
  @Transactional()
  async execute({ actor, request }: GetReportQuery): Promise<Report> {
    const report = await this.compute(actor, 'read', request);
    await this.audit.record({ action: 'statistics.read', subjectType: 'statistics', subjectId: null, actorOrganisationId: this.actingFor(actor, 'read', request), details: this.auditDetails(request, 'json') });
    return report;
  }
}

@QueryHandler(ExportReportQuery)
export class ExportReportHandler extends ReportHandlerBase implements IQueryHandler<ExportReportQuery> {
  @Transactional()
  async execute({ actor, request, format }: ExportReportQuery): Promise<ReportFile> {
    const report = await this.compute(actor, 'export', request);
    await this.audit.record({ action: 'statistics.exported', subjectType: 'statistics', subjectId: null, actorOrganisationId: this.actingFor(actor, 'export', request), details: this.auditDetails(request, format) });
    const p = request.report === 'activity' || request.report === 'capacity' ? periodOf(request.filters) : null;
    const name = `mnio-${FILE_NAMES[request.report]}-${p && (request.filters.from || request.filters.to) ? `${p.from}-${p.to}` : request.filters.year}`;
    return format === 'csv'
      ? { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: reportCsv(report) }
      : { filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await reportXlsx(report) };
  }
}
