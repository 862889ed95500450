import { lookup } from 'node:dns/promises';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { guardedLookup, loadNotificationsConfig, NotificationsConfig, parseAllowedAddresses, WebhookSender } from '@mnio/notifications';
import { startApi, TestApi } from '../../support/app';
import { WebhookReceiver } from '../../support/webhook-receiver';

const REFUSED = [
  ['10/8', 'https://10.0.0.1/hook'],
  ['172.16/12', 'https://172.20.1.1/hook'],
  ['192.168/16', 'https://192.168.0.10/hook'],
  ['127/8', 'https://127.0.0.1/hook'],
  ['127/8, far end', 'https://127.255.0.9/hook'],
  ['127/8, octal spelling', 'https://0177.0.0.1/hook'],
  ['169.254/16', 'https://169.254.169.254/latest/meta-data'],
  ['::1', 'https://[::1]/hook'],
  ['fc00::/7', 'https://[fd00::1]/hook'],
  ['fe80::/10', 'https://[fe80::1]/hook'],
  ['::ffff:127.0.0.1', 'https://[::ffff:127.0.0.1]/hook'],
  ['64:ff9b::/96 of 10.0.0.1', 'https://[64:ff9b::a00:1]/hook'],
  ['0.0.0.0', 'https://0.0.0.0/hook'],
  ['100.64/10', 'https://100.64.1.1/hook'],
  ['multicast', 'https://224.0.0.251/hook'],
  ['IPv6 multicast', 'https://[ff02::1]/hook'],
  ['broadcast', 'https://255.255.255.255/hook'],
  ['localhost', 'https://localhost/hook'],
] as const;

/**
 * Webhook targets: refused when saved (address literals, local names) and, for names, when the worker
 * connects (the agents' lookup checks every resolved address). The test run allows 127.0.0.1 for the
 * other webhook tests (NOTIFY_WEBHOOK_ALLOW_ADDRESSES); this file's app and senders run without it.
 */
describe('webhook targets', () => {
  let api: TestApi;
  let receiver: WebhookReceiver;
  const strict: NotificationsConfig = { ...loadNotificationsConfig({ NOTIFY_WEBHOOK_TIMEOUT_MS: '2000' }) };
  beforeAll(async () => {
    const before = process.env.NOTIFY_WEBHOOK_ALLOW_ADDRESSES;
    delete process.env.NOTIFY_WEBHOOK_ALLOW_ADDRESSES;
    try {
      api = await startApi();
    } finally {
      if (before !== undefined) process.env.NOTIFY_WEBHOOK_ALLOW_ADDRESSES = before;
    }
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    await receiver.close();
    await api.close();
  });

  it.each(REFUSED)('refuses a webhook to %s (%s) when it is saved', async (_range, url) => {
    const coordinator = await api.as('coord.93@demo.mnio.test');
    const res = await coordinator.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.asso93, url, eventTypes: ['OrientationAccepted'] });
    // 422 from the address check; the DTO's URL validator already refuses odd spellings (octal) with 400.
    expect([res.status, res.body.code]).toEqual(res.status === 400 ? [400, 'VALIDATION_FAILED'] : [422, 'WEBHOOK_URL_NOT_ALLOWED']);
  });

  it('refuses the test receiver itself without the allowance, over http and https', async () => {
    const coordinator = await api.as('coord.93@demo.mnio.test');
    for (const url of [receiver.url('/x'), receiver.url('/x').replace('http:', 'https:')]) {
      const res = await coordinator.post('/api/notification-webhooks').send({ organisationId: DEMO_ORGS.asso93, url, eventTypes: ['OrientationAccepted'] }).expect(422);
      expect(res.body.code).toBe('WEBHOOK_URL_NOT_ALLOWED');
    }
  });

  it('checks a name when the worker connects: one resolving to loopback is refused and nothing reaches it', async () => {
    expect((await lookup('localhost', { all: true })).map((a) => a.address)).toEqual(expect.arrayContaining([expect.stringMatching(/^(127\.|::1$)/)]));
    const sender = new WebhookSender(strict);
    await expect(sender.send(`http://localhost:${receiver.port}/hook`, 'whsec_x', 'd-1', 'OrientationAccepted', '{}')).rejects.toMatchObject({ code: 'http_address_refused', retryable: false });
    await expect(sender.send(`https://localhost:${receiver.port}/hook`, 'whsec_x', 'd-2', 'OrientationAccepted', '{}')).rejects.toMatchObject({ code: 'http_address_refused' });
    expect(receiver.calls).toHaveLength(0);
  });

  it.each(REFUSED.filter(([, url]) => !url.includes('localhost')))('the worker refuses an address literal of %s before connecting', async (_range, url) => {
    const sender = new WebhookSender(strict);
    await expect(sender.send(url, 'whsec_x', 'd-3', 'OrientationAccepted', '{}')).rejects.toMatchObject({ code: 'http_address_refused', retryable: false });
  });

  it('the lookup refuses a name if any of its addresses is refused, and answers public ones', async () => {
    const resolve = (name: string, allowed = parseAllowedAddresses('')) =>
      new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((done) => guardedLookup(allowed)(name, { all: true }, (err, address) => done({ err, address })));
    expect((await resolve('localhost')).err?.code).toBe('EMNIO_ADDRESS_REFUSED');
    // An IPv4 literal given to the lookup (as net does for names only) is checked too.
    expect((await resolve('127.0.0.1')).err?.code).toBe('EMNIO_ADDRESS_REFUSED');
    expect((await resolve('8.8.8.8')).address).toEqual([{ address: '8.8.8.8', family: 4 }]);
  });

  it('delivers to an address the operator allowed, and to it only', async () => {
    const sender = new WebhookSender({ ...strict, webhookAllowedAddresses: parseAllowedAddresses('127.0.0.1') });
    await expect(sender.send(receiver.url('/allowed'), 'whsec_x', 'd-4', 'OrientationAccepted', '{"ok":true}')).resolves.toBe(200);
    // The name still resolves to ::1 as well, which is not allowed: refused as a whole.
    const viaName = sender.send(`http://localhost:${receiver.port}/by-name`, 'whsec_x', 'd-5', 'OrientationAccepted', '{}');
    const localhostHasV6 = (await lookup('localhost', { all: true })).some((a) => a.family === 6);
    if (localhostHasV6) await expect(viaName).rejects.toMatchObject({ code: 'http_address_refused' });
    else await expect(viaName).resolves.toBe(200);
    await expect(sender.send('http://127.0.0.2:9/hook', 'whsec_x', 'd-6', 'OrientationAccepted', '{}')).rejects.toMatchObject({ code: 'http_address_refused' });
    expect(receiver.calls.map((c) => c.path)).toContain('/allowed');
  });
});
