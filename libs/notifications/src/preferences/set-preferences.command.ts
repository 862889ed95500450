import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { EffectivePreference } from '../domain/preferences';
import type { NotificationEventType, UserChannel } from '../domain/event-types';

export interface PreferenceChange {
  eventType: NotificationEventType;
  channel: UserChannel;
  enabled: boolean;
}

/** Sets some of the actor's preferences; the others keep their value. Returns the whole matrix. */
export class SetNotificationPreferencesCommand extends Command<{ items: EffectivePreference[] }> {
  constructor(
    readonly actor: Actor,
    readonly changes: PreferenceChange[],
  ) {
    super();
  }
}
