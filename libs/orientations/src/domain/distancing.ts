import { DomainError } from '@mnio/platform';

export interface DistancingInput {
  /** Départements the host covers; a national host has none and cannot prove any distance. */
  hostTerritories: string[];
  /** Where the person is followed (current residence). */
  caseTerritory: string;
  /** Départements of the exploitation events in France. */
  exploitationTerritories: string[];
  /** Region code of a département (table `territories`). */
  regionOf: (territory: string) => string | undefined;
  /** Whether the host must also lie outside those départements' regions (the default; configurable per territory). */
  regions: boolean;
}

/**
 * Ac.Sé geographic distancing: the host lies outside the départements of exploitation and of current
 * residence and, unless configured otherwise, outside their regions. The error names the rule, not the places.
 */
export function assertDistancing(i: DistancingInput): void {
  const near = new Set([i.caseTerritory, ...i.exploitationTerritories]);
  if (i.hostTerritories.length === 0 || i.hostTerritories.some((t) => near.has(t))) {
    throw new DomainError('ELIGIBILITY_DISTANCE', 'The host must lie outside the départements of exploitation and of residence', { rule: 'departement' });
  }
  if (!i.regions) return;
  const nearRegions = new Set([...near].map(i.regionOf).filter((r): r is string => !!r));
  if (i.hostTerritories.some((t) => nearRegions.has(i.regionOf(t) ?? ''))) {
    throw new DomainError('ELIGIBILITY_DISTANCE', 'The host must lie outside the regions of exploitation and of residence', { rule: 'region' });
  }
}
