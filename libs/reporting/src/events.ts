import { declareEvents } from '@mnio/platform';

/**
 * The events the reporting context publishes through the outbox (docs/events.md lists their consumers). Ids and
 * codes only: never a figure of an organisation, never a person.
 */
export const REPORTING_EVENTS = declareEvents({
  /** A survey campaign opened: one per questionnaire, so that the organisation's signers are told (inbox). */
  SurveyQuestionnaireOpened: { questionnaireId: 'uuid', campaignId: 'uuid', organisationId: 'uuid', year: 'count' },
});
