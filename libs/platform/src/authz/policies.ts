import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Actor } from '../auth/actor';
import { IS_PUBLIC } from '../auth/decorators';
import { ForbiddenError } from '../errors/domain-error';
import { AbilityFactory } from './ability.factory';

export const POLICIES = 'mnio:policies';
export interface Policy {
  /** The action the route performs; several when the route serves several (any one suffices at the door). */
  action: string | string[];
  subject: string;
}

/**
 * Type-level check on a route: the actor may do `action` (or one of `actions`) on some `subject`. Instance checks
 * happen in handlers. Every route declares one, or `@Public()`, or `@SignedIn()`: the guard refuses the others.
 */
export const CheckPolicies = (action: string | string[], subject: string): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICIES, [{ action, subject } satisfies Policy]);

export const SIGNED_IN = 'mnio:signed-in';
/** A route any signed-in user may call because it concerns only the caller (its account, its inbox): the handler scopes. */
export const SignedIn = (): MethodDecorator & ClassDecorator => SetMetadata(SIGNED_IN, true);

@Injectable()
export class PoliciesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly abilities: AbilityFactory,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    if (!req.actor) return false;
    const policies = this.reflector.getAllAndOverride<Policy[]>(POLICIES, targets);
    // Deny by default: a route that declares nothing is refused, not opened.
    if (!policies?.length) {
      if (this.reflector.getAllAndOverride<boolean>(SIGNED_IN, targets)) return true;
      throw new ForbiddenError();
    }
    const ability = this.abilities.forActor(req.actor);
    if (!policies.every((p) => [p.action].flat().some((a) => ability.can(a, p.subject)))) throw new ForbiddenError();
    return true;
  }
}
