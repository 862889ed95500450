import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';

/** Paths redacted wherever they appear in a log object. Bodies are never logged in the first place. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-mnio-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.secret',
  '*.totpSecret',
  '*.identity',
  '*.lastName',
  '*.firstNames',
  '*.aliases',
  '*.birthDate',
  '*.phone',
  '*.email',
  '*.narrative',
  '*.location',
  '*.address',
];

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Request id: the caller's `X-Request-Id` when it is a plain token, else a fresh UUID. */
export function requestIdOf(req: IncomingMessage, res?: ServerResponse): string {
  const existing = (req as IncomingMessage & { id?: string }).id;
  if (existing) return existing;
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  (req as IncomingMessage & { id?: string }).id = id;
  res?.setHeader('X-Request-Id', id);
  return id;
}

/** URL without its query string: queries may carry search terms. */
function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0];
}

export function pinoParams(level: string, name: string): Params {
  return {
    pinoHttp: {
      name,
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      genReqId: (req, res) => requestIdOf(req, res),
      customProps: (req) => ({ actorId: (req as IncomingMessage & { actor?: { userId: string } }).actor?.userId }),
      serializers: {
        req: (req: { id: string; method: string; url: string; remoteAddress?: string }) => ({ id: req.id, method: req.method, path: pathOnly(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
    },
  };
}
