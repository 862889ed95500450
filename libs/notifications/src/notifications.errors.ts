import { registerErrorCodes } from '@mnio/platform';

export const NotificationsErrors = {
  NOTIFICATION_CHANNEL_LOCKED: 422,
  WEBHOOK_URL_NOT_ALLOWED: 422,
  DEAD_LETTER_ALREADY_REPLAYED: 409,
} as const;
registerErrorCodes(NotificationsErrors);
