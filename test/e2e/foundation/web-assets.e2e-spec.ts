import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startApi, TestApi } from '../../support/app';
import { buildWeb } from '../../support/web';

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The bytes on the wire, as sent (Node's http does not decode them, unlike fetch or supertest). */
function raw(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = get(`${base}${path}`, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the web pages the API serves: precompressed, cached for good when fingerprinted, split by route', () => {
  let api: TestApi;
  let web: { dir: string; remove(): void };
  let base: string;
  let html: string;
  const saved = process.env.MNIO_WEB_DIR;

  beforeAll(async () => {
    web = await buildWeb();
    process.env.MNIO_WEB_DIR = web.dir;
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    html = readFileSync(join(web.dir, 'index.html'), 'utf8');
  }, 300_000);
  afterAll(async () => {
    await api?.close();
    web?.remove();
    if (saved === undefined) delete process.env.MNIO_WEB_DIR;
    else process.env.MNIO_WEB_DIR = saved;
  });

  /** The entry script (the session only), the stylesheet and the application's chunk (preloaded) index.html names. */
  const entry = () => {
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const style = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
    const app = /<link rel="modulepreload" crossorigin href="(\/assets\/start-[^"]+\.js)"/.exec(html)?.[1];
    if (!script || !style || !app) throw new Error(`no entry script, stylesheet or application chunk in index.html: ${html}`);
    return { script, style, app };
  };

  const decoded = (res: Raw) => (res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.body) : res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body).toString('utf8');
  const MARKER = { cookie: 'mnio_refresh=x; mnio_session=1' };

  it('sends index.html uncached (no-store), with the security headers, at every page address, to a browser that may hold a session', async () => {
    for (const path of ['/', '/cases/00000000-0000-4000-8000-000000000000', '/situations']) {
      const res = await raw(base, path, { 'accept-encoding': 'br, gzip', ...MARKER });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['vary']).toMatch(/cookie/i);
      expect(decoded(res)).toBe(html);
    }
  });

  it('sends a browser without the session marker the sign-in page already drawn (inert), at every address but the few whose signed-out page is another', async () => {
    const signIn = readFileSync(join(web.dir, 'sign-in.html'), 'utf8');
    expect(signIn).toContain('<title>Connexion — mnio</title>');
    expect(signIn).toMatch(/<div id="root"><div inert>.*<h1>Connexion à mnio<\/h1>.*<input type="password"[^>]*value=""/s);
    // The same page otherwise: same head (entry script, stylesheet), the root drawn; the application's chunks are not
    // preloaded there (the page paints from the HTML and the stylesheet; the entry asks for them as it runs), the
    // Marianne faces of its text are, and on the signed-in pages they are not (they would share the network with the
    // scripts those pages wait for).
    const MODULES = /\s*<link rel="modulepreload"[^>]*>/g;
    const FONTS = /\s*<link rel="preload" href="\/assets\/Marianne-[^"]+\.woff2" as="font"[^>]*>/g;
    expect(html.match(MODULES)?.length).toBeGreaterThan(0);
    expect(signIn).not.toMatch(MODULES);
    expect(signIn.match(FONTS)).toHaveLength(3);
    expect(html).not.toMatch(FONTS);
    const same = (page: string) =>
      page.replace(/<title>[^<]*<\/title>/, '').replace(/<div id="root">.*<\/div><\/div>\s*|<div id="root"><\/div>\s*/s, '').replace(MODULES, '').replace(FONTS, '');
    expect(same(signIn)).toBe(same(html));
    // Whatever it names under /assets was built and is served.
    for (const asset of new Set(signIn.match(/\/assets\/[\w.-]+/g))) expect([asset, (await raw(base, asset, {}, 'HEAD')).status]).toEqual([asset, 200]);

    for (const [path, headers] of [['/', {}], ['/situations', {}], ['/cases/00000000-0000-4000-8000-000000000000', { cookie: 'mnio_session=0; other=1' }], ['/', { cookie: 'mnio_refresh=x' }]] as const) {
      const res = await raw(base, path, { 'accept-encoding': 'br', ...headers });
      expect([path, res.status, res.headers['cache-control'], res.headers['vary']]).toEqual([path, 200, 'no-store', 'Cookie']);
      expect(decoded(res)).toBe(signIn);
    }
    for (const path of ['/inscription', '/connexion/proconnect', '/connexion/proconnect/fenetre']) {
      expect([path, decoded(await raw(base, path, { 'accept-encoding': 'br' }))]).toEqual([path, html]);
    }
  });

  it('sends each script and stylesheet in brotli to a browser that accepts it, with its type, Vary and a year-long immutable cache', async () => {
    const { script, style, app } = entry();
    const JS = /^text\/javascript|^application\/javascript/;
    // (the entry holds only the session, 6 KB: it compresses less than the large files)
    for (const [path, type, ratio] of [[app, JS, 3], [style, /^text\/css/, 3], [script, JS, 2]] as const) {
      const original = readFileSync(join(web.dir, path));
      const br = await raw(base, path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(type);
      expect(br.headers['vary']).toMatch(/accept-encoding/i);
      expect(br.headers['cache-control']).toBe(IMMUTABLE);
      expect(br.headers['content-security-policy']).toContain("default-src 'self'");
      expect(Number(br.headers['content-length'])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(original.length / ratio);
      expect(brotliDecompressSync(br.body).equals(original)).toBe(true);

      const gz = await raw(base, path, { 'accept-encoding': 'br;q=0, gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['cache-control']).toBe(IMMUTABLE);
      expect(gunzipSync(gz.body).equals(original)).toBe(true);

      const plain = await raw(base, path);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['content-type']).toMatch(type);
      expect(plain.headers['cache-control']).toBe(IMMUTABLE);
      expect(plain.body.equals(original)).toBe(true);

      const head = await raw(base, path, { 'accept-encoding': 'br' }, 'HEAD');
      expect([head.status, head.headers['content-encoding'], head.headers['content-length'], head.body.length]).toEqual([200, 'br', br.headers['content-length'], 0]);
    }
  });

  it('keeps fonts as they are (already compressed) and cached for good; an unknown asset is a 404', async () => {
    const font = readdirSync(join(web.dir, 'assets')).find((f) => /^Marianne-Regular-.*\.woff2$/.test(f))!;
    const res = await raw(base, `/assets/${font}`, { 'accept-encoding': 'br, gzip' });
    expect([res.status, res.headers['content-encoding'], res.headers['cache-control']]).toEqual([200, undefined, IMMUTABLE]);
    expect(readFileSync(join(web.dir, 'sign-in.html'), 'utf8')).toContain(`<link rel="preload" href="/assets/${font}" as="font" type="font/woff2" crossorigin="anonymous">`);
    expect((await raw(base, '/assets/nope-1234.js', { 'accept-encoding': 'br' })).status).toBe(404);
    expect((await raw(base, '/assets/..%2findex.html', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined();
  });

  it('compresses the API JSON answers of some size on the fly, for the clients that accept it only', async () => {
    const br = await raw(base, '/api/docs-json', { 'accept-encoding': 'br' });
    expect([br.status, br.headers['content-encoding'], br.headers['cache-control']]).toEqual([200, 'br', 'no-store']);
    const doc = JSON.parse(brotliDecompressSync(br.body).toString('utf8')) as { openapi: string };
    expect(doc.openapi).toMatch(/^3\./);
    const plain = await raw(base, '/api/docs-json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(br.body.length * 3);
    // Small answers (under 1 KiB) are not worth it.
    const small = await raw(base, '/health', { 'accept-encoding': 'br, gzip' });
    expect([small.status, small.headers['content-encoding']]).toEqual([200, undefined]);
  });

  it('ships each page in its own chunk: the sign-in page’s script holds no case page', async () => {
    const { script } = entry();
    const entryCode = readFileSync(join(web.dir, script), 'utf8');
    const modulePreloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+)"/g)].map((m) => readFileSync(join(web.dir, m[1]), 'utf8'));
    // The entry is the session alone, so that its refresh leaves before the application's chunk has arrived.
    expect(entryCode).toContain('/api/auth/refresh');
    expect(entryCode).not.toContain('Connexion à mnio');
    const signInCode = [entryCode, ...modulePreloads].join('\n');
    expect(signInCode).toContain('Connexion à mnio');
    for (const pageText of ['Parcours et échéances', 'Résumé (sans identité)']) expect(signInCode).not.toContain(pageText);
    const chunks = readdirSync(join(web.dir, 'assets')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => /^CasePage-/.test(f) && readFileSync(join(web.dir, 'assets', f), 'utf8').includes('Parcours et échéances'))).toBe(true);
  });
});
