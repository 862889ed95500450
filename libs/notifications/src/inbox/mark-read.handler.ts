import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AbilityFactory, asSubject, NotFoundError, organisationIdsOf, Db, Transactional } from '@mnio/platform';
import { MarkAllNotificationsReadCommand, MarkNotificationReadCommand } from './mark-read.command';

@CommandHandler(MarkNotificationReadCommand)
export class MarkNotificationReadHandler implements ICommandHandler<MarkNotificationReadCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
  ) {}

  @Transactional()
  async execute({ actor, notificationId }: MarkNotificationReadCommand): Promise<void> {
    const rows: { user_id: string }[] = await this.db.em.query(
      `SELECT user_id FROM notifications WHERE id = $1 AND organisation_id = ANY($2)`,
      [notificationId, organisationIdsOf(actor)],
    );
    // Someone else's notification answers like a missing one.
    if (!rows[0] || !this.abilities.forActor(actor).can('update', asSubject('Notification', { userId: rows[0].user_id }))) throw new NotFoundError('Notification');
    await this.db.em.query(`UPDATE notifications SET read_at = now() WHERE id = $1 AND read_at IS NULL`, [notificationId]);
  }
}

@CommandHandler(MarkAllNotificationsReadCommand)
export class MarkAllNotificationsReadHandler implements ICommandHandler<MarkAllNotificationsReadCommand> {
  constructor(private readonly db: Db) {}

  @Transactional()
  async execute({ actor }: MarkAllNotificationsReadCommand): Promise<{ updated: number }> {
    const [, updated]: [unknown, number] = await this.db.em.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND organisation_id = ANY($2)`,
      [actor.userId, organisationIdsOf(actor)],
    );
    return { updated };
  }
}
