import { registerErrorCodes } from '@mnio/platform';

/** Error codes of the privacy context (issue 16). */
export const PrivacyErrors = {
  RETENTION_RULE_UNKNOWN: 404,
  RETENTION_PERIOD_INVALID: 422,
  RETENTION_RUN_NOT_FOUND: 404,
  ERASURE_REASON_INVALID: 422,
} as const;
registerErrorCodes(PrivacyErrors);
