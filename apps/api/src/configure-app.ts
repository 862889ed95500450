import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createValidationPipe, HttpErrorFilter, requestIdOf } from '@mnio/platform';
import type { NextFunction, Request, Response } from 'express';

/** Everything main.ts and the e2e tests must set up the same way. */
export function configureApp(app: INestApplication, options: { docs?: boolean } = {}): INestApplication {
  app.useLogger(app.get(Logger));
  const http = app.getHttpAdapter().getInstance() as { set(k: string, v: unknown): void; disable(k: string): void };
  http.set('trust proxy', 'loopback');
  http.disable('x-powered-by');
  app.use((req: Request, res: Response, next: NextFunction) => {
    requestIdOf(req, res);
    // Case data must never sit in a browser or proxy cache.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(helmet());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
  if (options.docs !== false) {
    const config = new DocumentBuilder()
      .setTitle('mnio API')
      .setDescription("Coordination des situations de traite des êtres humains (MNIO). Errors are `{code, message, correlationId, details?}`.")
      .setVersion('1')
      .addBearerAuth()
      .build();
    const document = SwaggerModule.createDocument(app, config);
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  }
  return app;
}
