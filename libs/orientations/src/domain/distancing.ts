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

/** Why a host is too close: it covers a département of exploitation or residence, lies in one of their regions, or is national (no distance can be shown). */
export type DistancingRule = 'departement' | 'region' | 'national';

/** Pure: the rule a host breaks for this case, or null when it lies far enough (the place board greys it out with this reason). */
export function distancingProblem(i: DistancingInput): DistancingRule | null {
  if (i.hostTerritories.length === 0) return 'national';
  const near = new Set([i.caseTerritory, ...i.exploitationTerritories]);
  if (i.hostTerritories.some((t) => near.has(t))) return 'departement';
  if (!i.regions) return null;
  const nearRegions = new Set([...near].map(i.regionOf).filter((r): r is string => !!r));
  if (i.hostTerritories.some((t) => nearRegions.has(i.regionOf(t) ?? ''))) return 'region';
  return null;
}

/**
 * Ac.Sé geographic distancing: the host lies outside the départements of exploitation and of current
 * residence and, unless configured otherwise, outside their regions. The error names the rule, not the places.
 */
export function assertDistancing(i: DistancingInput): void {
  const rule = distancingProblem(i);
  if (rule === 'national' || rule === 'departement') {
    throw new DomainError('ELIGIBILITY_DISTANCE', 'The host must lie outside the départements of exploitation and of residence', { rule: 'departement' });
  }
  if (rule === 'region') {
    throw new DomainError('ELIGIBILITY_DISTANCE', 'The host must lie outside the regions of exploitation and of residence', { rule: 'region' });
  }
}
