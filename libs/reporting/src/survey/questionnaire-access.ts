import { AbilityFactory, Actor, asSubject, assertVersion, DomainError, ForbiddenError, isUuid, NotFoundError, takeMove } from '@mnio/platform';
import { QUESTIONNAIRE_MOVES } from './domain/campaign';
import type { QuestionnaireRow, SurveyStore } from './survey-store';

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

/**
 * A questionnaire locked for a change by its organisation (`correct`, `submit`): visible and allowed, at the version
 * read, the move legal from its state, in an open campaign. Returns the row and the state the move leads to.
 */
export async function questionnaireForChange(
  store: SurveyStore, abilities: AbilityFactory, actor: Actor, id: string, version: number, move: 'correct' | 'submit',
): Promise<{ q: QuestionnaireRow; to: string }> {
  const q = isUuid(id) ? await store.questionnaire(id, true) : null;
  assertQuestionnaireAccess(abilities, actor, move, q);
  assertVersion('questionnaire', version, q.version);
  const { to } = takeMove(QUESTIONNAIRE_MOVES, q.status, move);
  if (q.campaignStatus !== 'open') throw new DomainError('SURVEY_CAMPAIGN_CLOSED', 'The campaign is closed');
  return { q, to };
}
