import { createHmac } from 'node:crypto';
import { newWebhookSecret, signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook signature', () => {
  const secret = 'whsec_test';
  const body = '{"id":"d1","type":"OrientationRequested"}';
  const ts = 1_767_000_000;
  const now = ts * 1000 + 2000;

  it('is HMAC-SHA256 over "timestamp.body", hex, prefixed', () => {
    const expected = createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
    expect(signWebhook(secret, ts, body)).toBe(`sha256=${expected}`);
  });

  it('verifies what it signs', () => {
    expect(verifyWebhook(secret, String(ts), signWebhook(secret, ts, body), body, now)).toBe(true);
  });

  it.each([
    ['another body', String(ts), () => signWebhook(secret, ts, body), `${body} `],
    ['another secret', String(ts), () => signWebhook('whsec_other', ts, body), body],
    ['a shifted timestamp', String(ts + 1), () => signWebhook(secret, ts, body), body],
    ['a stale timestamp', String(ts - 600), () => signWebhook(secret, ts - 600, body), body],
    ['no signature', String(ts), () => undefined, body],
    ['a malformed timestamp', '12ab', () => signWebhook(secret, ts, body), body],
  ])('refuses %s', (_label, tsHeader, sig, b) => {
    expect(verifyWebhook(secret, tsHeader, sig(), b, now)).toBe(false);
  });

  it('makes distinct, long secrets', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
