import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AbilityRules, AppAbility, buildAbility } from './ability';

/**
 * Builds the actor's ability once per request from every context's rules. Contexts register their
 * rules function when their module starts (`AbilityFactory#register`), so platform knows no domain word.
 */
@Injectable()
export class AbilityFactory {
  private readonly rules: AbilityRules[] = [];
  private readonly cache = new WeakMap<Actor, AppAbility>();

  register(rules: AbilityRules): void {
    if (!this.rules.includes(rules)) this.rules.push(rules);
  }

  forActor(actor: Actor): AppAbility {
    let ability = this.cache.get(actor);
    if (!ability) {
      ability = buildAbility(actor, this.rules);
      this.cache.set(actor, ability);
    }
    return ability;
  }
}
