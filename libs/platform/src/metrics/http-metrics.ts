import type { NextFunction, Request, Response } from 'express';
import { Counter, Histogram, Registry } from 'prom-client';

/** `2xx`, `4xx`, `5xx`…: the status class, the only status label (a status code would add little and split series). */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
}

/**
 * The route template Express matched (`/api/cases/:id`), never the path itself: a path carries ids and
 * references. A request no route matched (an unknown path, a web page, a static asset) is `unmatched`.
 */
export function routeLabel(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  const path = typeof route?.path === 'string' ? route.path : undefined;
  // Nest answers unknown paths from a catch-all route (`/{*path}`): as unmatched as no route at all.
  if (!path || path.includes('*')) return 'unmatched';
  return `${req.baseUrl ?? ''}${path}` || '/';
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The request counter and latency histogram, by method, route template and status class. */
export class HttpMetrics {
  private readonly requests: Counter<'method' | 'route' | 'status_class'>;
  private readonly errors: Counter<'method' | 'route' | 'status_class'>;
  private readonly duration: Histogram<'method' | 'route' | 'status_class'>;

  constructor(registry: Registry) {
    const labelNames = ['method', 'route', 'status_class'] as const;
    this.requests = new Counter({ name: 'mnio_http_requests_total', help: 'HTTP requests answered, by method, route template and status class.', labelNames, registers: [registry] });
    this.errors = new Counter({ name: 'mnio_http_request_errors_total', help: 'HTTP requests answered with a 5xx status, by method and route template.', labelNames, registers: [registry] });
    this.duration = new Histogram({
      name: 'mnio_http_request_duration_seconds',
      help: 'HTTP request latency in seconds, by method, route template and status class.',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  }

  /** Express middleware: measures every request from its arrival to the end of its answer. */
  middleware(): (req: Request, res: Response, next: NextFunction) => void {
    return (req, res, next) => {
      const end = this.duration.startTimer();
      res.once('finish', () => {
        const labels = { method: METHODS.has(req.method) ? req.method : 'OTHER', route: routeLabel(req), status_class: statusClass(res.statusCode) };
        end(labels);
        this.requests.inc(labels);
        if (res.statusCode >= 500) this.errors.inc(labels);
      });
      next();
    };
  }
}
