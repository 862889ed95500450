import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Actor, asSubject, ForbiddenError, isUuid, Transactional } from '@mnio/platform';
import { buildSurvey } from '../../domain/reports';
import { ReportStore } from '../../queries/report-store';
import type { CampaignStatus, QuestionnaireStatus } from '../domain/campaign';
import { assertQuestionnaireAccess, questionnaireSubject } from '../questionnaire-access';
import { QuestionnaireRow, SurveyStore } from '../survey-store';
import { namesOf, QuestionnaireView } from '../views';
import { withLabels } from '../../exports/labels-fr';

export interface QuestionnaireSummaryOfMine {
  id: string;
  year: number;
  campaignStatus: CampaignStatus;
  organisationId: string;
  organisationName: string;
  status: QuestionnaireStatus;
  submittedAt: string | null;
}

/** The questionnaires of the organisations the actor signs for, newest year first. */
export class ListMySurveyQuestionnairesQuery extends Query<QuestionnaireSummaryOfMine[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}

/**
 * One questionnaire, pre-filled from the organisation's own cases in the read model (a case counts in each year it
 * was followed), not suppressed (the organisation holds the files): live while a draft, as signed once submitted.
 * Audited.
 */
export class GetSurveyQuestionnaireQuery extends Query<QuestionnaireView> {
  constructor(
    readonly actor: Actor,
    readonly id: string,
  ) {
    super();
  }
}

@QueryHandler(ListMySurveyQuestionnairesQuery)
export class ListMySurveyQuestionnairesHandler implements IQueryHandler<ListMySurveyQuestionnairesQuery> {
  constructor(
    private readonly store: SurveyStore,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
  ) {}

  async execute({ actor }: ListMySurveyQuestionnairesQuery): Promise<QuestionnaireSummaryOfMine[]> {
    const ability = this.abilities.forActor(actor);
    if (!ability.can('read', 'SurveyQuestionnaire')) throw new ForbiddenError();
    const mine = actor.memberships.map((m) => m.organisationId).filter((id) => ability.can('read', asSubject('SurveyQuestionnaire', { organisationId: id })));
    const rows = await this.store.questionnairesFor([...new Set(mine)]);
    const names = await namesOf(this.queries, rows.map((r) => r.organisationId), []);
    return rows.map((q) => ({
      id: q.id, year: q.year, campaignStatus: q.campaignStatus, organisationId: q.organisationId, organisationName: names.organisation(q.organisationId), status: q.status,
      submittedAt: q.submittedAt ? new Date(q.submittedAt).toISOString() : null,
    }));
  }
}

@QueryHandler(GetSurveyQuestionnaireQuery)
export class GetSurveyQuestionnaireHandler implements IQueryHandler<GetSurveyQuestionnaireQuery> {
  constructor(
    private readonly store: SurveyStore,
    private readonly reports: ReportStore,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute({ actor, id }: GetSurveyQuestionnaireQuery): Promise<QuestionnaireView> {
    const q = isUuid(id) ? await this.store.questionnaire(id) : null;
    assertQuestionnaireAccess(this.abilities, actor, 'read', q);
    await this.audit.record({
      action: 'survey.questionnaire_read', subjectType: 'survey_questionnaire', subjectId: q.id,
      actorOrganisationId: actingOrganisationId(this.abilities, actor, 'read', questionnaireSubject(q)), details: { year: q.year, organisationId: q.organisationId },
    });
    return questionnaireView(this.queries, this.reports, q);
  }
}

/** The view of a questionnaire (shared by the reads and the writes, which answer with it). */
export async function questionnaireView(queries: QueryBus, reports: ReportStore, q: QuestionnaireRow): Promise<QuestionnaireView> {
  const counts = q.counts ?? (await reports.surveyCounts({ year: q.year }, q.organisationId)).counts;
  const names = await namesOf(queries, [q.organisationId], q.submittedBy ? [q.submittedBy] : []);
  return {
    id: q.id, campaignId: q.campaignId, year: q.year, campaignStatus: q.campaignStatus, organisationId: q.organisationId,
    organisationName: names.organisation(q.organisationId), status: q.status, version: q.version,
    tables: buildSurvey(counts, 0).map(withLabels), corrections: q.corrections,
    submittedAt: q.submittedAt ? new Date(q.submittedAt).toISOString() : null, submittedByName: names.user(q.submittedBy),
    freshness: await reports.freshness(),
  };
}
