import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { DomainError, Db, Transactional } from '@mnio/platform';
import { EffectivePreference, isLocked } from '../domain/preferences';
import { GetNotificationPreferencesQuery } from './preferences.query';
import { SetNotificationPreferencesCommand } from './set-preferences.command';

@CommandHandler(SetNotificationPreferencesCommand)
export class SetNotificationPreferencesHandler implements ICommandHandler<SetNotificationPreferencesCommand> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute({ actor, changes }: SetNotificationPreferencesCommand): Promise<{ items: EffectivePreference[] }> {
    if (changes.some((c) => isLocked(c.channel, c.eventType) && !c.enabled)) {
      throw new DomainError('NOTIFICATION_CHANNEL_LOCKED', 'The in-app inbox and emergency-access emails cannot be turned off');
    }
    // The last change of a pair wins.
    const own = [...new Map(changes.filter((c) => !isLocked(c.channel, c.eventType)).map((c) => [`${c.eventType}/${c.channel}`, c])).values()];
    if (own.length) {
      await this.db.em.query(
        `INSERT INTO notification_preferences (user_id, event_type, channel, enabled)
         SELECT $1, e, c, v FROM unnest($2::text[], $3::text[], $4::boolean[]) AS t(e, c, v)
         ON CONFLICT (user_id, event_type, channel) DO UPDATE SET enabled = excluded.enabled, updated_at = now()`,
        [actor.userId, own.map((c) => c.eventType), own.map((c) => c.channel), own.map((c) => c.enabled)],
      );
    }
    return this.queries.execute(new GetNotificationPreferencesQuery(actor));
  }
}
