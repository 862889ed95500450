import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, FieldCipher } from '@mnio/platform';
import type { DeliveryChannel, NotificationEventType } from '../domain/event-types';
import type { NotificationContent } from '../domain/notification-event';
import { renderEmail } from '../domain/templates';
import { webhookBody } from '../domain/webhook-body';
import { webhookSecretContext } from '../domain/webhook-signature';
import { DPO_RECIPIENT_ID, NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { DeliveryOutcome, logDelivery } from './delivery-log';
import { EmailSender } from './email-sender';
import { RecipientResolver } from './recipient-resolver';
import { SendFailure } from './send-failure';
import { WebhookSender } from './webhook-sender';

interface ClaimedDelivery {
  id: string;
  event_key: string;
  event_type: NotificationEventType;
  channel: DeliveryChannel;
  recipient_id: string;
  organisation_id: string;
  content: NotificationContent;
  attempts: number;
  replays: number;
}

/** Another run holds the delivery's lease; try again once it expires. */
export class LeaseHeld extends Error {
  constructor(readonly retryInMs: number) {
    super('delivery leased by another run');
  }
}

/**
 * Sends one email or webhook delivery at most once per claim. The claim (status `sending` under a lease)
 * is what makes a duplicated job harmless: the second run finds the delivery sent, or leased and waits.
 * A worker that dies mid-send leaves the lease to expire, and the delivery is sent again: receivers get
 * the same delivery id (Message-ID, X-Mnio-Delivery) and can drop the copy.
 */
@Injectable()
export class DeliveryRunner {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly resolver: RecipientResolver,
    private readonly email: EmailSender,
    private readonly webhook: WebhookSender,
    private readonly cipher: FieldCipher,
    @Inject(APP_CONFIG) private readonly app: AppConfig,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async run(channel: DeliveryChannel, deliveryId: string): Promise<DeliveryOutcome> {
    const d = await this.claim(channel, deliveryId);
    if (!d) return this.unclaimed(channel, deliveryId);
    const started = Date.now();
    const line = { deliveryId, eventKey: d.event_key, eventType: d.event_type, channel, recipientId: d.recipient_id, organisationId: d.organisation_id, attempt: d.attempts };
    try {
      const skipped = channel === 'email' ? await this.sendEmail(d) : await this.sendWebhook(d);
      if (skipped) {
        await this.ds.query(`UPDATE notification_deliveries SET status = 'skipped', lease_until = NULL, last_error = $2 WHERE id = $1`, [d.id, skipped]);
        logDelivery({ ...line, outcome: 'skipped', errorCode: skipped, durationMs: Date.now() - started });
        return 'skipped';
      }
      await this.ds.query(`UPDATE notification_deliveries SET status = 'sent', sent_at = now(), lease_until = NULL, last_error = NULL WHERE id = $1`, [d.id]);
      logDelivery({ ...line, outcome: 'sent', durationMs: Date.now() - started });
      return 'sent';
    } catch (e) {
      if (!(e instanceof SendFailure)) {
        // Not the receiver's answer (database, decryption…): hand the delivery back untouched and let the job retry.
        await this.ds.query(`UPDATE notification_deliveries SET status = 'pending', attempts = attempts - 1, lease_until = NULL WHERE id = $1 AND status = 'sending'`, [d.id]).catch(() => undefined);
        throw e;
      }
      const max = channel === 'email' ? this.config.emailAttempts : this.config.webhookAttempts;
      if (!e.retryable || d.attempts >= max) {
        await this.deadLetter(d, e.code);
        logDelivery({ ...line, outcome: 'dead', errorCode: e.code, durationMs: Date.now() - started });
        throw new UnrecoverableError(`dead-lettered: ${e.code}`);
      }
      await this.ds.query(
        `UPDATE notification_deliveries SET status = 'pending', lease_until = NULL, last_error = $2,
           next_attempt_at = now() + $3 * interval '1 millisecond' WHERE id = $1`,
        [d.id, e.code, this.config.backoffMs * 2 ** (d.attempts - 1)],
      );
      logDelivery({ ...line, outcome: 'retry', errorCode: e.code, durationMs: Date.now() - started });
      throw e;
    }
  }

  private async claim(channel: DeliveryChannel, id: string): Promise<ClaimedDelivery | null> {
    const rows: [ClaimedDelivery[], number] = await this.ds.query(
      `UPDATE notification_deliveries SET status = 'sending', attempts = attempts + 1, lease_until = now() + $3 * interval '1 millisecond'
       WHERE id = $1 AND channel = $2 AND (status = 'pending' OR (status = 'sending' AND lease_until < now()))
       RETURNING id, event_key, event_type, channel, recipient_id, organisation_id, content, attempts, replays`,
      [id, channel, this.config.leaseMs],
    );
    return rows[0][0] ?? null;
  }

  private async unclaimed(channel: DeliveryChannel, id: string): Promise<DeliveryOutcome> {
    const rows: { status: string; wait_ms: number | null; event_key: string; event_type: string; recipient_id: string }[] = await this.ds.query(
      `SELECT status, event_key, event_type, recipient_id, ceil(extract(epoch FROM lease_until - now()) * 1000)::int AS wait_ms
       FROM notification_deliveries WHERE id = $1 AND channel = $2`,
      [id, channel],
    );
    const row = rows[0];
    if (!row) return 'missing';
    const line = { deliveryId: id, eventKey: row.event_key, eventType: row.event_type, channel, recipientId: row.recipient_id };
    if (row.status === 'sending' || row.status === 'pending') {
      logDelivery({ ...line, outcome: 'lease_held' });
      throw new LeaseHeld(Math.max(50, (row.wait_ms ?? 0) + 50));
    }
    logDelivery({ ...line, outcome: 'already_done' });
    return 'already_done';
  }

  /** Returns a skip reason when the recipient is no longer entitled; throws SendFailure when the send fails. */
  private async sendEmail(d: ClaimedDelivery): Promise<string | null> {
    if (d.recipient_id === DPO_RECIPIENT_ID) {
      // The data-protection contact is a setting, not a member: entitled by it for as long as it is set.
      if (!this.config.dpoEmail || d.event_type !== 'BreakGlassUsed') return 'not_entitled';
      await this.email.send(d.id, this.config.dpoEmail, renderEmail(d.content, this.app.publicUrl));
      return null;
    }
    const member = await this.resolver.entitledMember(d.event_type, d.content, d.organisation_id, d.recipient_id);
    if (!member) return 'not_entitled';
    await this.email.send(d.id, member.email, renderEmail(d.content, this.app.publicUrl));
    return null;
  }

  private async sendWebhook(d: ClaimedDelivery): Promise<string | null> {
    const found: { url: string; secret_enc: string; organisation_id: string }[] = await this.ds.query(
      `SELECT w.url, w.secret_enc, w.organisation_id FROM notification_webhooks w WHERE w.id = $1 AND w.active AND $2 = ANY(w.event_types)`,
      [d.recipient_id, d.event_type],
    );
    // A deactivated organisation's webhook is inactive too (the directory says which are active).
    const hooks = found[0] && (await this.resolver.activeOrganisations([found[0].organisation_id])).size ? found : [];
    if (!hooks[0]) return 'webhook_inactive';
    if (!(await this.resolver.organisationMaySee(d.content.caseId, d.organisation_id))) return 'not_entitled';
    const secret = this.cipher.decrypt(hooks[0].secret_enc, webhookSecretContext(d.recipient_id));
    const body = webhookBody(d.id, d.event_key, d.organisation_id, d.content, this.app.publicUrl);
    await this.webhook.send(hooks[0].url, secret, d.id, d.event_type, body);
    return null;
  }

  private async deadLetter(d: ClaimedDelivery, code: string): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.query(`UPDATE notification_deliveries SET status = 'dead', lease_until = NULL, last_error = $2 WHERE id = $1`, [d.id, code]);
      await em.query(
        `INSERT INTO notification_dead_letters (delivery_id, round, channel, attempts, last_error) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (delivery_id, round) DO NOTHING`,
        [d.id, d.replays, d.channel, d.attempts, code],
      );
    });
  }
}
