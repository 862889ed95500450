import { AbilityBuilder, createMongoAbility, MongoAbility, subject as caslSubject } from '@casl/ability';
import type { Actor } from '../auth/actor';

/** Actions are verbs of the domain (`read`, `create`, `read_identity`, `transition`…); `manage` means all. */
export type Action = string;
/** Subjects are type names (`Case`, `Organisation`…) or plain objects tagged with `subject()`. */
export type AppAbility = MongoAbility<[Action, string | Record<string, unknown>]>;
export type AbilityBuilderOf = AbilityBuilder<AppAbility>;

/** A context's rules: a pure function of the actor. Deny is the default; each context only adds `can`. */
export type AbilityRules = (actor: Actor, builder: Pick<AbilityBuilderOf, 'can' | 'cannot'>) => void;

export function buildAbility(actor: Actor, rules: AbilityRules[]): AppAbility {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const define of rules) define(actor, builder);
  return builder.build();
}

/** Tag a plain object with its subject type for an instance-level check. */
export function asSubject<T extends Record<string, unknown>>(type: string, object: T): T {
  return caslSubject(type, object);
}
