import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@mnio/platform';
import type { RenderedEmail } from '../domain/templates';
import { SendFailure } from './send-failure';

/** SMTP through nodemailer, one pooled transport per worker. The Message-ID is the delivery id: a receiver can drop a resend. */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(deliveryId: string, to: string, mail: RenderedEmail): Promise<void> {
    if (!this.config.smtpUrl) throw new SendFailure('smtp_not_configured', false);
    this.transport ??= createTransport({ url: this.config.smtpUrl, pool: true, maxConnections: 4, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${deliveryId}@mnio>`,
        headers: { 'X-Mnio-Delivery': deliveryId, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (e) {
      const err = e as { responseCode?: number; code?: string };
      // 5xx: the server refuses this message for good; anything else (4xx, network) may pass later.
      if (err.responseCode && err.responseCode >= 500) throw new SendFailure(`smtp_${err.responseCode}`, false);
      throw new SendFailure(err.responseCode ? `smtp_${err.responseCode}` : `smtp_${(err.code ?? 'error').toLowerCase()}`, true);
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
