import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ClsService } from 'nestjs-cls';
import type { Request } from 'express';
import { DomainError } from '../errors/domain-error';
import { AccessTokenService } from './access-token.service';
import { Actor, ACTOR_RESOLVER, ActorResolver } from './actor';
import { IS_PUBLIC } from './decorators';
import { CTX_ACTOR } from './request-context';

/**
 * Global guard: every route needs a valid access token unless marked `@Public()`. The actor is
 * reloaded from the database on each request, so a disabled user or a revoked session stops at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    @Inject(ACTOR_RESOLVER) private readonly resolver: ActorResolver,
    private readonly cls: ClsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const req = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw new DomainError('UNAUTHENTICATED', 'Authentication required');
    const claims = this.tokens.verify(header.slice(7).trim());
    const actor = await this.resolver.resolve(claims.sub, claims.sid, claims.mfa);
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Session is no longer valid');
    if (actor.mfaMissing) throw new DomainError('MFA_REQUIRED', 'A second factor is required: sign in again');
    req.actor = actor;
    this.cls.set(CTX_ACTOR, actor);
    return true;
  }
}
