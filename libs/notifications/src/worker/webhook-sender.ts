import { Inject, Injectable } from '@nestjs/common';
import { Agent as HttpAgent, IncomingMessage, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isRefusedAddress } from '../domain/webhook-address';
import { DELIVERY_HEADER, EVENT_HEADER, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../domain/webhook-signature';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { ADDRESS_REFUSED, guardedLookup } from './guarded-lookup';
import { SendFailure } from './send-failure';

/**
 * POSTs a signed JSON body. 2xx is delivered; 408, 429, 5xx, timeouts and network errors are retried;
 * other answers (and redirects, which are not followed) are final. The target address is checked when the
 * socket connects (the agents' `lookup`), and an address literal before the request: a refused address is
 * final (`http_address_refused`).
 */
@Injectable()
/** The agents keep no idle socket (keepAlive off): nothing to destroy at shutdown, and a send in flight when the worker stops finishes and is recorded. */
export class WebhookSender {
  private readonly http: HttpAgent;
  private readonly https: HttpsAgent;

  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig) {
    const lookup = guardedLookup(config.webhookAllowedAddresses);
    this.http = new HttpAgent({ lookup, keepAlive: false });
    this.https = new HttpsAgent({ lookup, keepAlive: false });
  }

  async send(url: string, secret: string, deliveryId: string, eventType: string, body: string): Promise<number> {
    const target = new URL(url);
    const host = target.hostname.replace(/^\[|\]$/g, '');
    // The lookup is not consulted for an address literal: check it here (a literal cannot be re-pointed).
    if (isIP(host) && isRefusedAddress(host, this.config.webhookAllowedAddresses)) throw new SendFailure('http_address_refused', false);
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': 'mnio-webhooks/1',
      [DELIVERY_HEADER]: deliveryId,
      [EVENT_HEADER]: eventType,
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    };
    const status = await this.post(target, headers, body);
    if (status >= 200 && status < 300) return status;
    const retryable = status === 408 || status === 429 || status >= 500;
    throw new SendFailure(`http_${status}`, retryable);
  }

  private post(target: URL, headers: Record<string, string>, body: string): Promise<number> {
    const https = target.protocol === 'https:';
    if (!https && target.protocol !== 'http:') return Promise.reject(new SendFailure('http_protocol', false));
    return new Promise<number>((resolve, reject) => {
      const req = (https ? httpsRequest : httpRequest)(
        target,
        { method: 'POST', headers, agent: https ? this.https : this.http, signal: AbortSignal.timeout(this.config.webhookTimeoutMs) },
        (res: IncomingMessage) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === ADDRESS_REFUSED) return reject(new SendFailure('http_address_refused', false));
        if (e.name === 'AbortError' || e.name === 'TimeoutError' || e.code === 'ABORT_ERR') return reject(new SendFailure('http_timeout', true));
        if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return reject(new SendFailure('http_dns', true));
        reject(new SendFailure('http_network', true));
      });
      req.end(body);
    });
  }
}
