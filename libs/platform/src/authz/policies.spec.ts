import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '../auth/actor';
import { Public } from '../auth/decorators';
import { AbilityFactory } from './ability.factory';
import { CheckPolicies, PoliciesGuard, SignedIn } from './policies';

class Routes {
  @Public() open() {}
  @SignedIn() mine() {}
  @CheckPolicies('read', 'Thing') read() {}
  @CheckPolicies(['fix', 'repair'], 'Thing') fix() {}
  undeclared() {}
}

const actor = { userId: 'u', memberships: [] } as unknown as Actor;
function contextFor(name: keyof Routes, withActor = true): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => Routes.prototype[name],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => (withActor ? { actor } : {}) }),
  } as unknown as ExecutionContext;
}

describe('PoliciesGuard: deny by default', () => {
  const abilities = new AbilityFactory();
  abilities.register((_a, { can }) => {
    can('read', 'Thing');
    can('repair', 'Thing');
  });
  const guard = new PoliciesGuard(new Reflector(), abilities);

  it.each([
    ['a public route, signed out', 'open', false, true],
    ['a signed-in route', 'mine', true, true],
    ['a route whose action the actor may do', 'read', true, true],
    ['a route with several actions, one allowed', 'fix', true, true],
  ] as const)('lets through %s', (_t, name, withActor, expected) => {
    expect(guard.canActivate(contextFor(name, withActor))).toBe(expected);
  });

  it('refuses a route that declares nothing, with the FORBIDDEN code', () => {
    expect(() => guard.canActivate(contextFor('undeclared'))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('refuses a declared route without an actor, and an action nobody granted', () => {
    expect(guard.canActivate(contextFor('read', false))).toBe(false);
    const strict = new PoliciesGuard(new Reflector(), new AbilityFactory());
    expect(() => strict.canActivate(contextFor('fix'))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
