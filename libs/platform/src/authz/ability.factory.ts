import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { AbilityRules, AppAbility, buildAbility } from './ability';

/** Abilities kept for reuse: a few per signed-in person (one for the actor, one per membership). */
const CACHED_ABILITIES = 2_000;

/**
 * Builds the actor's ability from every context's rules. Contexts register their rules function when their module
 * starts (`AbilityFactory#register`), so platform knows no domain word.
 *
 * The rules are pure functions of the actor, and an ability is never changed once built, so an ability is reused
 * for every actor with the same content (user, session, second factor, memberships with their roles and
 * territories): the actor is still reloaded from the database on each request, and a revoked membership, a new role
 * or a territory moved gives other content, hence a freshly built ability at once. Building one (every context's
 * rules, then CASL's index of them) was a few percent of the API's CPU per request (issue 17).
 */
@Injectable()
export class AbilityFactory {
  private readonly rules: AbilityRules[] = [];
  private readonly cache = new Map<string, AppAbility>();

  register(rules: AbilityRules): void {
    if (!this.rules.includes(rules)) this.rules.push(rules);
    this.cache.clear();
    this.byObject = new WeakMap();
  }

  forActor(actor: Actor): AppAbility {
    // The same actor object (one request asks several times): no key to build.
    const known = this.byObject.get(actor);
    if (known) return known;
    const ability = this.byContent(actor);
    this.byObject.set(actor, ability);
    return ability;
  }

  private byObject = new WeakMap<Actor, AppAbility>();

  private byContent(actor: Actor): AppAbility {
    const key = JSON.stringify([actor.userId, actor.sessionId, actor.mfa, actor.mfaMissing ?? false, actor.memberships]);
    let ability = this.cache.get(key);
    if (ability) {
      // Most recently used last: the oldest entries go first when the cache is full.
      this.cache.delete(key);
    } else {
      ability = buildAbility(actor, this.rules);
      if (this.cache.size >= CACHED_ABILITIES) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(key, ability);
    return ability;
  }
}
