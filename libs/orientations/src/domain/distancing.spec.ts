import { DomainError } from '@mnio/platform';
import { assertDistancing, distancingProblem, DistancingInput } from './distancing';

const REGIONS: Record<string, string> = { '93': '11', '75': '11', '77': '11', '13': '93', '06': '93', '69': '84', '33': '75' };
const base: DistancingInput = { hostTerritories: ['13'], caseTerritory: '93', exploitationTerritories: ['93'], regionOf: (t) => REGIONS[t], regions: true };

function outcome(over: Partial<DistancingInput>): string {
  try {
    assertDistancing({ ...base, ...over });
    return 'ok';
  } catch (e) {
    return `${(e as DomainError).code}:${(e as DomainError).details?.rule}`;
  }
}

describe('Ac.Sé distancing', () => {
  it.each([
    ['a host in another region', {}, 'ok'],
    ['a host in the département of residence', { hostTerritories: ['93'] }, 'ELIGIBILITY_DISTANCE:departement'],
    ['a host in a département of exploitation', { caseTerritory: '69', exploitationTerritories: ['13'] }, 'ELIGIBILITY_DISTANCE:departement'],
    ['a host in the region of residence', { hostTerritories: ['77'] }, 'ELIGIBILITY_DISTANCE:region'],
    ['a host in the region of exploitation', { caseTerritory: '33', exploitationTerritories: ['06'] }, 'ELIGIBILITY_DISTANCE:region'],
    ['a host in the same region when the territory waives the region rule', { hostTerritories: ['77'], regions: false }, 'ok'],
    ['a host in the same département even without the region rule', { hostTerritories: ['93'], regions: false }, 'ELIGIBILITY_DISTANCE:departement'],
    ['a host covering several départements, one of them near', { hostTerritories: ['69', '75'] }, 'ELIGIBILITY_DISTANCE:region'],
    ['a national host (no département to check)', { hostTerritories: [] }, 'ELIGIBILITY_DISTANCE:departement'],
    ['no exploitation in France', { exploitationTerritories: [], hostTerritories: ['69'] }, 'ok'],
  ] as [string, Partial<DistancingInput>, string][])('%s: %s', (_label, over, expected) => {
    expect(outcome(over)).toBe(expected);
  });
});

describe('distancingProblem (the place board)', () => {
  it.each([
    [{}, null],
    [{ hostTerritories: ['93'] }, 'departement'],
    [{ hostTerritories: ['77'] }, 'region'],
    [{ hostTerritories: ['77'], regions: false }, null],
    [{ hostTerritories: [] }, 'national'],
  ] as [Partial<DistancingInput>, string | null][])('%j → %s', (over, expected) => {
    expect(distancingProblem({ ...base, ...over })).toBe(expected);
  });
});
