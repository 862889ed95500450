import { Inject, Injectable } from '@nestjs/common';
import type { CellCaseCounts } from '@mnio/cases';
import { COORDINATION_CONFIG, CoordinationConfig } from '../coordination.config';

interface Entry {
  at: number;
  value: Promise<CellCaseCounts>;
}

/**
 * A cell's dashboard counts, reused by this process for a few seconds (`MNIO_CELL_DASHBOARD_COUNTS_SECONDS`):
 * they aggregate every case and deadline of the cell, while the lists beside them stay live. Concurrent
 * requests share one computation. Pseudonymised numbers only, served after each request's own checks.
 * The cell's own writes in this process (decisions, actions) drop its entry at once.
 */
@Injectable()
export class DashboardCountsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(@Inject(COORDINATION_CONFIG) private readonly config: CoordinationConfig) {}

  async get(cellId: string, day: string, load: () => Promise<CellCaseCounts>): Promise<{ counts: CellCaseCounts; asOf: Date }> {
    const ttl = this.config.dashboardCountsSeconds * 1000;
    const key = `${cellId}|${day}`;
    const now = Date.now();
    let entry = this.entries.get(key);
    if (!entry || now - entry.at >= ttl) {
      for (const [k, e] of this.entries) if (now - e.at >= ttl) this.entries.delete(k);
      entry = { at: now, value: load() };
      if (ttl > 0) this.entries.set(key, entry);
      entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    }
    return { counts: await entry.value, asOf: new Date(entry.at) };
  }

  invalidate(cellId: string): void {
    for (const k of this.entries.keys()) if (k.startsWith(`${cellId}|`)) this.entries.delete(k);
  }
}
