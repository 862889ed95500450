import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Db, DomainError, NotFoundError, OutboxService, rowsOf, Transactional } from '@mnio/platform';
import { NOTIFICATIONS_EVENTS } from '../events';
import { ReplayDeadLetterCommand } from './replay-dead-letter.command';

@CommandHandler(ReplayDeadLetterCommand)
export class ReplayDeadLetterHandler implements ICommandHandler<ReplayDeadLetterCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    private readonly abilities: AbilityFactory,
  ) {}

  @Transactional()
  async execute({ actor, deadLetterId }: ReplayDeadLetterCommand): Promise<{ deliveryId: string; round: number }> {
    const em = this.db.em;
    const actorOrganisationId = actingOrganisationId(this.abilities, actor, 'replay', 'DeadLetter');
    const letters = await rowsOf<{ delivery_id: string }>(em,
      `UPDATE notification_dead_letters SET replayed_at = now(), replayed_by = $2 WHERE id = $1 AND replayed_at IS NULL RETURNING delivery_id`,
      [deadLetterId, actor.userId],
    );
    if (!letters[0]) {
      const exists: unknown[] = await em.query(`SELECT 1 FROM notification_dead_letters WHERE id = $1`, [deadLetterId]);
      if (!exists.length) throw new NotFoundError('Dead letter');
      throw new DomainError('DEAD_LETTER_ALREADY_REPLAYED', 'This dead letter was already replayed');
    }
    const deliveryId = letters[0].delivery_id;
    const rows = await rowsOf<{ replays: number }>(em,
      `UPDATE notification_deliveries SET status = 'pending', attempts = 0, replays = replays + 1, lease_until = NULL, last_error = NULL, next_attempt_at = now()
       WHERE id = $1 AND status = 'dead' RETURNING replays`,
      [deliveryId],
    );
    if (!rows[0]) throw new DomainError('DEAD_LETTER_ALREADY_REPLAYED', 'This delivery is no longer dead');
    await this.audit.record({ action: 'notification.dead_letter_replayed', subjectType: 'notification_delivery', subjectId: deliveryId, actorOrganisationId, details: { deadLetterId, round: rows[0].replays } });
    await this.outbox.publish(NOTIFICATIONS_EVENTS.NotificationDeliveryReplayRequested, { deliveryId }, deliveryId);
    return { deliveryId, round: rows[0].replays };
  }
}
