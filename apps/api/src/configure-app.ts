import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { ApplicationConfig } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig, createValidationPipe, DatabaseOutage, HttpErrorFilter, Metrics, refuseDeepJson, requestIdOf } from '@mnio/platform';
import type { NextFunction, Request, Response } from 'express';
import { carriesSessionMarker } from './http/directory/session-cookie';
import { IMMUTABLE, jsonCompression, precompressedAssets } from './web-assets';

/** The OpenAPI document's header; `scripts/openapi-export.ts` builds the web client's types from the same settings. */
export function openApiConfig(): Omit<OpenAPIObject, 'paths'> {
  return new DocumentBuilder()
    .setTitle('mnio API')
    .setDescription("Coordination des situations de traite des êtres humains (MNIO). Errors are `{code, message, correlationId, details?}`.")
    .setVersion('1')
    .addServer('/', 'This deployment (the API is served under /api, health under /health)')
    .addBearerAuth()
    .build();
}

/**
 * Everything main.ts and the e2e tests must set up the same way. `web`: the built web application's folder
 * (default `MNIO_WEB_DIR` or `dist/web`), served with a fallback to its index.html for every page path;
 * `false`, or a folder without index.html, serves no pages. `docs`: the OpenAPI document and page, by default
 * as `MNIO_OPENAPI` says (off in production unless `on`).
 */
export function configureApp(app: INestApplication, options: { docs?: boolean; web?: string | false } = {}): INestApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  const http = app.getHttpAdapter().getInstance() as { set(k: string, v: unknown): void; disable(k: string): void };
  // Off unless TRUST_PROXY names the proxies: otherwise anyone could choose their address by sending X-Forwarded-For.
  http.set('trust proxy', config.trustProxy === false ? false : config.trustProxy);
  http.disable('x-powered-by');
  // No ETag computed from every answer's body (a hash of each JSON answer, on every write too): every answer is
  // no-store, so no browser or proxy ever asks for it again. The routes that set their own ETag (a case's version) keep it.
  http.set('etag', false);
  // First, so that every answer is measured (by route template, never by path: see docs/operations.md).
  app.use(app.get(Metrics).http.middleware());
  app.use((req: Request, res: Response, next: NextFunction) => {
    requestIdOf(req, res);
    // Case data must never sit in a browser or proxy cache.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Registered before Nest's default parser (which then stands aside): a body nested too deep is refused
  // from its raw bytes, before JSON.parse and the validators recurse into it.
  (app as NestExpressApplication).useBodyParser('json', { verify: refuseDeepJson() });
  app.use(helmet());
  // The API's JSON answers of some size, compressed on the fly (never files, downloads nor event streams).
  app.use(jsonCompression());
  const web = options.web ?? config.webDir;
  if (web && existsSync(join(web, 'index.html'))) serveWeb(app as NestExpressApplication, web);
  dropNoOpEnhancers(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(app.get(DatabaseOutage)));
  app.enableShutdownHooks();
  if (options.docs ?? config.openApi) {
    const document = SwaggerModule.createDocument(app, openApiConfig());
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  }
  return app;
}

/**
 * nestjs-cls registers a global interceptor and a global guard even when they are not mounted (its context comes from
 * its middleware here): a plain `{ intercept: (_, next) => next.handle() }` and `{ canActivate: () => true }`. For the
 * interceptor alone Nest runs its whole interceptor chain on every request (rxjs observables, async resources bound,
 * the answer awaited through `lastValueFrom`): a few percent of the API's CPU per request (issue 17). Removed here,
 * before the routes are built (`init`/`listen`), with the guard that allows everything; the application's own guards
 * and interceptors are class instances and stay. Nest offers no public way to remove a global enhancer, hence its
 * `config` (test/e2e/foundation/request-pipeline.e2e-spec.ts checks that none is left and that the guards still run).
 */
function dropNoOpEnhancers(app: INestApplication): void {
  const config = (app as unknown as { config?: ApplicationConfig }).config;
  if (!config) return;
  const plain = (enhancer: unknown) => Object.getPrototypeOf(enhancer) === Object.prototype;
  const interceptors = config.getGlobalInterceptors();
  const guards = config.getGlobalGuards();
  interceptors.splice(0, interceptors.length, ...interceptors.filter((i) => !plain(i)));
  guards.splice(0, guards.length, ...guards.filter((g) => !plain(g)));
}

/**
 * The sign-in page drawn at build time (`sign-in.html`, apps/web/src/prerender.tsx) and the addresses whose
 * signed-out page is another one (`sign-in.json`); null when the build wrote none.
 */
function signInPage(dir: string): { file: string; notSignInPaths: Set<string> } | null {
  const file = join(dir, 'sign-in.html');
  const manifest = join(dir, 'sign-in.json');
  if (!existsSync(file) || !existsSync(manifest)) return null;
  const { notSignInPaths } = JSON.parse(readFileSync(manifest, 'utf8')) as { notSignInPaths: string[] };
  return { file, notSignInPaths: new Set(notSignInPaths) };
}

/**
 * Hashed assets are cached for good, and sent precompressed (brotli or gzip, written by the web build) to the
 * browsers that accept it; pages are not cached (no-store, as every answer). `/api` and `/health` keep their JSON 404.
 * A browser without the session marker gets the page with the sign-in page already drawn in it (it paints before
 * the scripts arrive; they then replace it with the same live page), except at the addresses whose signed-out page
 * is another; a browser that may hold a session gets the empty page, which opens the session first.
 */
function serveWeb(app: NestExpressApplication, dir: string): void {
  app.use('/assets', precompressedAssets(join(dir, 'assets')));
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res, path) => {
      if (path.startsWith(join(dir, 'assets'))) res.setHeader('Cache-Control', IMMUTABLE);
    },
  });
  const index = join(dir, 'index.html');
  const signIn = signInPage(dir);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const page = (req.method === 'GET' || req.method === 'HEAD') && !/^\/(api|health)(\/|$)/.test(req.path) && !/\.[a-z0-9]+$/i.test(req.path);
    if (!page) return next();
    res.setHeader('Vary', 'Cookie');
    res.sendFile(signIn && !carriesSessionMarker(req) && !signIn.notSignInPaths.has(req.path) ? signIn.file : index);
  });
}
