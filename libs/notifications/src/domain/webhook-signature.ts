import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Mnio-Signature';
export const TIMESTAMP_HEADER = 'X-Mnio-Timestamp';
export const DELIVERY_HEADER = 'X-Mnio-Delivery';
export const EVENT_HEADER = 'X-Mnio-Event';

/** `sha256=<hex>` of HMAC-SHA256(secret, `<timestamp>.<body>`): the timestamp is signed so a capture cannot be replayed later. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does: recompute, compare in constant time, refuse stale timestamps (default 5 minutes). */
export function verifyWebhook(secret: string, timestampHeader: string | undefined, signatureHeader: string | undefined, body: string, nowMs = Date.now(), toleranceSeconds = 300): boolean {
  if (!timestampHeader || !signatureHeader || !/^\d{1,12}$/.test(timestampHeader)) return false;
  const timestamp = Number(timestampHeader);
  if (Math.abs(nowMs / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signatureHeader);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** Associated data binding an encrypted secret to its webhook row. */
export const webhookSecretContext = (webhookId: string): string => `webhook:${webhookId}/secret`;
