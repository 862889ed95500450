import { registerErrorCodes } from '@mnio/platform';

export const KeyRotationErrors = {
  /** The key id is not in this process's ring (MNIO_ENCRYPTION_KEY, MNIO_BLIND_INDEX_KEY or MNIO_JWT_SECRET). */
  KEY_NOT_HELD: 422,
  KEY_KIND_UNKNOWN: 422,
  KEY_RATE_INVALID: 422,
  KEY_UNKNOWN: 404,
  KEY_ALREADY_CURRENT: 409,
  KEY_IS_CURRENT: 409,
  KEY_RETIRED: 409,
  KEY_FINGERPRINT_MISMATCH: 409,
  KEY_ROTATION_RUNNING: 409,
  KEY_STILL_IN_USE: 409,
} as const;
registerErrorCodes(KeyRotationErrors);
