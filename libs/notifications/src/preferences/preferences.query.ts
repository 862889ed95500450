import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import { EffectivePreference, preferenceMatrix } from '../domain/preferences';
import { Db } from '@mnio/platform';

/** The actor's preferences: every event type × channel, defaults filled in. */
export class GetNotificationPreferencesQuery extends Query<{ items: EffectivePreference[] }> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@QueryHandler(GetNotificationPreferencesQuery)
export class GetNotificationPreferencesHandler implements IQueryHandler<GetNotificationPreferencesQuery> {
  constructor(private readonly db: Db) {}

  async execute({ actor }: GetNotificationPreferencesQuery): Promise<{ items: EffectivePreference[] }> {
    const overrides = await this.db.em.query(
      `SELECT event_type AS "eventType", channel, enabled FROM notification_preferences WHERE user_id = $1`,
      [actor.userId],
    );
    return { items: preferenceMatrix(overrides) };
  }
}
