import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { DeadlineKind, DeadlineRule } from './deadline-rules';

export interface TerritoryRule extends DeadlineRule {
  territory: string;
  /** True when the territory overrides the national default. */
  overridden: boolean;
}

/** The rules in force in a territory: its overrides, else the national defaults. */
export class ListDeadlineRulesQuery extends Query<TerritoryRule[]> {
  constructor(readonly territory: string) {
    super();
  }
}

/** A territory's override of one rule (`reset` goes back to the national default). */
export class SetDeadlineRuleCommand extends Command<TerritoryRule> {
  constructor(
    readonly actor: Actor,
    readonly territory: string,
    readonly kind: DeadlineKind,
    readonly rule: { amount: number; unit: DeadlineRule['unit']; alertBeforeDays: number } | 'reset',
  ) {
    super();
  }
}
