import { Inject, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListTerritoriesQuery } from '@mnio/directory';
import { isUuid, TransactionHost, Tx } from '@mnio/platform';
import type { TargetOrganisation } from '../domain/targets';

/**
 * What orientations need to know about organisations: kind, territories and the attribute flags
 * (dnaDedicated, acseNetwork, minorsNetwork, pspApproved). The directory's public queries do not return
 * attributes, so this reads the organisations table as the cases context does for referrals.
 */
@Injectable()
export class OrganisationsReader {
  constructor(
    private readonly txHost: TransactionHost,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  async find(id: string | undefined | null): Promise<TargetOrganisation | null> {
    if (!isUuid(id)) return null;
    const rows: TargetOrganisation[] = await (this.txHost as Tx).tx.query(
      `SELECT id, kind, national, territories, attributes FROM organisations WHERE id = $1 AND active`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Region code of each département (table `territories`, cached by the directory). */
  async regionOf(): Promise<(territory: string) => string | undefined> {
    const territories = await this.queries.execute(new ListTerritoriesQuery());
    const map = new Map(territories.map((t) => [t.code, t.regionCode]));
    return (t) => map.get(t);
  }

  /** Whether Ac.Sé distancing also excludes the regions, for a case followed in `territory` (its own rule, else the global one). */
  async distanceRegions(territory: string): Promise<boolean> {
    const rows: { regions: boolean }[] = await (this.txHost as Tx).tx.query(
      `SELECT acse_distance_regions AS regions FROM orientation_rules WHERE territory IN ($1, '*') ORDER BY territory = '*' LIMIT 1`,
      [territory],
    );
    return rows[0]?.regions ?? true;
  }
}
