import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ApiModule } from '../../../apps/api/src/api.module';
import { IS_PUBLIC, POLICIES, Policy, SIGNED_IN } from '@mnio/platform';

/** Actions that only read: a write route declaring one of them would let the guard's type-level check mean nothing. */
/** Reads sent as a POST on purpose: a name searched must never appear in an address or an access log. */
const READS_BY_POST = new Set(['POST /api/cases/search-by-name']);
const READ_ACTIONS = new Set(['read', 'list', 'read_history', 'read_identity']);

interface Route {
  method: string;
  path: string;
  declared: string;
}

/** Every route of the API, read from Nest's own metadata, with what it declares to the guards. */
async function routes(): Promise<{ list: Route[]; undeclared: string[]; writesDeclaringReads: string[] }> {
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule], providers: [DiscoveryService] }).compile();
  try {
    const reflector = moduleRef.get(Reflector);
    const list: Route[] = [];
    const undeclared: string[] = [];
    const writesDeclaringReads: string[] = [];
    for (const wrapper of moduleRef.get(DiscoveryService).getControllers()) {
      const type = wrapper.metatype as (new (...a: unknown[]) => unknown) | undefined;
      if (!type) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = type.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = `/${[base, String(Reflect.getMetadata(PATH_METADATA, handler) ?? '')].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        const policies = reflector.getAllAndOverride<Policy[]>(POLICIES, [handler, type]) ?? [];
        const isPublic = reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, type]);
        const signedIn = reflector.getAllAndOverride<boolean>(SIGNED_IN, [handler, type]);
        const declared = policies.length ? policies.map((p) => `${[p.action].flat().join('|')} ${p.subject}`).join(', ') : isPublic ? 'public' : signedIn ? 'any signed-in user' : '';
        list.push({ method, path, declared });
        if (!declared) undeclared.push(`${method} ${path}`);
        if (method !== 'GET' && !READS_BY_POST.has(`${method} ${path}`) && policies.some((p) => [p.action].flat().every((a) => READ_ACTIONS.has(a)))) writesDeclaringReads.push(`${method} ${path}: ${declared}`);
      }
    }
    return { list, undeclared, writesDeclaringReads };
  } finally {
    await moduleRef.close();
  }
}

describe('every route declares what it does', () => {
  it('lists each route with its declared policy; none is undeclared, and no write route declares a read', async () => {
    const { list, undeclared, writesDeclaringReads } = await routes();
    // The table, for reviewers: a new route shows up here with what it declares.
    process.stdout.write(`routes: ${list.length}\n${list.map((r) => `${r.method.padEnd(6)} ${r.path.padEnd(52)} ${r.declared}`).join('\n')}\n`);
    expect(list.length).toBeGreaterThan(60);
    expect(undeclared).toEqual([]);
    expect(writesDeclaringReads).toEqual([]);
  });
});
