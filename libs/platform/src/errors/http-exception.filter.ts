import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable, OutageTracker } from './database-outage';
import { DomainError, statusOf } from './domain-error';

interface ErrorBody {
  code: string;
  message: string;
  correlationId: string;
  details?: unknown;
}

const HTTP_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** The one place where failures become HTTP answers: `{code, message, correlationId, details?}`, nothing more. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  /** `outage`: counts the requests refused while PostgreSQL is unreachable and logs the outage once (none: each is logged). */
  constructor(private readonly outage?: OutageTracker) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const correlationId = String(req.id ?? '');
    if (isDatabaseUnreachable(exception)) {
      // A request that cannot reach PostgreSQL is an outage, not a bug: 503 with a stable code and Retry-After.
      if (this.outage) this.outage.refused();
      else this.logger.error({ err: { type: (exception as Error)?.name, code: (exception as { code?: string })?.code }, correlationId }, 'database unreachable');
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.status(503).json({ code: 'SERVICE_UNAVAILABLE', message: 'The service is briefly unavailable; retry shortly', correlationId });
      return;
    }
    const { status, body, headers } = this.toBody(exception, correlationId, req);
    // A declared 503 (readiness while PostgreSQL is down): an answer, not a failure; the outage is logged once, above.
    const declaredUnavailable = status === 503 && exception instanceof HttpException;
    if (declaredUnavailable) headers['Retry-After'] ??= String(DATABASE_RETRY_AFTER_SECONDS);
    if (status >= 500 && !declaredUnavailable) {
      // Only the error class and code: messages of driver errors may quote parameters.
      this.logger.error({ err: { type: (exception as Error)?.name, code: (exception as { code?: string })?.code }, correlationId }, 'request failed');
    }
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.status(status).json(body);
  }

  private toBody(exception: unknown, correlationId: string, req: Request): { status: number; body: ErrorBody; headers: Record<string, string> } {
    const headers: Record<string, string> = {};
    if (exception instanceof DomainError) {
      const status = statusOf(exception.code);
      if (status === 429 && typeof exception.details?.retryAfterSeconds === 'number') {
        headers['Retry-After'] = String(exception.details.retryAfterSeconds);
      }
      return { status, headers, body: { code: exception.code, message: exception.message, correlationId, ...(exception.details ? { details: exception.details } : {}) } };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse() as { code?: string; message?: unknown; details?: unknown } | string;
      if (typeof response === 'object' && response.code) {
        return { status, headers, body: { code: response.code, message: String(response.message ?? ''), correlationId, ...(response.details ? { details: response.details } : {}) } };
      }
      // Nest turns the body parser's SyntaxError into a BadRequestException whose message quotes the body.
      if (status === 400 && unparsedJsonBody(req)) {
        return { status, headers, body: { code: 'MALFORMED_JSON', message: 'Malformed JSON body', correlationId } };
      }
      const code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
      const message = status === 404 ? 'Route not found' : exception.message;
      return { status, headers, body: { code, message, correlationId } };
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (pgCode === '40001' || pgCode === '40P01') {
        return { status: 409, headers, body: { code: 'CONCURRENT_UPDATE', message: 'A concurrent change won; retry', correlationId } };
      }
      // Class 22 (data exception) comes from a value the client sent, e.g. a NUL character in a text.
      if (pgCode?.startsWith('22')) {
        return { status: 400, headers, body: { code: 'VALIDATION_FAILED', message: 'A value in the request cannot be stored', correlationId } };
      }
      // A constraint the database guards as a last line (unique key, CHECK): a concurrent change got there first.
      if (pgCode === '23505' || pgCode === '23514') {
        return { status: 409, headers, body: { code: 'CONFLICT', message: 'The change conflicts with the current state; reload and retry', correlationId } };
      }
    }
    const status = (exception as { status?: number; statusCode?: number })?.status ?? (exception as { statusCode?: number })?.statusCode;
    if (status === HttpStatus.BAD_REQUEST && (exception as { code?: string }).code === 'JSON_TOO_DEEP') {
      return { status, headers, body: { code: 'JSON_TOO_DEEP', message: 'JSON body nested too deep', correlationId } };
    }
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
      return { status, headers, body: { code: 'PAYLOAD_TOO_LARGE', message: 'Request body too large', correlationId } };
    }
    if (status === HttpStatus.BAD_REQUEST) {
      return { status, headers, body: { code: 'MALFORMED_JSON', message: 'Malformed request body', correlationId } };
    }
    // Other refusals of the body parser (unsupported charset or encoding): a client error, not a 500.
    if (typeof status === 'number' && status > 400 && status < 500 && (exception as { expose?: boolean }).expose) {
      return { status, headers, body: { code: HTTP_CODES[status] ?? 'BAD_REQUEST', message: 'Request body refused', correlationId } };
    }
    return { status: 500, headers, body: { code: 'INTERNAL_ERROR', message: 'Internal error', correlationId } };
  }
}

/** A JSON body was sent but never parsed: the body parser refused it. */
function unparsedJsonBody(req: Request): boolean {
  const hasBody = req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
  return hasBody && req.body === undefined && /\bjson\b/i.test(String(req.headers['content-type'] ?? ''));
}
