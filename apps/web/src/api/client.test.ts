import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubFetch } from '../test/render';
import { api, ApiError, retryWait, unwrap, UNAVAILABLE_RETRIES } from './client';

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
    // backoff: 1 s, then 2 s (Retry-After asks 1 s, a floor)
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
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

describe('the wait between two tries of a read (backoff honouring Retry-After)', () => {
  const answer = (retryAfter?: string) => new Response(null, { status: 503, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });

  it('doubles from 1 s when the answer asks nothing', () => {
    expect([0, 1, 2].map((a) => retryWait(answer(), a))).toEqual([1000, 2000, 4000]);
  });

  it('never tries sooner than Retry-After asks, in seconds or as a date', () => {
    expect([0, 1, 2].map((a) => retryWait(answer('5'), a))).toEqual([5000, 5000, 5000]);
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(retryWait(answer('Mon, 07 Dec 2026 10:00:03 GMT'), 0, now)).toBe(3000);
  });

  it('waits at most 10 s, whatever the answer asks', () => {
    expect(retryWait(answer('3600'), 0)).toBe(10_000);
    expect(retryWait(answer(), 6)).toBe(10_000);
  });
});
