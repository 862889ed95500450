import { registerErrorCodes } from '@mnio/platform';

export const ReportingErrors = {
  REPORT_FILTER_INVALID: 422,
  SURVEY_CAMPAIGN_EXISTS: 409,
  SURVEY_CAMPAIGN_CLOSED: 409,
  SURVEY_CORRECTION_INVALID: 422,
  SURVEY_YEAR_INVALID: 422,
} as const;
registerErrorCodes(ReportingErrors);
