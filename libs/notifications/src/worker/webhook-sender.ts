import { Inject, Injectable } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { isPrivateAddress } from '../domain/webhook-url';
import { DELIVERY_HEADER, EVENT_HEADER, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../domain/webhook-signature';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { SendFailure } from './send-failure';

/**
 * POSTs a signed JSON body. 2xx is delivered; 408, 429, 5xx, timeouts and network errors are retried;
 * other answers (and redirects, which are not followed) are final. Outside development the host must
 * still resolve to a public address when the call is made.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig) {}

  async send(url: string, secret: string, deliveryId: string, eventType: string, body: string): Promise<number> {
    if (!this.config.webhookAllowPrivate) await this.assertPublic(url);
    const timestamp = Math.floor(Date.now() / 1000);
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhookTimeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'mnio-webhooks/1',
          [DELIVERY_HEADER]: deliveryId,
          [EVENT_HEADER]: eventType,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
        },
        body,
      });
      await res.body?.cancel().catch(() => undefined);
    } catch (e) {
      const name = (e as Error).name;
      throw new SendFailure(name === 'TimeoutError' || name === 'AbortError' ? 'http_timeout' : 'http_network', true);
    }
    if (res.status >= 200 && res.status < 300) return res.status;
    const retryable = res.status === 408 || res.status === 429 || res.status >= 500;
    throw new SendFailure(`http_${res.status}`, retryable);
  }

  private async assertPublic(url: string): Promise<void> {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const addresses = await lookup(host, { all: true }).catch(() => {
      throw new SendFailure('http_dns', true);
    });
    if (addresses.some((a) => isPrivateAddress(a.address))) throw new SendFailure('http_private_address', false);
  }
}
