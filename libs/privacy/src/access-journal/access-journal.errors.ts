import { registerErrorCodes } from '@mnio/platform';

/** The journal of who read what: its error codes (French words in apps/web/src/api/error-messages.ts). */
export const AccessJournalErrors = {
  /** The same code and status as the other reports' periods (libs/coordination). */
  REPORT_PERIOD_INVALID: 422,
  /** More entries than one CSV holds: narrow the period, the user or the organisation. */
  ACCESS_JOURNAL_EXPORT_TOO_LARGE: 422,
} as const;

registerErrorCodes(AccessJournalErrors);
