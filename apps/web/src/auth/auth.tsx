import { createMongoAbility, subject as caslSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { unpackRules, type PackRule } from '@casl/ability/extra';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Me } from '../api/views';
import { proConnectEndSession } from './proconnect';
import { REFRESH_HEADER, session, type IdleWarning, type SessionStatus } from './session';

export type Ability = MongoAbility;

export interface Auth {
  me: Me;
  ability: Ability;
  /** Type-level check (`can('create', 'Case')`), or on an instance's fields (`can('record_consent', 'Case', {ownerOrganisationId})`). */
  can(action: string, type: string, fields?: Record<string, unknown>): boolean;
  hasRole(...roles: string[]): boolean;
  orgIds: string[];
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useSessionStatus(): SessionStatus {
  return useSyncExternalStore(session.subscribe, session.status, session.status);
}

export function useIdleWarning(): IdleWarning | null {
  return useSyncExternalStore(session.subscribe, session.warning, session.warning);
}

export function abilityOf(me: Pick<Me, 'permissions'>): Ability {
  return createMongoAbility(unpackRules(me.permissions as PackRule<RawRuleOf<MongoAbility>>[]));
}

export function authOf(me: Me, signOut: () => Promise<void>): Auth {
  const ability = abilityOf(me);
  return {
    me,
    ability,
    can: (action, type, fields) => (fields ? ability.can(action, caslSubject(type, { ...fields })) : ability.can(action, type)),
    hasRole: (...roles) => me.memberships.some((m) => roles.includes(m.role)),
    orgIds: me.memberships.map((m) => m.organisationId),
    signOut,
  };
}

/** Loads /api/me once signed in; children render only with it. */
export function AuthProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery({ queryKey: ['me'], queryFn: () => unwrap<Me>(api.GET('/api/me')), staleTime: 5 * 60_000 });
  const value = useMemo(() => {
    if (!me.data) return null;
    return authOf(me.data, async () => {
      // A session opened through ProConnect ends there too, once mnio's has ended.
      const endSessionUrl = await proConnectEndSession(session.accessToken());
      await api.POST('/api/auth/logout', { headers: REFRESH_HEADER }).catch(() => undefined);
      if (endSessionUrl) {
        session.signOut();
        client.clear();
        window.location.assign(endSessionUrl);
        return;
      }
      // The next person to sign in on this device starts from the home page, not from the last one's page.
      navigate('/', { replace: true });
      session.signOut();
      client.clear();
    });
  }, [me.data, client, navigate]);
  if (!value) return <>{fallback}</>;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function AuthContextProvider({ value, children }: { value: Auth; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
