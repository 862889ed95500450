import type { CellCaseCounts } from '@mnio/cases';
import { loadCoordinationConfig } from '../coordination.config';
import { DashboardCountsCache } from './dashboard-counts.cache';

const counts = (n: number): CellCaseCounts => ({ reviewPending: n, overdue: { count: 0, byKind: {} }, upcoming: { count: 0, byKind: {} }, activeCases: n, byExploitationForm: {} });
const cache = (seconds: number) => new DashboardCountsCache({ ...loadCoordinationConfig({}), dashboardCountsSeconds: seconds });

describe('dashboard counts cache', () => {
  afterEach(() => jest.useRealTimers());

  it('reuses counts for the configured time, per cell and day, and shares one computation', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
    const c = cache(30);
    let calls = 0;
    const load = jest.fn(async () => counts(++calls));
    const [a, b] = await Promise.all([c.get('cell', '2026-12-01', load), c.get('cell', '2026-12-01', load)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(b).toEqual(a);
    await c.get('other', '2026-12-01', load);
    await c.get('cell', '2026-12-02', load);
    expect(load).toHaveBeenCalledTimes(3);
    jest.setSystemTime(new Date('2026-12-01T10:00:29Z'));
    expect((await c.get('cell', '2026-12-01', load)).counts.reviewPending).toBe(1);
    jest.setSystemTime(new Date('2026-12-01T10:00:30Z'));
    const fresh = await c.get('cell', '2026-12-01', load);
    expect(fresh.counts.reviewPending).toBe(4);
    expect(fresh.asOf.toISOString()).toBe('2026-12-01T10:00:30.000Z');
  });

  it('drops a cell’s counts on its own writes, and a failed computation', async () => {
    const c = cache(30);
    const load = jest.fn(async () => counts(1));
    await c.get('cell', 'd', load);
    c.invalidate('cell');
    await c.get('cell', 'd', load);
    expect(load).toHaveBeenCalledTimes(2);
    await expect(c.get('broken', 'd', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    await expect(c.get('broken', 'd', async () => counts(7))).resolves.toMatchObject({ counts: { reviewPending: 7 } });
  });

  it('computes every time when reuse is off', async () => {
    const c = cache(0);
    const load = jest.fn(async () => counts(1));
    await c.get('cell', 'd', load);
    await c.get('cell', 'd', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
