import express from 'express';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { acceptedEncodings, jsonCompression } from './web-assets';

describe('acceptedEncodings', () => {
  it('reads codings and their weights, `*` for the others, nothing but the identity without a header', () => {
    const chrome = acceptedEncodings('gzip, deflate, br, zstd');
    expect(['br', 'gzip', 'zstd'].map(chrome)).toEqual([true, true, true]);
    expect(chrome('compress')).toBe(false);
    const refusesBrotli = acceptedEncodings('br;q=0, gzip;q=0.8');
    expect([refusesBrotli('br'), refusesBrotli('gzip')]).toEqual([false, true]);
    const star = acceptedEncodings('*;q=0.5, gzip;q=0');
    expect([star('br'), star('gzip')]).toEqual([true, false]);
    expect([acceptedEncodings(undefined)('br'), acceptedEncodings('')('gzip')]).toEqual([false, false]);
    expect(acceptedEncodings('BR ; Q=1')('br')).toBe(true);
    expect(acceptedEncodings('br;q=nonsense')('br')).toBe(false);
  });
});

describe('jsonCompression', () => {
  let server: Server;
  let base: string;
  const big = { items: Array.from({ length: 200 }, (_, i) => ({ id: i, label: `élément ${i}` })) };

  beforeAll(async () => {
    const app = express();
    app.use(jsonCompression());
    app.all('/api/items', (_req, res) => {
      res.json(big);
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('compresses a read’s JSON answer of 1 KiB or more, and not a write’s', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await fetch(`${base}/api/items`, { method, headers: { 'accept-encoding': 'br' } });
      expect([method, res.headers.get('content-encoding')]).toEqual([method, method === 'GET' ? 'br' : null]);
      // fetch decodes brotli itself: the same JSON either way.
      expect(await res.json()).toEqual(big);
    }
  });
});
