import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../test/render';
import { api, ApiError, unwrap, UNAVAILABLE_RETRIES } from './client';

const unavailable = () =>
  new Response(JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message: 'x', correlationId: 'c' }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'Retry-After': '1' },
  });

afterEach(() => vi.useRealTimers());

describe('API client during a brief outage (503)', () => {
  it('tries a read again by itself, as Retry-After asks, and returns the answer once the service is back', async () => {
    vi.useFakeTimers();
    let n = 0;
    const calls = stubFetch([[/GET \/api\/cases/, () => (++n <= 2 ? unavailable() : { items: [], nextCursor: null })]]);
    const read = unwrap<{ items: unknown[] }>(api.GET('/api/cases', {}));
    await vi.advanceTimersByTimeAsync(2500);
    expect(await read).toEqual({ items: [], nextCursor: null });
    expect(calls).toHaveLength(3);
  });

  it('gives up after a few tries and says in French that the service is briefly unavailable', async () => {
    vi.useFakeTimers();
    const calls = stubFetch([[/GET \/api\/cases/, () => unavailable()]]);
    const read = unwrap(api.GET('/api/cases', {})).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = (await read) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe('Le service est momentanément indisponible. Réessayez dans quelques instants.');
    expect(calls).toHaveLength(1 + UNAVAILABLE_RETRIES);
  });

  it('never repeats a write: the form stays and the user decides', async () => {
    const calls = stubFetch([[/POST \/api\/cases/, () => unavailable()]]);
    const error = (await unwrap(api.POST('/api/cases', { body: {} as never })).catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(calls).toHaveLength(1);
  });

  it('does not retry other failures', async () => {
    const calls = stubFetch([[/GET \/api\/cases/, () => json(500, { code: 'INTERNAL_ERROR' })]]);
    await unwrap(api.GET('/api/cases', {})).catch(() => undefined);
    expect(calls).toHaveLength(1);
  });
});
