import { Command, CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Actor, bumpVersion, Db, Transactional } from '@mnio/platform';
import { ReportStore } from '../../queries/report-store';
import { Correction, validCorrections } from '../domain/campaign';
import { questionnaireView } from '../get-questionnaire/get-questionnaire.query';
import { questionnaireForChange, questionnaireSubject } from '../questionnaire-access';
import { SurveyStore } from '../survey-store';
import type { QuestionnaireView } from '../views';

/**
 * The organisation's signer records what its files do not hold: persons met outside mnio, per line, each with a
 * reason code (never free text). Replaces the list; a draft of an open campaign only; versioned (409
 * VERSION_CONFLICT when another signer saved in between). Audited with counts and codes.
 */
export class CorrectSurveyQuestionnaireCommand extends Command<QuestionnaireView> {
  constructor(
    readonly actor: Actor,
    readonly id: string,
    readonly version: number,
    readonly corrections: Correction[],
  ) {
    super();
  }
}

@CommandHandler(CorrectSurveyQuestionnaireCommand)
export class CorrectSurveyQuestionnaireHandler implements ICommandHandler<CorrectSurveyQuestionnaireCommand> {
  constructor(
    private readonly store: SurveyStore,
    private readonly reports: ReportStore,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
    private readonly db: Db,
  ) {}

  @Transactional()
  async execute({ actor, id, version, corrections }: CorrectSurveyQuestionnaireCommand): Promise<QuestionnaireView> {
    const { q } = await questionnaireForChange(this.store, this.abilities, actor, id, version, 'correct');
    const valid = validCorrections(corrections);
    await bumpVersion(this.db.em, {
      table: 'reporting_survey_questionnaires', id: q.id, expected: q.version, subject: 'questionnaire', set: `corrections = $3::jsonb`, params: [JSON.stringify(valid)],
    });
    await this.audit.record({
      action: 'survey.questionnaire_corrected', subjectType: 'survey_questionnaire', subjectId: q.id,
      actorOrganisationId: actingOrganisationId(this.abilities, actor, 'correct', questionnaireSubject(q)),
      details: { year: q.year, corrections: valid.length, persons: valid.reduce((a, c) => a + c.count, 0), reasons: [...new Set(valid.map((c) => c.reason))].sort() },
    });
    return questionnaireView(this.queries, this.reports, (await this.store.questionnaire(q.id))!);
  }
}
