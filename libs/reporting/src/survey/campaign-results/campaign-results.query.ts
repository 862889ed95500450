import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { CasePersonKeysQuery } from '@mnio/cases';
import { AbilityFactory, actingOrganisationId, Actor, ForbiddenError, NotFoundError, Transactional } from '@mnio/platform';
import { buildSurvey, Freshness, Report } from '../../domain/reports';
import type { ReportTable } from '../../domain/tables';
import { withLabels } from '../../exports/labels-fr';
import { reportCsv, reportXlsx } from '../../exports/report-files';
import { ReportStore } from '../../queries/report-store';
import { REPORTING_CONFIG, ReportingConfig } from '../../reporting.config';
import { CampaignStatus, outsideMnio, withCorrections } from '../domain/campaign';
import { countOnce } from '../domain/count-once';
import { onceTable } from '../domain/once-table';
import { SurveyStore } from '../survey-store';

/** The national results of a campaign: counts only, each person once, small cells suppressed. Never a case, never a key. */
export interface CampaignResults {
  year: number;
  status: CampaignStatus;
  threshold: number;
  publication: boolean;
  freshness: Freshness;
  /** Organisations that answered, out of those asked. */
  answered: number;
  total: number;
  /** Files, persons counted once, persons followed by several organisations, persons met outside mnio, total. */
  once: ReportTable;
  /** The survey's tables over one case per person, plus the corrections (added as counts: they cannot be deduplicated). */
  tables: ReportTable[];
}

export class GetCampaignResultsQuery extends Query<CampaignResults> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
    readonly publication: boolean,
  ) {
    super();
  }
}

export class ExportCampaignResultsQuery extends Query<{ filename: string; contentType: string; body: Buffer }> {
  constructor(
    readonly actor: Actor,
    readonly year: number,
    readonly publication: boolean,
    readonly format: 'csv' | 'xlsx',
  ) {
    super();
  }
}

/** Person keys are asked for in pages of this many cases. */
const KEYS_PAGE = 5_000;

abstract class ResultsBase {
  constructor(
    protected readonly store: SurveyStore,
    protected readonly reports: ReportStore,
    protected readonly abilities: AbilityFactory,
    protected readonly audit: AuditJournal,
    protected readonly queries: QueryBus,
    @Inject(REPORTING_CONFIG) protected readonly config: ReportingConfig,
  ) {}

  protected async compute(actor: Actor, action: 'read' | 'export', year: number, publication: boolean): Promise<CampaignResults> {
    if (!this.abilities.forActor(actor).can(action, 'SurveyCampaign')) throw new ForbiddenError();
    const campaign = await this.store.campaign(year);
    if (!campaign) throw new NotFoundError('Survey campaign');
    const qs = await this.store.questionnairesOf(campaign.id);
    const submitted = qs.filter((q) => q.status === 'submitted');
    const cases = await this.store.submittedCases(campaign.id);
    // the person keys stay in this function: only counts leave it
    const keys = new Map<string, readonly string[]>();
    const ids = [...new Set(cases.map((c) => c.caseId))];
    for (let i = 0; i < ids.length; i += KEYS_PAGE) {
      for (const k of await this.queries.execute(new CasePersonKeysQuery(ids.slice(i, i + KEYS_PAGE)))) keys.set(k.caseId, k.personKeys);
    }
    const once = countOnce(cases.map((c) => ({ ...c, personKeys: keys.get(c.caseId) ?? [] })));
    const corrections = submitted.flatMap((q) => q.corrections);
    const threshold = publication ? this.config.publicMinCell : this.config.minCell;
    const counts = once.representatives.length ? (await this.reports.surveyCounts({ year }, null, once.representatives)).counts : [];
    await this.audit.record({
      action: action === 'read' ? 'survey.results_read' : 'survey.results_exported', subjectType: 'survey_campaign', subjectId: campaign.id,
      actorOrganisationId: actingOrganisationId(this.abilities, actor, action, 'SurveyCampaign'), details: { year, publication },
    });
    return {
      year, status: campaign.status, threshold, publication, freshness: await this.reports.freshness(), answered: submitted.length, total: qs.length,
      once: withLabels(onceTable(once, outsideMnio(corrections), threshold)), tables: buildSurvey(withCorrections(counts, corrections), threshold).map(withLabels),
    };
  }
}

@QueryHandler(GetCampaignResultsQuery)
export class GetCampaignResultsHandler extends ResultsBase implements IQueryHandler<GetCampaignResultsQuery> {
  @Transactional()
  execute({ actor, year, publication }: GetCampaignResultsQuery): Promise<CampaignResults> {
    return this.compute(actor, 'read', year, publication);
  }
}

@QueryHandler(ExportCampaignResultsQuery)
export class ExportCampaignResultsHandler extends ResultsBase implements IQueryHandler<ExportCampaignResultsQuery> {
  @Transactional()
  async execute({ actor, year, publication, format }: ExportCampaignResultsQuery) {
    const r = await this.compute(actor, 'export', year, publication);
    const report: Report = {
      report: 'survey', scope: 'national', filters: { year }, threshold: r.threshold, publication, freshness: r.freshness, contributingOrganisations: r.answered,
      tables: [r.once, ...r.tables], period: null, previous: null,
    };
    const opts = {
      title: `Enquête annuelle ${year} : résultats nationaux de la campagne`,
      notes: [
        ['Questionnaires signés', `${r.answered} sur ${r.total}`],
        ['Chaque personne suivie par plusieurs organisations est comptée une fois (rapprochement par l’index de détection des doublons, sans identité).'],
        ['Les personnes rencontrées hors mnio sont ajoutées telles que les organisations les déclarent : elles ne peuvent pas être dédoublonnées.'],
      ],
    };
    const name = `mnio-enquete-campagne-${year}`;
    return format === 'csv'
      ? { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: reportCsv(report, opts) }
      : { filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await reportXlsx(report, opts) };
  }
}
