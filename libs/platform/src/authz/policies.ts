import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../errors/domain-error';
import { AbilityFactory } from './ability.factory';

export const POLICIES = 'mnio:policies';
export interface Policy {
  action: string;
  subject: string;
}

/** Type-level check on a route: the actor may do `action` on some `subject`. Instance checks happen in handlers. */
export const CheckPolicies = (action: string, subject: string): MethodDecorator & ClassDecorator =>
  SetMetadata(POLICIES, [{ action, subject } satisfies Policy]);

@Injectable()
export class PoliciesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly abilities: AbilityFactory,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const policies = this.reflector.getAllAndOverride<Policy[]>(POLICIES, [context.getHandler(), context.getClass()]);
    if (!policies?.length) return true;
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    if (!req.actor) return false;
    const ability = this.abilities.forActor(req.actor);
    if (!policies.every((p) => ability.can(p.action, p.subject))) throw new ForbiddenError();
    return true;
  }
}
