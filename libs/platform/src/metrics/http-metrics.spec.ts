import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { Registry } from 'prom-client';
import { HttpMetrics, routeLabel, statusClass } from './http-metrics';

function request(method: string, route?: string, baseUrl = ''): Request {
  return { method, baseUrl, route: route === undefined ? undefined : { path: route }, path: '/api/cases/0b6c1c8e-54d5-4b36-9d9a-2f3c2f1f0e11' } as unknown as Request;
}

describe('http metrics', () => {
  it('labels by status class', () => {
    expect([200, 201, 304, 404, 409, 500, 503].map(statusClass)).toEqual(['2xx', '2xx', '3xx', '4xx', '4xx', '5xx', '5xx']);
    expect(statusClass(0)).toBe('other');
  });

  it('labels by the matched route template, never the path; unknown paths and the catch-all are unmatched', () => {
    expect(routeLabel(request('GET', '/api/cases/:id'))).toBe('/api/cases/:id');
    expect(routeLabel(request('GET', '/:id', '/api/cases'))).toBe('/api/cases/:id');
    expect(routeLabel(request('GET'))).toBe('unmatched');
    expect(routeLabel(request('GET', '/{*path}'))).toBe('unmatched');
  });

  it('counts each answer once, with its latency, and 5xx as errors', async () => {
    const registry = new Registry();
    const metrics = new HttpMetrics(registry);
    const answer = (req: Request, status: number): void => {
      const res = Object.assign(new EventEmitter(), { statusCode: status }) as unknown as Response;
      let called = false;
      metrics.middleware()(req, res, () => (called = true));
      expect(called).toBe(true);
      res.emit('finish');
    };
    answer(request('GET', '/api/cases/:id'), 200);
    answer(request('GET', '/api/cases/:id'), 200);
    answer(request('POST', '/api/cases'), 503);
    answer(request('PROPFIND'), 404);
    const text = await registry.metrics();
    expect(text).toContain('mnio_http_requests_total{method="GET",route="/api/cases/:id",status_class="2xx"} 2');
    expect(text).toContain('mnio_http_request_errors_total{method="POST",route="/api/cases",status_class="5xx"} 1');
    expect(text).toContain('mnio_http_requests_total{method="OTHER",route="unmatched",status_class="4xx"} 1');
    expect(text).toContain('mnio_http_request_duration_seconds_count{method="GET",route="/api/cases/:id",status_class="2xx"} 2');
    expect(text).not.toMatch(/mnio_http_request_errors_total\{[^}]*2xx/);
    expect(text).not.toContain('0b6c1c8e');
  });
});
