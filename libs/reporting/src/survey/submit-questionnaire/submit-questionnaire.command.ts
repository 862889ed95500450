import { Command, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Actor, bumpVersion, Db, Transactional } from '@mnio/platform';
import { ReportStore } from '../../queries/report-store';
import { questionnaireView } from '../get-questionnaire/get-questionnaire.query';
import { questionnaireForChange, questionnaireSubject } from '../questionnaire-access';
import { SurveyStore } from '../survey-store';
import type { QuestionnaireView } from '../views';

/**
 * « Signer et envoyer »: the signer submits the questionnaire. Its figures are fixed as they stand in the read model
 * now, with the cases they count (kept server-side to count each person once nationally); who and when are
 * recorded; it is read-only afterwards. Versioned (409 VERSION_CONFLICT), an open campaign only, audited.
 */
export class SubmitSurveyQuestionnaireCommand extends Command<QuestionnaireView> {
  constructor(
    readonly actor: Actor,
    readonly id: string,
    readonly version: number,
  ) {
    super();
  }
}

@CommandHandler(SubmitSurveyQuestionnaireCommand)
export class SubmitSurveyQuestionnaireHandler implements ICommandHandler<SubmitSurveyQuestionnaireCommand> {
  constructor(
    private readonly store: SurveyStore,
    private readonly reports: ReportStore,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
    private readonly db: Db,
  ) {}

  @Transactional()
  async execute({ actor, id, version }: SubmitSurveyQuestionnaireCommand): Promise<QuestionnaireView> {
    const { q, to } = await questionnaireForChange(this.store, this.abilities, actor, id, version, 'submit');
    const { counts } = await this.reports.surveyCounts({ year: q.year }, q.organisationId);
    const cases = await this.store.casesOf(q.organisationId, q.year);
    await bumpVersion(this.db.em, {
      table: 'reporting_survey_questionnaires', id: q.id, expected: q.version, subject: 'questionnaire',
      set: `status = $3, counts = $4::jsonb, submitted_by = $5, submitted_at = now()`, params: [to, JSON.stringify(counts), actor.userId],
    });
    await this.store.saveSubmittedCases(q.id, cases);
    await this.audit.record({
      action: 'survey.questionnaire_submitted', subjectType: 'survey_questionnaire', subjectId: q.id,
      actorOrganisationId: actingOrganisationId(this.abilities, actor, 'submit', questionnaireSubject(q)),
      details: { year: q.year, organisationId: q.organisationId, cases: cases.length, corrections: q.corrections.length },
    });
    return questionnaireView(this.queries, this.reports, (await this.store.questionnaire(q.id))!);
  }
}
