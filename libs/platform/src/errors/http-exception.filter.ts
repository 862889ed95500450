import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
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

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request & { id?: string }>();
    const res = ctx.getResponse<Response>();
    const correlationId = String(req.id ?? '');
    const { status, body, headers } = this.toBody(exception, correlationId);
    if (status >= 500) {
      // Only the error class and code: messages of driver errors may quote parameters.
      this.logger.error({ err: { type: (exception as Error)?.name, code: (exception as { code?: string })?.code }, correlationId }, 'request failed');
    }
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.status(status).json(body);
  }

  private toBody(exception: unknown, correlationId: string): { status: number; body: ErrorBody; headers: Record<string, string> } {
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
      const code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
      const message = status === 404 ? 'Route not found' : status === 400 && (exception as { type?: string }).type === 'entity.parse.failed' ? 'Malformed JSON body' : exception.message;
      return { status, headers, body: { code: status === 400 && message === 'Malformed JSON body' ? 'MALFORMED_JSON' : code, message, correlationId } };
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception as QueryFailedError & { driverError?: { code?: string } }).driverError?.code;
      if (pgCode === '40001' || pgCode === '40P01') {
        return { status: 409, headers, body: { code: 'CONCURRENT_UPDATE', message: 'A concurrent change won; retry', correlationId } };
      }
    }
    const status = (exception as { status?: number; statusCode?: number })?.status ?? (exception as { statusCode?: number })?.statusCode;
    if (status === HttpStatus.PAYLOAD_TOO_LARGE) {
      return { status, headers, body: { code: 'PAYLOAD_TOO_LARGE', message: 'Request body too large', correlationId } };
    }
    if (status === HttpStatus.BAD_REQUEST) {
      return { status, headers, body: { code: 'MALFORMED_JSON', message: 'Malformed request body', correlationId } };
    }
    return { status: 500, headers, body: { code: 'INTERNAL_ERROR', message: 'Internal error', correlationId } };
  }
}
