import type { Actor, ActorMembership } from '../auth/actor';
import { DomainError, ForbiddenError } from '../errors/domain-error';
import type { AppAbility } from './ability';
import type { AbilityFactory } from './ability.factory';

export interface ActingOptions {
  /** The organisation to act for when several memberships allow the action (e.g. the case's owner). */
  prefer?: string | null;
  /** The error when no membership allows it (default 403 FORBIDDEN; 404 where the subject must stay invisible). */
  denied?: () => DomainError;
}

/** Each membership's own ability, built once per actor (the actor object lives for one request). */
const perMembership = new WeakMap<Actor, Map<ActorMembership, AppAbility>>();

function abilityOf(abilities: AbilityFactory, actor: Actor, membership: ActorMembership): AppAbility {
  let byMembership = perMembership.get(actor);
  if (!byMembership) perMembership.set(actor, (byMembership = new Map()));
  let ability = byMembership.get(membership);
  if (!ability) byMembership.set(membership, (ability = abilities.forActor({ ...actor, memberships: [membership] })));
  return ability;
}

/**
 * "For which of my memberships am I acting here": the membership whose own rules allow `action` on `subject`
 * (the preferred organisation first, then the actor's order). The one answer for every context and for the audit
 * journal; it never falls back to a membership that did not allow the act.
 */
export function actingMembership(abilities: AbilityFactory, actor: Actor, action: string, subject: string | Record<string, unknown>, opts: ActingOptions = {}): ActorMembership {
  const allowed = actor.memberships.filter((m) => abilityOf(abilities, actor, m).can(action, subject));
  const chosen = allowed.find((m) => opts.prefer && m.organisationId === opts.prefer) ?? allowed[0];
  if (!chosen) throw opts.denied?.() ?? new ForbiddenError();
  return chosen;
}

/** The organisation of `actingMembership`. */
export function actingOrganisationId(abilities: AbilityFactory, actor: Actor, action: string, subject: string | Record<string, unknown>, opts: ActingOptions = {}): string {
  return actingMembership(abilities, actor, action, subject, opts).organisationId;
}
