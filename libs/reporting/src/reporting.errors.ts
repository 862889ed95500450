import { registerErrorCodes } from '@mnio/platform';

export const ReportingErrors = {
  REPORT_FILTER_INVALID: 422,
} as const;
registerErrorCodes(ReportingErrors);
