import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** Ac.Sé distancing in a territory: whether the host must also lie outside the regions (not only the départements). */
export interface DistancingRuleView {
  /** A département code, or `national` for the rule every territory follows unless it overrides it. */
  territory: string;
  regions: boolean;
}

/** The national rule first, then the territories that override it. */
export class ListDistancingRulesQuery extends Query<DistancingRuleView[]> {}

/** Set a territory's rule (or the national one), or `reset` a territory back to the national rule. Audited. */
export class SetDistancingRuleCommand extends Command<DistancingRuleView & { overridden: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly territory: string,
    readonly rule: { regions: boolean } | 'reset',
  ) {
    super();
  }
}
