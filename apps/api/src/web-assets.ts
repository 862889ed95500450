import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import compression from 'compression';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Fingerprinted assets (their name changes with their content): kept by browsers and proxies for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The encodings the web build writes beside each asset (`<name>.br`, `<name>.gz`), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof PRECOMPRESSED)[number]['encoding'];

/**
 * The content codings a request accepts, with their weights, from its `Accept-Encoding` header (RFC 9110 §12.5.3).
 * A missing header accepts only the identity (we do not guess); `*` stands for every coding not named.
 */
export function acceptedEncodings(header: string | undefined): (coding: string) => boolean {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.toLowerCase().split(';');
    const name = coding.trim();
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  return (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
}

/**
 * Serves the precompressed copy of an asset (brotli, else gzip) when the browser accepts it, with the asset's own
 * type, `Content-Encoding`, `Vary: Accept-Encoding` and the year-long cache; anything else goes on to the static
 * files. Only the names found in the folder at start-up are served (no path from the request reaches the disk).
 */
export function precompressedAssets(assetsDir: string): RequestHandler {
  const variants = new Map<string, Encoding[]>();
  const files = existsSync(assetsDir) ? new Set(readdirSync(assetsDir)) : new Set<string>();
  for (const file of files) {
    const found = PRECOMPRESSED.filter(({ suffix }) => files.has(file + suffix)).map(({ encoding }) => encoding);
    if (found.length) variants.set(file, found);
  }
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.replace(/^\//, '');
    const available = variants.get(name);
    if (!available) return next();
    res.vary('Accept-Encoding');
    const accepts = acceptedEncodings(req.headers['accept-encoding']);
    const chosen = PRECOMPRESSED.find(({ encoding }) => available.includes(encoding) && accepts(encoding));
    if (!chosen) return next();
    res.type(extname(name));
    res.setHeader('Content-Encoding', chosen.encoding);
    res.setHeader('Cache-Control', IMMUTABLE);
    res.sendFile(join(assetsDir, name + chosen.suffix), { dotfiles: 'deny', cacheControl: false }, (err) => {
      if (err && !res.headersSent) {
        res.removeHeader('Content-Encoding');
        next();
      }
    });
  };
}

/** Answers that carry tokens are never compressed (no compression side channel on them, however unlikely). */
const NEVER_COMPRESSED = /^\/api\/auth(\/|$)/;

/**
 * On-the-fly compression (brotli at quality 4, else gzip) of the API's JSON answers of 1 KiB or more to reads
 * (`GET`, `HEAD`), and of nothing else: files, exports and downloads go out as they stream, and an event stream is
 * never held back in a compressor's buffer; the web's assets are precompressed at build (`precompressedAssets`).
 * A write's answer is an id, a version or the written item, a few hundred bytes: the compressor's wrapping and its
 * negotiation of `Accept-Encoding` cost every write about 4% of the API's CPU (issue 17's profile) for nothing.
 */
export function jsonCompression(): RequestHandler {
  const compress = compression({
    threshold: 1024,
    filter: (req, res) => {
      if (NEVER_COMPRESSED.test(req.path)) return false;
      const type = String(res.getHeader('Content-Type') ?? '');
      return /^application\/(?:[a-z0-9.+-]+\+)?json\b/i.test(type);
    },
  }) as RequestHandler;
  return (req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? compress(req, res, next) : next());
}
