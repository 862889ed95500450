import { AbilityFactory, Actor, asSubject, ForbiddenError, NotFoundError } from '@mnio/platform';
import type { QuestionnaireRow } from './survey-store';

export type QuestionnaireAction = 'read' | 'correct' | 'submit';

/**
 * Who may act on a questionnaire: a role with no questionnaire at all gets 403; another organisation's questionnaire
 * is invisible (404, the same body as a missing one).
 */
export function assertQuestionnaireAccess(abilities: AbilityFactory, actor: Actor, action: QuestionnaireAction, q: QuestionnaireRow | null): asserts q is QuestionnaireRow {
  const ability = abilities.forActor(actor);
  if (!ability.can(action, 'SurveyQuestionnaire')) throw new ForbiddenError();
  if (!q || !ability.can(action, asSubject('SurveyQuestionnaire', { organisationId: q.organisationId }))) throw new NotFoundError('Questionnaire');
}

export const questionnaireSubject = (q: QuestionnaireRow) => asSubject('SurveyQuestionnaire', { organisationId: q.organisationId });
